import { Group, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo, type MouseEvent } from 'react';
import { formatDate } from '../../../lib/format';
import { productNames, type Product } from '../../products/api/product-queries';
import type { App, AppListFilters, AppSortField } from '../api/app-queries';
import {
  AutoHideNotice,
  MASK,
  RevealToggle,
} from '../../../components/credentials/credential-parts';
import { useTimedReveal } from '../../../components/credentials/use-timed-reveal';
import { CredentialsRows } from './app-credentials-rows';
import classes from './apps-table.module.css';
import type { ListSlots } from './list-slots';
import { AppNameLink } from './app-name-link';

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
 *
 * A revealed App has two more rows under its own, its credentials rows: the Key and the Secret,
 * each on a line of the table's width, where a 53-character key reads in one piece (the Key and
 * Secret columns of the App's row are far too narrow for it, and say where the values are).
 * They open when the admin reveals and close when the admin hides; when the timer hides them,
 * they stay, masked, saying so, so that no row moves by itself under the pointer.
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
  // Owned by the App: a row reused for another App (a new page, sort or search) starts masked.
  const { revealed, toggle, secondsLeft, autoHidden } = useTimedReveal(false, app.id);
  const columns = LastUsed ? 7 : 6;

  return (
    <>
      {/* data-shows-exact-time: keyboard focus in the row shows its Last used time in full (see
          lifecycle's moment.tsx), which is no Tab stop of its own. */}
      <Table.Tr
        className={classes.row}
        onClick={openAppOnRowClick}
        data-shows-exact-time
        data-revealed={revealed || autoHidden || undefined}
      >
        <Table.Td className={classes.nameCell}>
          <AppNameLink
            app={app}
            listSearch={listSearch}
            NameBadge={NameBadge}
            className={classes.name}
            weight={500}
          />
        </Table.Td>
        <Table.Td className={classes.productsCell}>
          {/* One line, whatever happens to the row: the whole list on hover (title), and laid
              over the rows below while the row has keyboard focus (CSS), never in the row. */}
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
        {revealed ? (
          <>
            <Table.Td aria-label="Key shown below">
              <Text component="span" size="xs" c="dimmed" className={classes.shownBelow}>
                See below
              </Text>
            </Table.Td>
            <Table.Td aria-label="Secret shown below">
              <Text component="span" size="xs" c="dimmed" className={classes.shownBelow}>
                See below
              </Text>
            </Table.Td>
          </>
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
        </Table.Td>
      </Table.Tr>
      {(revealed || autoHidden) && (
        <CredentialsRows
          key={app.id}
          app={app}
          revealed={revealed}
          columns={columns}
          notice={<AutoHideNotice secondsLeft={secondsLeft} autoHidden={autoHidden} />}
        />
      )}
    </>
  );
});
