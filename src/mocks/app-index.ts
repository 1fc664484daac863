import type { MockApp } from './db';

export const appSortFields = ['name', 'createdAt'] as const;
export type AppSortField = (typeof appSortFields)[number];
export type AppSortOrder = 'asc' | 'desc';

export interface AppQuery {
  /** Lowercase, trimmed; '' matches every App. */
  search: string;
  sort: AppSortField;
  order: AppSortOrder;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface AppQueryResult {
  items: MockApp[];
  total: number;
}

/**
 * One collator for every comparison: `localeCompare` with options builds a collator per call,
 * which made a sort of 100,000 names take seconds.
 */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Ties are broken by id (code-unit order), so every order is total and paging is stable. */
function compareIds(a: MockApp, b: MockApp): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const appComparators: Record<AppSortField, (a: MockApp, b: MockApp) => number> = {
  name: (a, b) => nameCollator.compare(a.name, b.name) || compareIds(a, b),
  // ISO 8601 timestamps in UTC sort as strings.
  createdAt: (a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : compareIds(a, b),
};

interface SortedIndex {
  /** Ascending by the field; descending is the same array read from the end. */
  apps: MockApp[];
  /** `apps[i].name.toLowerCase()`, so a search never lowercases 100,000 names again. */
  lowerNames: string[];
}

const SEARCH_CACHE_SIZE = 16;

/**
 * The mock backend's list indexes: one pre-sorted array per sort field, so that a page is a
 * slice; a search filters the sorted array once and keeps the result for the next pages.
 * Kept up to date on insert and remove in O(log n) comparisons plus one splice.
 */
export class AppIndex {
  private readonly indexes: Record<AppSortField, SortedIndex>;
  /** `${field}\0${search}` → matching Apps in ascending order; emptied by every change. */
  private readonly searches = new Map<string, MockApp[]>();

  constructor(apps: readonly MockApp[]) {
    this.indexes = {
      name: AppIndex.build(apps, 'name'),
      createdAt: AppIndex.build(apps, 'createdAt'),
    };
  }

  private static build(apps: readonly MockApp[], field: AppSortField): SortedIndex {
    const sorted = [...apps].sort(appComparators[field]);
    return { apps: sorted, lowerNames: sorted.map((app) => app.name.toLowerCase()) };
  }

  get size(): number {
    return this.indexes.name.apps.length;
  }

  /** First position whose App sorts at or after `app` (the order is total, so: its position). */
  private static lowerBound(index: SortedIndex, field: AppSortField, app: MockApp): number {
    const compare = appComparators[field];
    let low = 0;
    let high = index.apps.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(index.apps[middle]!, app) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(app: MockApp): void {
    for (const field of appSortFields) {
      const index = this.indexes[field];
      const at = AppIndex.lowerBound(index, field, app);
      index.apps.splice(at, 0, app);
      index.lowerNames.splice(at, 0, app.name.toLowerCase());
    }
    this.searches.clear();
  }

  /** Call while `app` still has the name and dates it was indexed with. */
  remove(app: MockApp): void {
    for (const field of appSortFields) {
      const index = this.indexes[field];
      let at = AppIndex.lowerBound(index, field, app);
      // Only if the sort keys changed behind the index's back: fall back to a scan.
      if (index.apps[at] !== app) at = index.apps.indexOf(app);
      if (at < 0) continue;
      index.apps.splice(at, 1);
      index.lowerNames.splice(at, 1);
    }
    this.searches.clear();
  }

  private matching(field: AppSortField, search: string): MockApp[] {
    const index = this.indexes[field];
    if (!search) return index.apps;
    const cacheKey = `${field}\0${search}`;
    const cached = this.searches.get(cacheKey);
    if (cached) return cached;
    const found: MockApp[] = [];
    const { apps, lowerNames } = index;
    for (let i = 0; i < lowerNames.length; i++) {
      if (lowerNames[i]!.includes(search)) found.push(apps[i]!);
    }
    if (this.searches.size >= SEARCH_CACHE_SIZE) {
      // Maps iterate in insertion order: drop the oldest search.
      this.searches.delete(this.searches.keys().next().value!);
    }
    this.searches.set(cacheKey, found);
    return found;
  }

  query({ search, sort, order, page, pageSize }: AppQuery): AppQueryResult {
    const matching = this.matching(sort, search);
    const total = matching.length;
    const start = (page - 1) * pageSize;
    const end = Math.min(start + pageSize, total);
    const items: MockApp[] = [];
    for (let position = start; position < end; position++) {
      items.push(matching[order === 'asc' ? position : total - 1 - position]!);
    }
    return { items, total };
  }
}
