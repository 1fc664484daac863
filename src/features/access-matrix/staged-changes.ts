import { sameMembers } from '../../lib/sets';

/**
 * The access matrix's staged changes: per App, the products it had when the admin first touched
 * it (`base`) and the products it should have (`productIds`). An App whose choice is back to its
 * base is not staged at all, so "nothing staged" is simply an empty record.
 */
export interface StagedApp {
  name: string;
  base: readonly string[];
  productIds: readonly string[];
}

export type StagedChanges = Readonly<Record<string, StagedApp>>;

export interface MatrixApp {
  id: string;
  name: string;
  productIds: readonly string[];
}

/** The products an App has in the matrix: staged if it is staged, else its own. */
export function effectiveProducts(staged: StagedChanges, app: MatrixApp): readonly string[] {
  return staged[app.id]?.productIds ?? app.productIds;
}

/**
 * Grants (`checked`) or removes each of `productIds` for each App; Apps that end up as they were
 * leave the staged changes. Returns the same object when nothing changed, so React skips a render.
 */
export function stage(
  staged: StagedChanges,
  apps: readonly MatrixApp[],
  productIds: readonly string[],
  checked: boolean,
): StagedChanges {
  let next: Record<string, StagedApp> | null = null;
  for (const app of apps) {
    const current = staged[app.id];
    const base = current?.base ?? app.productIds;
    const before = current?.productIds ?? app.productIds;
    const after = checked
      ? [...before, ...productIds.filter((id) => !before.includes(id))]
      : before.filter((id) => !productIds.includes(id));
    if (sameMembers(after, before)) continue;
    next ??= { ...staged };
    if (sameMembers(after, base)) delete next[app.id];
    else next[app.id] = { name: app.name, base, productIds: after };
  }
  return next ?? staged;
}

/** The cells that differ from what the App had: product ids added or removed. */
export function changedProducts(entry: StagedApp | undefined): ReadonlySet<string> {
  if (!entry) return new Set();
  return new Set([
    ...entry.productIds.filter((id) => !entry.base.includes(id)),
    ...entry.base.filter((id) => !entry.productIds.includes(id)),
  ]);
}

/** How many cells are changed, over every staged App (on this page or not). */
export function countChangedCells(staged: StagedChanges): number {
  return Object.values(staged).reduce((total, entry) => total + changedProducts(entry).size, 0);
}

/** Keeps only the given Apps' changes (those whose save failed). */
export function keepOnly(staged: StagedChanges, appIds: readonly string[]): StagedChanges {
  return Object.fromEntries(Object.entries(staged).filter(([id]) => appIds.includes(id)));
}
