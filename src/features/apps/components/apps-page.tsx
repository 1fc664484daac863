import {
  Anchor,
  Button,
  Center,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { SearchBox } from '../../../components/search-box/search-box';
import { useSearchBox } from '../../../components/search-box/use-search-box';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProductCatalog } from '../../products/api/product-queries';
import { useCapability } from '../../session/api/session-queries';
import {
  appQueries,
  type AppListFilters,
  type AppSortField,
  type SortOrder,
} from '../api/app-queries';
import { AppCardList, AppCardListSkeleton } from './app-card-list';
import classes from './apps-page.module.css';
import { AppsTable, AppsTableSkeleton } from './apps-table';
import type { ListSlots } from './list-slots';
import { ListPagination } from './list-pagination';
import { parseListFilters, toSearchParams } from '../list-filters';

/**
 * From this width the list is a table (its five columns and the eyeball fit without sideways
 * scrolling next to the navigation); below it, a list of cards.
 */
const TABLE_MEDIA_QUERY = '(min-width: 62em)';

const SORT_CHOICES = [
  { value: 'createdAt:desc', label: 'Newest first' },
  { value: 'createdAt:asc', label: 'Oldest first' },
  { value: 'name:asc', label: 'App Name, A to Z' },
  { value: 'name:desc', label: 'App Name, Z to A' },
];

/** `/api-keys`: the App list, with what other features add to it in `slots` (from the route). */
export function AppsPage({ slots }: { slots: ListSlots }) {
  const { filters, setFilters } = useUrlFilters(parseListFilters, toSearchParams);
  const location = useLocation();
  const navigate = useNavigate();
  const apps = useQuery(appQueries.list(filters));
  const catalog = useProductCatalog();
  const search = useSearchBox(filters.search, (text, options) =>
    setFilters({ search: text }, options),
  );
  const asTable = useMediaQuery(TABLE_MEDIA_QUERY, true, { getInitialValueInEffect: false });
  const { AttentionFilters } = slots;
  const matrixOffered = useCapability('access-matrix');

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
  // The answer for this very view (not the previous one kept on screen while this one loads).
  const current = page !== undefined && !apps.isPlaceholderData;
  // A page past the end (an old link, or the last App of the last page deleted): there are Apps,
  // just not on this page. Go to the last page, in place of this history entry.
  const pastTheEnd = current && filters.page > pageCount;
  useEffect(() => {
    if (pastTheEnd) setFilters({ page: pageCount }, { replace: true });
  }, [pastTheEnd, pageCount, setFilters]);
  // Rows of the previous search, sort or page while the new ones load: dimmed, and said so.
  const stale = apps.isPlaceholderData && apps.isFetching;
  // The view the rows on screen were loaded for. Their links keep it, so that the rows kept on
  // screen while the next page loads do not re-render for a view they are not part of.
  const [rowsSearch, setRowsSearch] = useState(location.search);
  if (current && rowsSearch !== location.search) setRowsSearch(location.search);
  const changePage = useCallback(
    (pageNumber: number, options?: { replace?: boolean }) =>
      setFilters({ page: pageNumber }, options),
    [setFilters],
  );
  const changePageSize = useCallback((pageSize: number) => setFilters({ pageSize }), [setFilters]);
  const filterByAttention = useCallback(
    (attention: AppListFilters['attention']) => setFilters({ attention }),
    [setFilters],
  );

  return (
    <Stack gap="md" className={classes.page}>
      <Group justify="space-between" align="center" gap="sm">
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
        <SearchBox search={search} refreshing={apps.isFetching && !apps.isPending} />
        {/* The cards have no column headers to sort by: the same choice, as a select. */}
        {!asTable && (
          <NativeSelect
            label="Sort by"
            value={`${filters.sort}:${filters.order}`}
            data={SORT_CHOICES}
            onChange={(event) => {
              const [sort, order] = event.currentTarget.value.split(':') as [
                AppSortField,
                SortOrder,
              ];
              setFilters({ sort, order });
            }}
            w={{ base: '100%', xs: 220 }}
          />
        )}
        {matrixOffered && (
          <Anchor
            component={Link}
            to={{
              pathname: '/api-keys/access',
              // The search carries over; the list's paging and sorting do not fit the matrix.
              search: filters.search ? `?${new URLSearchParams({ q: filters.search })}` : '',
            }}
          >
            Access matrix
          </Anchor>
        )}
      </Group>
      <VisuallyHidden role="status">{stale ? 'Updating the list…' : ''}</VisuallyHidden>

      {AttentionFilters && (
        <AttentionFilters
          search={filters.search}
          value={filters.attention}
          onChange={filterByAttention}
        />
      )}

      {apps.isError && (
        <ErrorState
          title="Could not load Apps"
          error={apps.error}
          onRetry={() => void apps.refetch()}
          retrying={apps.isFetching}
        />
      )}

      <Paper withBorder radius="sm" aria-busy={apps.isFetching} className={classes.frame}>
        {apps.isPending || (page && page.total > 0 && page.items.length === 0) ? (
          // Still loading, or Apps exist but not on this page (about to go to the last one).
          asTable ? (
            <AppsTableSkeleton filters={filters} rows={5} slots={slots} />
          ) : (
            <AppCardListSkeleton cards={5} />
          )
        ) : page && page.items.length > 0 ? (
          asTable ? (
            <AppsTable
              apps={page.items}
              catalog={catalog.data}
              filters={filters}
              listSearch={rowsSearch}
              stale={stale}
              onSort={sortBy}
              slots={slots}
            />
          ) : (
            <AppCardList
              apps={page.items}
              catalog={catalog.data}
              listSearch={rowsSearch}
              stale={stale}
              slots={slots}
            />
          )
        ) : page ? (
          <EmptyState
            search={filters.search}
            filtered={filters.attention !== undefined}
            onShowAll={() => setFilters({ attention: undefined })}
            onCreate={() => void navigate(createLink)}
            onClearSearch={search.clear}
          />
        ) : null}
      </Paper>

      {page && page.total > 0 && page.items.length > 0 && (
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
