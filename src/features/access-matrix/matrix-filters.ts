import type { AppListFilters } from '../apps/api/app-queries';

/** A page of the matrix is at most the API's largest page: 100 Apps × the ten products. */
export const MATRIX_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

function positiveInt(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/**
 * The matrix's view from the URL, with the list's parameter names (`?q=&page=&size=`) so a
 * search carries over; Apps are in name order, which is how an admin scans a grid.
 */
export function parseMatrixFilters(params: URLSearchParams): AppListFilters {
  const size = positiveInt(params.get('size'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    sort: 'name',
    order: 'asc',
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: MATRIX_PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE,
  };
}

export function toMatrixSearchParams(filters: AppListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}
