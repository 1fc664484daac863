import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { App } from '../../apps/api/app-queries';
import type { Product } from '../../products/api/product-queries';
import {
  changedProducts,
  effectiveProducts,
  type StagedApp,
  type StagedChanges,
} from '../staged-changes';
import classes from './access-matrix.module.css';

interface AccessMatrixGridProps {
  apps: readonly App[];
  products: readonly Product[];
  staged: StagedChanges;
  /** Why a product cannot be granted here (a missing assignment), by product id. */
  blockedReasons: Readonly<Record<string, string>>;
  /** The id of the visible text that explains the blocked products. */
  blockedNoteId: string;
  labelledBy: string;
  onStage: (apps: readonly App[], productIds: readonly string[], checked: boolean) => void;
}

interface Position {
  row: number;
  col: number;
}

/** Row 0 is the column toggles; rows 1… are the Apps. Columns: products, then the row toggle. */
const cellId = (row: number, col: number) => `${row}:${col}`;

/**
 * Apps × products, one plain checkbox per cell (a page of 100 Apps is 1,200 of them: no Mantine
 * component per cell). A grid with a roving tab stop: Tab enters and leaves it, arrow keys move
 * between cells, Home/End go to the row's ends, Space toggles.
 */
export function AccessMatrixGrid(props: AccessMatrixGridProps) {
  const { apps, products, staged, blockedReasons, blockedNoteId, labelledBy, onStage } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Position>({ row: 1, col: 0 });
  const changedNoteId = `${blockedNoteId}-changed`;
  const lastCol = products.length; // the row toggle
  // Keep the tab stop on a cell that exists when the page shrinks.
  const activeRow = Math.min(active.row, apps.length);
  const activeCol = Math.min(active.col, activeRow === 0 ? lastCol - 1 : lastCol);

  const appsById = useMemo(() => new Map(apps.map((app) => [app.id, app])), [apps]);
  const grantable = useMemo(
    () => products.filter((product) => !blockedReasons[product.id]).map((product) => product.id),
    [products, blockedReasons],
  );

  // One handler for every cell, reading what it is about from the cell itself.
  const onCellChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      if (input.getAttribute('aria-disabled') === 'true') return;
      const { app: appId, product: productId } = input.dataset;
      const targets = appId ? [appsById.get(appId)].filter((app) => app !== undefined) : apps;
      onStage(targets, productId ? [productId] : grantable, input.checked);
    },
    [apps, appsById, grantable, onStage],
  );

  const moveTo = (row: number, col: number) => {
    const nextRow = Math.max(0, Math.min(apps.length, row));
    const nextCol = Math.max(0, Math.min(nextRow === 0 ? lastCol - 1 : lastCol, col));
    tableRef.current
      ?.querySelector<HTMLInputElement>(`[data-cell="${cellId(nextRow, nextCol)}"]`)
      ?.focus();
    setActive({ row: nextRow, col: nextCol });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const position = (event.target as HTMLElement).dataset.cell?.split(':').map(Number);
    if (!position) return;
    const [row = 0, col = 0] = position;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: event.ctrlKey ? { row: 1, col: 0 } : { row, col: 0 },
      End: event.ctrlKey ? { row: apps.length, col: lastCol } : { row, col: lastCol },
      PageUp: { row: Math.max(1, row - 10), col },
      PageDown: { row: row + 10, col },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move.row, move.col);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const position = event.target.dataset.cell?.split(':').map(Number);
    if (!position) return;
    const [row = 0, col = 0] = position;
    if (row !== active.row || col !== active.col) setActive({ row, col });
  };

  return (
    <>
      <span id={changedNoteId} hidden>
        Changed, not saved yet
      </span>
      <table
        ref={tableRef}
        role="grid"
        aria-labelledby={labelledBy}
        className={classes.table}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <colgroup>
          <col className={classes.appColumn} />
          {products.map((product) => (
            <col key={product.id} className={classes.productColumn} />
          ))}
          <col className={classes.toggleColumn} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={classes.rowHeader}>
              App
            </th>
            {products.map((product) => (
              <th key={product.id} scope="col">
                {product.name}
              </th>
            ))}
            <th scope="col">All products</th>
          </tr>
          <tr>
            <th scope="row" className={classes.rowHeader}>
              All Apps on this page
            </th>
            {products.map((product, col) => {
              const count = apps.filter((app) =>
                effectiveProducts(staged, app).includes(product.id),
              ).length;
              const reason = blockedReasons[product.id];
              const all = apps.length > 0 && count === apps.length;
              return (
                <td key={product.id}>
                  <input
                    type="checkbox"
                    className={classes.cell}
                    data-cell={cellId(0, col)}
                    data-product={product.id}
                    aria-label={`${product.name} for all Apps on this page`}
                    checked={all}
                    ref={(input) => {
                      if (input) input.indeterminate = count > 0 && !all;
                    }}
                    aria-disabled={reason ? true : undefined}
                    aria-describedby={reason ? blockedNoteId : undefined}
                    title={reason}
                    tabIndex={activeRow === 0 && activeCol === col ? 0 : -1}
                    onChange={onCellChange}
                  />
                </td>
              );
            })}
            <td />
          </tr>
        </thead>
        <tbody>
          {apps.map((app, index) => (
            <MatrixRow
              key={app.id}
              app={app}
              row={index + 1}
              products={products}
              entry={staged[app.id]}
              grantable={grantable}
              blockedReasons={blockedReasons}
              blockedNoteId={blockedNoteId}
              changedNoteId={changedNoteId}
              activeCol={activeRow === index + 1 ? activeCol : -1}
              onCellChange={onCellChange}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

interface MatrixRowProps {
  app: App;
  row: number;
  products: readonly Product[];
  entry: StagedApp | undefined;
  grantable: readonly string[];
  blockedReasons: Readonly<Record<string, string>>;
  blockedNoteId: string;
  changedNoteId: string;
  /** The column holding the grid's tab stop, or -1 when it is in another row. */
  activeCol: number;
  onCellChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** One App's row; re-rendered only when that App, its staged change or the tab stop changes. */
const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { app, row, products, entry, grantable, blockedReasons, activeCol, onCellChange } = props;
  const has = entry?.productIds ?? app.productIds;
  const changed = changedProducts(entry);
  const grantedCount = grantable.filter((id) => has.includes(id)).length;
  const all = grantable.length > 0 && grantedCount === grantable.length;
  return (
    <tr>
      <th scope="row" className={classes.rowHeader}>
        {app.name}
      </th>
      {products.map((product, col) => {
        const reason = blockedReasons[product.id];
        const isChanged = changed.has(product.id);
        const describedBy = [reason && props.blockedNoteId, isChanged && props.changedNoteId]
          .filter(Boolean)
          .join(' ');
        return (
          <td key={product.id} className={isChanged ? classes.changed : undefined}>
            <input
              type="checkbox"
              className={classes.cell}
              data-cell={cellId(row, col)}
              data-app={app.id}
              data-product={product.id}
              aria-label={`${product.name} for ${app.name}`}
              checked={has.includes(product.id)}
              aria-disabled={reason ? true : undefined}
              aria-describedby={describedBy || undefined}
              title={reason}
              tabIndex={activeCol === col ? 0 : -1}
              onChange={onCellChange}
            />
          </td>
        );
      })}
      <td>
        <input
          type="checkbox"
          className={classes.cell}
          data-cell={cellId(row, products.length)}
          data-app={app.id}
          aria-label={`All products for ${app.name}`}
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = grantedCount > 0 && !all;
          }}
          tabIndex={activeCol === products.length ? 0 : -1}
          onChange={onCellChange}
        />
      </td>
    </tr>
  );
});
