import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { useConfirmLeaving } from '../../../components/route-drawer/use-confirm-leaving';
import { appQueries, type App } from '../../apps/api/app-queries';
import { useProductCatalog } from '../../products/api/product-queries';
import type { Session } from '../../session/api/session-queries';
import { SearchBox } from '../../../components/search-box/search-box';
import { useSearchBox } from '../../../components/search-box/use-search-box';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useSaveAccessChanges, type AppSaveResult } from '../api/use-save-access-changes';
import { MATRIX_PAGE_SIZES, parseMatrixFilters, toMatrixSearchParams } from '../matrix-filters';
import { countChangedCells, keepOnly, stage, type StagedChanges } from '../staged-changes';
import { AccessMatrixGrid } from './access-matrix-grid';
import classes from './access-matrix.module.css';

const assignmentReasons: Record<string, string> = {
  'storage-api': 'requires the Storage API assignment, which only a Super Admin can grant',
};

/** `/api-keys/access`: every App against every product, changed together and saved per App. */
export function AccessMatrixPage({ session }: { session: Session }) {
  const { filters, setFilters } = useUrlFilters(parseMatrixFilters, toMatrixSearchParams);
  const apps = useQuery(appQueries.list(filters));
  const catalog = useProductCatalog();
  const save = useSaveAccessChanges();
  const [staged, setStaged] = useState<StagedChanges>({});
  const [results, setResults] = useState<AppSaveResult[] | null>(null);
  const headingId = useId();
  const blockedNoteId = useId();

  const search = useSearchBox(filters.search, (text, options) =>
    setFilters({ search: text }, options),
  );

  const products = useMemo(() => catalog.data ?? [], [catalog.data]);
  const blockedReasons = useMemo(
    () =>
      Object.fromEntries(
        products.flatMap((product) => {
          const required = product.requiredAssignment;
          if (required === null || session.assignments.includes(required)) return [];
          return [
            [
              product.id,
              `${product.name} ${assignmentReasons[required] ?? 'is not yours to grant'}`,
            ],
          ];
        }),
      ),
    [products, session.assignments],
  );

  const onStage = useCallback(
    (targets: readonly App[], productIds: readonly string[], checked: boolean) =>
      setStaged((current) => stage(current, targets, productIds, checked)),
    [],
  );

  const changedCells = countChangedCells(staged);
  const changedApps = Object.keys(staged).length;
  const hasChanges = changedApps > 0;

  // Leaving the page (not paging or searching within it) with staged changes asks first.
  const { discardDialog } = useConfirmLeaving(hasChanges, {
    title: 'Leave with unsaved changes?',
    body: `${changedCells} ${changedCells === 1 ? 'change' : 'changes'} to ${changedApps} ${
      changedApps === 1 ? 'App is' : 'Apps are'
    } not saved. Leaving discards ${changedCells === 1 ? 'it' : 'them'}.`,
    keep: 'Stay',
    discard: 'Discard changes and leave',
  });

  const saveChanges = () => {
    if (!hasChanges || save.isPending) return;
    const sent = staged;
    save.mutate(sent, {
      onSuccess: (outcome) => {
        const failed = outcome.filter((result) => result.error).map((result) => result.appId);
        // Whatever was staged while saving stays; of what was sent, only the failures stay.
        setStaged((current) => ({
          ...keepOnly(sent, failed),
          ...Object.fromEntries(Object.entries(current).filter(([id]) => current[id] !== sent[id])),
        }));
        setResults(outcome);
      },
    });
  };

  const page = apps.data;
  // A new page of up to 100 rows renders in the background, in slices, rather than in one long
  // task; the current page stays interactive meanwhile.
  const noApps: App[] = useMemo(() => [], []);
  const rows = useDeferredValue(page?.items ?? noApps, noApps);
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const saved = results?.filter((result) => !result.error) ?? [];
  const failed = results?.filter((result) => result.error) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1} id={headingId}>
          Access matrix
        </Title>
        <Anchor component={Link} to="/api-keys">
          Back to API Keys
        </Anchor>
      </Group>
      <Text c="dimmed" size="sm" maw={760}>
        Which App may call which API. Tick and untick cells, whole columns of this page or whole
        rows, then save: each changed App is updated on its own. Arrow keys move between cells.
      </Text>

      <Group justify="space-between" align="end" gap="md">
        <SearchBox search={search} refreshing={apps.isFetching && !apps.isPending} />
        <Group gap="sm" align="center">
          <Text size="sm" aria-live="polite" fw={hasChanges ? 600 : undefined}>
            {hasChanges
              ? `${changedCells} ${changedCells === 1 ? 'change' : 'changes'} to ${changedApps} ${changedApps === 1 ? 'App' : 'Apps'}, not saved yet`
              : 'No unsaved changes'}
          </Text>
          <Button
            variant="default"
            disabled={!hasChanges || save.isPending}
            onClick={() => {
              setStaged({});
              setResults(null);
            }}
          >
            Discard changes
          </Button>
          <Button disabled={!hasChanges} loading={save.isPending} onClick={saveChanges}>
            Save changes
          </Button>
        </Group>
      </Group>

      {Object.keys(blockedReasons).length > 0 && (
        <Text size="sm" c="dimmed" id={blockedNoteId}>
          {Object.values(blockedReasons).join('. ')}: its cells cannot be changed.
        </Text>
      )}

      {results && <SaveResults saved={saved} failed={failed} onDismiss={() => setResults(null)} />}

      {(apps.isError || catalog.isError) && (
        <ErrorState
          title="Could not load the matrix"
          error={apps.error ?? catalog.error}
          followUp={hasChanges ? 'Your unsaved changes are kept.' : undefined}
          onRetry={() => {
            void apps.refetch();
            void catalog.refetch();
          }}
          retrying={apps.isFetching || catalog.isFetching}
        />
      )}

      <Paper withBorder radius="sm" aria-busy={apps.isFetching}>
        {page && catalog.data ? (
          page.items.length > 0 ? (
            <div className={classes.scroll}>
              <AccessMatrixGrid
                apps={rows}
                products={products}
                staged={staged}
                blockedReasons={blockedReasons}
                blockedNoteId={blockedNoteId}
                labelledBy={headingId}
                onStage={onStage}
              />
            </div>
          ) : (
            <Center py="xl">
              <Text>{filters.search ? `No Apps match “${filters.search}”` : 'No Apps yet'}</Text>
            </Center>
          )
        ) : (
          !apps.isError &&
          !catalog.isError && (
            <Center py="xl">
              <Loader role="status" aria-label="Loading the matrix" />
            </Center>
          )
        )}
      </Paper>

      {page && page.total > 0 && (
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {`Showing ${(page.page - 1) * page.pageSize + 1}–${Math.min(page.page * page.pageSize, page.total)} of ${page.total} Apps`}
          </Text>
          <Group gap="md">
            <NativeSelect
              aria-label="Apps per page"
              size="xs"
              value={String(filters.pageSize)}
              data={MATRIX_PAGE_SIZES.map((size) => ({
                value: String(size),
                label: `${size} per page`,
              }))}
              onChange={(event) => setFilters({ pageSize: Number(event.currentTarget.value) })}
            />
            <Pagination
              component="nav"
              aria-label="Pages"
              total={pageCount}
              value={Math.min(filters.page, pageCount)}
              onChange={(pageNumber) => setFilters({ page: pageNumber })}
              getItemProps={(pageNumber) => ({ 'aria-label': `Page ${pageNumber}` })}
              getControlProps={(control) => ({
                'aria-label': {
                  first: 'First page',
                  previous: 'Previous page',
                  next: 'Next page',
                  last: 'Last page',
                }[control],
              })}
            />
          </Group>
        </Group>
      )}

      {discardDialog}
    </Stack>
  );
}

function SaveResults(props: {
  saved: AppSaveResult[];
  failed: AppSaveResult[];
  onDismiss: () => void;
}) {
  const { saved, failed, onDismiss } = props;
  return (
    <Stack gap="xs">
      {saved.length > 0 && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={`Saved ${saved.length} ${saved.length === 1 ? 'App' : 'Apps'}`}
          withCloseButton={failed.length === 0}
          closeButtonLabel="Dismiss"
          onClose={onDismiss}
        >
          {saved.map((result) => result.name).join(', ')}. It may take a few minutes for the change
          to apply everywhere.
        </Alert>
      )}
      {failed.length > 0 && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={`Could not save ${failed.length} ${failed.length === 1 ? 'App' : 'Apps'}`}
        >
          <Stack gap={4}>
            {failed.map((result) => (
              <Text key={result.appId} size="sm">
                <strong>{result.name}</strong>: {result.error}
              </Text>
            ))}
            <Text size="sm">Their changes are still staged: you can save them again.</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
