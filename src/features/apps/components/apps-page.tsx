import {
  Button,
  Center,
  CloseButton,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconKey, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { useProductCatalog } from '../../products/api/product-queries';
import { useCapability } from '../../session/api/session-queries';
import { appQueries, type AppSortField } from '../api/app-queries';
import { PAGE_SIZES } from '../list-filters';
import { AppsTable } from './apps-table';
import { AttentionFilters } from './lazy-lifecycle';
import { useListFilters } from './use-list-filters';

const SEARCH_DEBOUNCE_MS = 300;

export function AppsPage() {
  const { filters, setFilters } = useListFilters();
  const location = useLocation();
  const navigate = useNavigate();
  const apps = useQuery(appQueries.list(filters));
  const catalog = useProductCatalog();
  const offersAttentionFilters = useCapability('attention-filters');

  // What is typed shows at once; the URL (and so the server search) follows after a pause.
  const [searchText, setSearchText] = useState(filters.search);
  const [syncedSearch, setSyncedSearch] = useState(filters.search);
  if (filters.search !== syncedSearch) {
    // The URL changed by itself (back button, shared link): show its search in the box.
    setSyncedSearch(filters.search);
    setSearchText(filters.search);
  }
  const commitSearch = useDebouncedCallback((search: string) => {
    setSyncedSearch(search);
    setFilters({ search }, { replace: true });
  }, SEARCH_DEBOUNCE_MS);

  // Stable, so that typing in the search box does not re-render the table (memo) each keystroke.
  const sortBy = useCallback(
    (sort: AppSortField) =>
      setFilters({
        sort,
        order: filters.sort === sort && filters.order === 'asc' ? 'desc' : 'asc',
      }),
    [filters.sort, filters.order, setFilters],
  );

  const createLink = { pathname: '/api-keys/new', search: location.search };
  const page = apps.data;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>API Keys</Title>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => void navigate(createLink)}
        >
          Create App
        </Button>
      </Group>
      <Text c="dimmed" size="sm" maw={720}>
        Each App is a Key and Secret pair with access to the 8x8 APIs you choose. Deleting an App
        revokes its Key and Secret.
      </Text>

      <Group justify="space-between" align="end">
        <TextInput
          label="Search apps"
          placeholder="Search by App name"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            apps.isFetching && !apps.isPending ? (
              <Loader size="xs" role="status" aria-label="Refreshing the list" />
            ) : searchText ? (
              <CloseButton
                aria-label="Clear search"
                onClick={() => {
                  setSearchText('');
                  commitSearch('');
                }}
              />
            ) : null
          }
          value={searchText}
          maxLength={64}
          onChange={(event) => {
            setSearchText(event.currentTarget.value);
            commitSearch(event.currentTarget.value.trim());
          }}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>

      {offersAttentionFilters && (
        <Suspense fallback={null}>
          <AttentionFilters
            search={filters.search}
            value={filters.attention}
            onChange={(attention) => setFilters({ attention })}
          />
        </Suspense>
      )}

      {apps.isError && (
        <ErrorState
          title="Could not load Apps"
          error={apps.error}
          onRetry={() => void apps.refetch()}
          retrying={apps.isFetching}
        />
      )}

      <Paper withBorder radius="sm" aria-busy={apps.isFetching}>
        {apps.isPending ? (
          <LoadingTable />
        ) : page && page.items.length > 0 ? (
          <AppsTable apps={page.items} catalog={catalog.data} filters={filters} onSort={sortBy} />
        ) : page ? (
          <EmptyState
            search={filters.search}
            filtered={filters.attention !== undefined}
            onShowAll={() => setFilters({ attention: undefined })}
            onCreate={() => void navigate(createLink)}
            onClearSearch={() => {
              setSearchText('');
              commitSearch('');
            }}
          />
        ) : null}
      </Paper>

      {page && page.total > 0 && (
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed" aria-live="polite">
            {`Showing ${(page.page - 1) * page.pageSize + 1}–${Math.min(page.page * page.pageSize, page.total)} of ${page.total} Apps`}
          </Text>
          <Group gap="md">
            <NativeSelect
              aria-label="Apps per page"
              size="xs"
              value={String(filters.pageSize)}
              data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }))}
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
    </Stack>
  );
}

function LoadingTable() {
  return (
    <Table aria-label="Loading Apps" verticalSpacing="sm">
      <Table.Tbody>
        {Array.from({ length: 5 }, (_, row) => (
          <Table.Tr key={row}>
            {Array.from({ length: 6 }, (_, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EmptyState(props: {
  search: string;
  filtered: boolean;
  onShowAll: () => void;
  onCreate: () => void;
  onClearSearch: () => void;
}) {
  return (
    <Center py="xl" px="md">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <IconKey size={32} aria-hidden />
        {props.filtered ? (
          <>
            <Text fw={600}>
              No Apps {props.search && `matching “${props.search}” `}need this attention
            </Text>
            <Button variant="default" onClick={props.onShowAll}>
              Show all Apps
            </Button>
          </>
        ) : props.search ? (
          <>
            <Text fw={600}>No Apps match “{props.search}”</Text>
            <Button variant="default" onClick={props.onClearSearch}>
              Clear search
            </Button>
          </>
        ) : (
          <>
            <Text fw={600}>No Apps yet</Text>
            <Text size="sm" c="dimmed">
              Create an App to get a Key and Secret for the 8x8 APIs.
            </Text>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={props.onCreate}>
              Create your first App
            </Button>
          </>
        )}
      </Stack>
    </Center>
  );
}
