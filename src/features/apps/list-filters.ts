import type { AppListFilters, AppSortField, AttentionFilter, SortOrder } from './api/app-queries';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const SORT_FIELDS: readonly AppSortField[] = ['name', 'createdAt', 'lastUsedAt'];
export const ATTENTION_FILTERS: readonly AttentionFilter[] = [
  'never-used',
  'idle',
  'expiring-soon',
  'old-secret',
];

export const defaultListFilters: AppListFilters = {
  search: '',
  sort: 'createdAt',
  order: 'desc',
  page: 1,
  pageSize: 10,
};

function positiveInt(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/**
 * The list's view from the URL (`?q=&sort=&order=&page=&size=&attention=`); anything invalid is
 * ignored.
 */
export function parseListFilters(params: URLSearchParams): AppListFilters {
  const sort = params.get('sort');
  const order = params.get('order');
  const size = positiveInt(params.get('size'));
  const attention = ATTENTION_FILTERS.find((filter) => filter === params.get('attention'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    sort: SORT_FIELDS.find((field) => field === sort) ?? defaultListFilters.sort,
    order:
      order === 'asc' || order === 'desc' ? (order satisfies SortOrder) : defaultListFilters.order,
    page: positiveInt(params.get('page')) ?? defaultListFilters.page,
    pageSize: PAGE_SIZES.find((allowed) => allowed === size) ?? defaultListFilters.pageSize,
    ...(attention ? { attention } : {}),
  };
}

/** The URL form of a view: only what differs from the defaults, so links stay short. */
export function toSearchParams(filters: AppListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.sort !== defaultListFilters.sort) params.set('sort', filters.sort);
  if (filters.order !== defaultListFilters.order) params.set('order', filters.order);
  if (filters.page !== defaultListFilters.page) params.set('page', String(filters.page));
  if (filters.pageSize !== defaultListFilters.pageSize)
    params.set('size', String(filters.pageSize));
  if (filters.attention) params.set('attention', filters.attention);
  return params;
}
