import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import type { App } from '../../apps/api/app-queries';
import { useProductCatalog } from '../../products/api/product-queries';
import {
  RateLimitedError,
  useTestCredentials,
  type CredentialTestReport,
  type CredentialTestStatus,
} from '../api/use-test-credentials';

const statusLabels: Record<CredentialTestStatus, { label: string; color: string }> = {
  works: { label: 'Works', color: 'teal' },
  'not-applied': { label: 'Not applied yet', color: 'yellow' },
  denied: { label: 'Denied', color: 'orange' },
  failed: { label: 'Failed', color: 'red' },
};

const timeWithSeconds = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The details' "Test credentials": the backend tries the App's credentials against each of its
 * products and this shows, per product, whether they work, and when the test ran.
 */
export function CredentialTestSection({ app }: { app: App }) {
  const catalog = useProductCatalog();
  const test = useTestCredentials(app.id);
  const headingId = useId();
  const rateLimit = test.error instanceof RateLimitedError ? test.error : null;
  const [now, setNow] = useState(() => Date.now());
  const waiting = rateLimit !== null && rateLimit.retryAt > now;

  // Re-enable the button when the backend's wait is over (one timer, not a ticking countdown).
  useEffect(() => {
    if (!rateLimit) return undefined;
    const timer = window.setTimeout(
      () => setNow(Date.now()),
      Math.max(0, rateLimit.retryAt - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [rateLimit]);

  // The last results stay on screen when a later test is refused or fails.
  const [report, setReport] = useState<CredentialTestReport | null>(null);
  const names = new Map(catalog.data?.map((product) => [product.id, product.name]));

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Title order={2} size="h5">
          Credential test
        </Title>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlugConnected size={16} aria-hidden />}
          loading={test.isPending}
          disabled={waiting}
          onClick={() => {
            setNow(Date.now());
            test.mutate(undefined, { onSuccess: setReport });
          }}
        >
          Test credentials
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Tries this App&apos;s Key and Secret against each of its APIs, as a caller would.
      </Text>
      {rateLimit ? (
        <ErrorState
          title="Tested too often"
          error={rateLimit}
          followUp={
            waiting
              ? `You can test again at ${timeWithSeconds.format(rateLimit.retryAt)}.`
              : 'You can test again now.'
          }
        />
      ) : (
        test.isError && (
          <ErrorState
            title="Could not test the credentials"
            error={test.error}
            followUp="Nothing was changed: you can try again."
          />
        )
      )}
      {report && (
        <section aria-labelledby={headingId}>
          <Text id={headingId} size="sm" fw={500} mb={4}>
            Credential test results
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Tested at {timeWithSeconds.format(new Date(report.testedAt))}
          </Text>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>API product</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.results.map((result) => {
                const status = statusLabels[result.status];
                return (
                  <Table.Tr key={result.productId}>
                    <Table.Th scope="row" fw={400}>
                      {names.get(result.productId) ?? result.productId}
                    </Table.Th>
                    <Table.Td>
                      <Badge color={status.color} variant="dot">
                        {status.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{result.reason ?? ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>
      )}
    </Stack>
  );
}
