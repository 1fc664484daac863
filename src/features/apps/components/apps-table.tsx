import {
  Anchor,
  Group,
  Skeleton,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { productNames, type Product } from '../../products/api/product-queries';
import type { App, AppListFilters, AppSortField } from '../api/app-queries';
import {
  AutoHideNotice,
  MASK,
  RevealError,
  RevealToggle,
} from '../../../components/credentials/credential-parts';
import { useTimedReveal } from '../../../components/credentials/use-timed-reveal';
import { ListCredential, useRevealedView } from './list-credentials';
import classes from './apps-table.module.css';
import type { ListSlots } from './list-slots';
import { PropagationBadge } from './propagation-badge';
import { BackendText } from '../../../components/backend-text';

interface AppsTableProps {
  apps: App[];
  catalog: Product[] | undefined;
  filters: AppListFilters;
  onSort: (sort: AppSortField) => void;
  /** The list's view (URL search) the rows were loaded for; their links keep it. */
  listSearch: string;
  /** Rows of the previous search or page, shown dimmed while the new ones load. */
  stale?: boolean;
  slots: ListSlots;
}

function SortableHeader(props: {
  field: AppSortField;
  label: string;
  filters: AppListFilters;
  onSort: (sort: AppSortField) => void;
}) {
  const { field, label, filters, onSort } = props;
  const active = filters.sort === field;
  const Icon = !active ? IconArrowsSort : filters.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      aria-sort={active ? (filters.order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(field)}>
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

/** The column widths: fixed, so that no name or revealed value can widen the table. */
function Columns({ showLastUsed }: { showLastUsed: boolean }) {
  return (
    <colgroup>
      <col className={classes.colName} />
      <col className={classes.colProducts} />
      <col className={classes.colCreated} />
      {showLastUsed && <col className={classes.colLastUsed} />}
      <col className={classes.colCredential} />
      <col className={classes.colCredential} />
      <col className={classes.colActions} />
    </colgroup>
  );
}

/** The column headers, shared with the loading skeleton so the table keeps its shape. */
export function AppsTableHead({
  filters,
  onSort,
  showLastUsed,
}: {
  filters: AppListFilters;
  onSort?: (sort: AppSortField) => void;
  showLastUsed: boolean;
}) {
  return (
    <Table.Thead>
      <Table.Tr>
        {onSort ? (
          <SortableHeader field="name" label="App Name" filters={filters} onSort={onSort} />
        ) : (
          <Table.Th>App Name</Table.Th>
        )}
        <Table.Th>API Products</Table.Th>
        {onSort ? (
          <SortableHeader field="createdAt" label="Created on" filters={filters} onSort={onSort} />
        ) : (
          <Table.Th>Created on</Table.Th>
        )}
        {showLastUsed &&
          (onSort ? (
            <SortableHeader
              field="lastUsedAt"
              label="Last used"
              filters={filters}
              onSort={onSort}
            />
          ) : (
            <Table.Th>Last used</Table.Th>
          ))}
        <Table.Th>Key</Table.Th>
        <Table.Th>Secret</Table.Th>
        <Table.Th className={classes.actions}>
          <VisuallyHidden>Show or hide credentials</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

/**
 * The App list from the `md` breakpoint up (below it, AppCardList). Memoized: the page
 * re-renders on each keystroke in the search box; the rows need not.
 */
export const AppsTable = memo(function AppsTable({
  apps,
  catalog,
  filters,
  onSort,
  listSearch,
  stale = false,
  slots,
}: AppsTableProps) {
  const showLastUsed = slots.LastUsed !== undefined;
  return (
    <Table
      highlightOnHover
      verticalSpacing="sm"
      className={classes.table}
      data-stale={stale}
      aria-busy={stale || undefined}
    >
      <Columns showLastUsed={showLastUsed} />
      <AppsTableHead filters={filters} onSort={onSort} showLastUsed={showLastUsed} />
      <Table.Tbody>
        {apps.map((app, position) => (
          // Keyed by position, not by App: a new page, sort or search (at 100,000 Apps, ten Apps
          // never seen before) updates the rows in place rather than building new ones. What
          // belongs to one App is keyed by the App: its name link and its credential cells.
          <AppRow
            key={position}
            app={app}
            catalog={catalog}
            slots={slots}
            listSearch={listSearch}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
});

/** The skeleton of the table while the first page loads: the real header, placeholder rows. */
export function AppsTableSkeleton({
  filters,
  rows,
  slots,
}: {
  filters: AppListFilters;
  rows: number;
  slots: ListSlots;
}) {
  const showLastUsed = slots.LastUsed !== undefined;
  return (
    <Table aria-label="Loading Apps" verticalSpacing="sm" className={classes.table}>
      <Columns showLastUsed={showLastUsed} />
      <AppsTableHead filters={filters} showLastUsed={showLastUsed} />
      <Table.Tbody>
        {Array.from({ length: rows }, (_, row) => (
          <Table.Tr key={row}>
            {Array.from({ length: showLastUsed ? 7 : 6 }, (_, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} aria-hidden />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An App's details, drawn over the list's view (search, sort, page) its row was shown in. */
export function appDetailsLink(app: App, listSearch: string) {
  return { pathname: `/api-keys/${app.id}`, search: listSearch };
}

/**
 * Clicking anywhere on a row or card opens the App, as in the 8x8 console: the click goes to the
 * App's name, the real link (and the one Tab stop, for keyboards and screen readers). No router
 * hook in the row, so that a navigation re-renders no row (rows are memoized).
 */
export function openAppOnRowClick(event: MouseEvent<HTMLElement>) {
  if ((event.target as HTMLElement).closest('a, button, input, [data-no-row-click]')) return;
  // Selecting text (to copy a revealed value by hand) is not a click on the row.
  if (window.getSelection()?.toString()) return;
  event.currentTarget.querySelector<HTMLAnchorElement>('a[data-app-link]')?.click();
}

/**
 * Memoized: a page change, sort or search re-renders the table (dimmed) at once, while the rows
 * on screen stay as they are until the new ones arrive.
 */
const AppRow = memo(function AppRow({
  app,
  catalog,
  slots: { NameBadge, LastUsed },
  listSearch,
}: {
  app: App;
  catalog: Product[] | undefined;
  slots: ListSlots;
  listSearch: string;
}) {
  const products = productNames(app.productIds, catalog).join(', ');

  return (
    // data-shows-exact-time: keyboard focus in the row shows its Last used time in full (see
    // lifecycle's moment.tsx), which is no Tab stop of its own.
    <Table.Tr className={classes.row} onClick={openAppOnRowClick} data-shows-exact-time>
      <Table.Td>
        {/* Keyed by the App, as its credential cells are: focus that returns to this link (a
            drawer closing) must find this App's link or none, never the next App's. */}
        <Anchor
          key={app.id}
          component={Link}
          to={appDetailsLink(app, listSearch)}
          data-app-link
          fw={500}
          className={classes.name}
          title={app.name}
        >
          <BackendText text={app.name} />
        </Anchor>
        {app.propagation.status === 'applying' && (
          // Its hint (hover, focus) is this App's, not the next one's in this row.
          <PropagationBadge key={`${app.id}:propagation`} propagation={app.propagation} />
        )}
        {NameBadge && <NameBadge app={app} />}
      </Table.Td>
      <Table.Td>
        {/* The whole list on hover (title) and while the row has focus (CSS). */}
        <Text component="span" size="sm" className={classes.products} title={products}>
          {products}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className={classes.nowrap}>
          {formatDate(app.createdAt)}
        </Text>
      </Table.Td>
      {LastUsed && (
        // No Tab stop and no click of its own: a click opens the App, as anywhere on the row.
        <Table.Td className={classes.nowrap}>
          <LastUsed app={app} />
        </Table.Td>
      )}
      <CredentialCells key={app.id} app={app} />
    </Table.Tr>
  );
});

/**
 * The Key, Secret and eyeball cells, with the reveal's state: keyed by the App, so that a row
 * showing another App (a new page, sort or search) starts masked.
 */
function CredentialCells({ app }: { app: App }) {
  const { revealed, toggle, secondsLeft, autoHidden } = useTimedReveal();
  return (
    <>
      {revealed ? (
        <RevealedCredentialCells app={app} />
      ) : (
        <>
          <Table.Td aria-label="Key hidden">{MASK}</Table.Td>
          <Table.Td aria-label="Secret hidden">{MASK}</Table.Td>
        </>
      )}
      <Table.Td className={classes.actions}>
        <Group gap={0} wrap="nowrap" justify="center">
          <RevealToggle name={app.name} revealed={revealed} onToggle={toggle} />
        </Group>
        <AutoHideNotice secondsLeft={secondsLeft} autoHidden={autoHidden} />
      </Table.Td>
    </>
  );
}

/** Mounted only while revealed, so the credentials leave the cache when hidden. */
function RevealedCredentialCells({ app }: { app: App }) {
  const view = useRevealedView(app.id);
  if (view.state === 'error') {
    return (
      <Table.Td colSpan={2} data-no-row-click>
        <RevealError message={view.message} retry={view.retry} />
      </Table.Td>
    );
  }
  return (
    <>
      <Table.Td data-no-row-click>
        <ListCredential app={app} field="key" view={view} />
      </Table.Td>
      <Table.Td data-no-row-click>
        <ListCredential app={app} field="secret" view={view} />
      </Table.Td>
    </>
  );
}
