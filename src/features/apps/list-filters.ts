import type { AppListFilters, AppSortField, SortOrder } from './api/app-queries';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

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

/** The list's view from the URL (`?q=&sort=&order=&page=&size=`); anything invalid is ignored. */
export function parseListFilters(params: URLSearchParams): AppListFilters {
  const sort = params.get('sort');
  const order = params.get('order');
  const size = positiveInt(params.get('size'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    sort:
      sort === 'name' || sort === 'createdAt'
        ? (sort satisfies AppSortField)
        : defaultListFilters.sort,
    order:
      order === 'asc' || order === 'desc' ? (order satisfies SortOrder) : defaultListFilters.order,
    page: positiveInt(params.get('page')) ?? defaultListFilters.page,
    pageSize: PAGE_SIZES.find((allowed) => allowed === size) ?? defaultListFilters.pageSize,
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
  return params;
}
