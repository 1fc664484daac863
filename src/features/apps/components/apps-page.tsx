import {
  Button,
  Center,
  CloseButton,
  Group,
  Loader,
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
import { useCallback, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { useProductCatalog } from '../../products/api/product-queries';
import { appQueries } from '../api/app-queries';
import { AppsTable } from './apps-table';
import { ListPagination } from './list-pagination';
import { usePreloadDrawers } from './use-preload-drawers';
import { useListFilters } from './use-list-filters';

const SEARCH_DEBOUNCE_MS = 300;

export function AppsPage() {
  const { filters, setFilters } = useListFilters();
  const location = useLocation();
  const navigate = useNavigate();
  const apps = useQuery(appQueries.list(filters));
  const catalog = useProductCatalog();
  usePreloadDrawers();

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

  const createLink = { pathname: '/api-keys/new', search: location.search };
  const page = apps.data;
  const changePage = useCallback(
    (pageNumber: number, options?: { replace?: boolean }) =>
      setFilters({ page: pageNumber }, options),
    [setFilters],
  );
  const changePageSize = useCallback((pageSize: number) => setFilters({ pageSize }), [setFilters]);

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
          <AppsTable
            apps={page.items}
            catalog={catalog.data}
            filters={filters}
            onSort={(sort) =>
              setFilters({
                sort,
                order: filters.sort === sort && filters.order === 'asc' ? 'desc' : 'asc',
              })
            }
          />
        ) : page ? (
          <EmptyState
            search={filters.search}
            onCreate={() => void navigate(createLink)}
            onClearSearch={() => {
              setSearchText('');
              commitSearch('');
            }}
          />
        ) : null}
      </Paper>

      {page && page.total > 0 && (
        <ListPagination
          page={filters.page}
          pageSize={filters.pageSize}
          shown={page}
          settled={!apps.isPlaceholderData}
          onPageChange={changePage}
          onPageSizeChange={changePageSize}
        />
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

function EmptyState(props: { search: string; onCreate: () => void; onClearSearch: () => void }) {
  return (
    <Center py="xl" px="md">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <IconKey size={32} aria-hidden />
        {props.search ? (
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
