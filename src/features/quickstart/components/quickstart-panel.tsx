import {
  Alert,
  Checkbox,
  Code,
  Group,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconCopy, IconFileCode } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { BackendText } from '../../../components/backend-text';
import { CopyTextButton } from '../../../components/credentials/copy-text-button';
import { CopyRefusedError } from '../../../components/credentials/use-copy';
import { useAutoHide } from '../../../components/credentials/use-timed-reveal';
import { ErrorState } from '../../../components/error-state';
import { appQueries, type App } from '../../apps/api/app-queries';
import { useReportCopy } from '../../lifecycle/api/use-report-copy';
import { useProductCatalog, type Product } from '../../products/api/product-queries';
import {
  describeAuth,
  envFile,
  EnvFileRefusedError,
  generateSnippet,
  snippetRefusal,
  snippetLanguages,
  usesSecret,
  type SnippetLanguage,
} from '../snippets';
import classes from './quickstart-panel.module.css';

const KEY_PLACEHOLDER = '<your key>';

/**
 * The details drawer's Quickstart tab: for each product the App can call, in catalog order, how it
 * authenticates and ready-to-run snippets generated from the catalog's auth facts, filled with
 * the App's Key; the Secret stays a placeholder until the admin chooses to show it.
 */
export function QuickstartPanel({ app }: { app: App }) {
  const catalog = useProductCatalog();
  // The Key is needed to fill the snippets; the Secret comes with it but is shown only on request.
  // `gcTime: 0`: both leave memory when this tab closes.
  const credentials = useQuery(appQueries.credentials(app.id));
  const queryClient = useQueryClient();
  // Recorded like any copy of a credential: a secret copy when the Secret went with it.
  const reportCopy = useReportCopy(app.id);
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const [showSecret, setShowSecret] = useState(false);
  const hideSecret = useCallback(() => setShowSecret(false), []);
  useAutoHide(showSecret, hideSecret);
  const [regions, setRegions] = useState<Record<string, string>>({});

  const products = (catalog.data ?? []).filter((product) => app.productIds.includes(product.id));
  const key = credentials.data?.key ?? KEY_PLACEHOLDER;
  const secret = showSecret ? (credentials.data?.secret ?? null) : null;

  // Fetched within the click: the clipboard write starts at once and waits for the values.
  const copyEnv = () =>
    queryClient
      .fetchQuery(appQueries.credentials(app.id))
      .then(({ key: realKey, secret: realSecret }) => {
        try {
          return envFile(realKey, realSecret);
        } catch (error) {
          if (error instanceof EnvFileRefusedError) throw new CopyRefusedError(error.message);
          throw error;
        }
      });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        How to call each API this App has, with its Key. The Secret is shown as a placeholder unless
        you choose to show it.
      </Text>
      {credentials.isError && (
        <ErrorState
          title="Could not load the Key"
          error={credentials.error}
          followUp="The snippets show a placeholder instead."
          onRetry={() => void credentials.refetch()}
          retrying={credentials.isFetching}
        />
      )}
      {catalog.isError && (
        <ErrorState
          title="Could not load the API products"
          error={catalog.error}
          onRetry={() => void catalog.refetch()}
          retrying={catalog.isFetching}
        />
      )}
      <Group justify="space-between" align="center">
        <Checkbox
          label="Show the Secret in the snippets"
          checked={showSecret}
          disabled={!credentials.isSuccess}
          onChange={(event) => setShowSecret(event.currentTarget.checked)}
        />
        <CopyTextButton
          label="Copy as .env"
          icon={<IconFileCode size={16} aria-hidden />}
          text={copyEnv}
          onCopied={() => reportCopy('secret')}
          variant="default"
        >
          Copy as .env
        </CopyTextButton>
      </Group>
      <Tabs
        value={language}
        onChange={(value) => setLanguage((value as SnippetLanguage) ?? 'curl')}
      >
        <Tabs.List aria-label="Language">
          {snippetLanguages.map(({ id, label }) => (
            <Tabs.Tab key={id} value={id}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {snippetLanguages.map(({ id, label }) => (
          <Tabs.Panel key={id} value={id} pt="md">
            {id === language && (
              <Stack gap="xl">
                {products.map((product) => (
                  <ProductSnippet
                    key={product.id}
                    product={product}
                    language={id}
                    languageLabel={label}
                    keyValue={key}
                    secret={secret}
                    regionId={regions[product.id]}
                    onRegionChange={(regionId) =>
                      setRegions((current) => ({ ...current, [product.id]: regionId }))
                    }
                    onCopied={() =>
                      reportCopy(secret !== null && usesSecret(product) ? 'secret' : 'key')
                    }
                  />
                ))}
                {catalog.isSuccess && products.length === 0 && (
                  <Alert color="gray" variant="light">
                    This App has no API products yet.
                  </Alert>
                )}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

interface ProductSnippetProps {
  product: Product;
  language: SnippetLanguage;
  languageLabel: string;
  keyValue: string;
  secret: string | null;
  regionId: string | undefined;
  onRegionChange: (regionId: string) => void;
  onCopied: () => void;
}

function ProductSnippet(props: ProductSnippetProps) {
  const { product, language, languageLabel, keyValue, secret, regionId } = props;
  const headingId = useId();
  const input = { product, regionId, key: keyValue, secret };
  // Checked before writing: a catalog entry that cannot make inert code gets a note, not code.
  const refusal = snippetRefusal(language, input);
  const snippet = refusal === null ? generateSnippet(language, input) : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        <BackendText text={product.name} />
      </Title>
      <Text size="sm">{describeAuth(product.auth)}</Text>
      {product.regions && product.regions.length > 1 && (
        <NativeSelect
          label={`Region for ${product.name}`}
          size="xs"
          w={{ base: '100%', xs: 360 }}
          value={regionId ?? product.regions[0]?.id}
          data={product.regions.map((region) => ({ value: region.id, label: region.name }))}
          onChange={(event) => props.onRegionChange(event.currentTarget.value)}
        />
      )}
      {snippet === null ? (
        <Alert color="yellow" variant="light" title={`No ${languageLabel} snippet`}>
          <BackendText text={refusal ?? ''} />
        </Alert>
      ) : (
        <>
          <Code block className={classes.snippet}>
            {snippet}
          </Code>
          <Group justify="flex-end">
            <CopyTextButton
              label={`Copy ${languageLabel} snippet for ${product.name}`}
              icon={<IconCopy size={16} aria-hidden />}
              text={snippet}
              onCopied={props.onCopied}
              variant="light"
            >
              Copy {languageLabel}
            </CopyTextButton>
          </Group>
        </>
      )}
    </Stack>
  );
}
