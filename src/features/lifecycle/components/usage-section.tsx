import { Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state';
import type { App } from '../../apps/api/app-queries';
import { productNames, useProductCatalog } from '../../products/api/product-queries';
import { lifecycleQueries } from '../api/lifecycle-queries';
import { formatCount } from '../api/recent-usage';
import { Moment } from './moment';

/** `Usage`: per enabled product, its last call and its calls in the last 7 days. */
export function UsageSection({ app }: { app: App }) {
  const usage = useQuery(lifecycleQueries.usage(app.id));
  const catalog = useProductCatalog();

  return (
    <Stack gap="xs" component="section" aria-labelledby={`usage-${app.id}`}>
      <Title order={3} size="h5" id={`usage-${app.id}`}>
        Usage
      </Title>
      {usage.isPending ? (
        <Skeleton height={60} aria-hidden />
      ) : usage.isError ? (
        <ErrorState
          title="Could not load the usage"
          error={usage.error}
          onRetry={() => void usage.refetch()}
          retrying={usage.isFetching}
        />
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>API product</Table.Th>
              <Table.Th>Last call</Table.Th>
              <Table.Th ta="right">Calls, last 7 days</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {usage.data.items.map((entry) => (
              <Table.Tr key={entry.productId}>
                <Table.Td>{productNames([entry.productId], catalog.data)[0]}</Table.Td>
                <Table.Td>
                  {entry.lastCallAt ? (
                    <Moment at={entry.lastCallAt} />
                  ) : (
                    <Text span size="sm" c="dimmed">
                      Never
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatCount(entry.callsLast7Days)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
