import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { AppListFilters } from '../api/app-queries';
import { parseListFilters, toSearchParams } from '../list-filters';

/** The list's view (search, sort, page) lives in the URL, so reloads and shared links keep it. */
export function useListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseListFilters(searchParams), [searchParams]);
  // react-router's setter changes with every URL; setFilters must not, or every control given
  // it (memoized filters, pagination) would re-render on each page change.
  const latestSetSearchParams = useRef(setSearchParams);
  useLayoutEffect(() => {
    latestSetSearchParams.current = setSearchParams;
  });

  const setFilters = useCallback((changes: Partial<AppListFilters>, { replace = false } = {}) => {
    latestSetSearchParams.current(
      (current) => {
        const previous = parseListFilters(current);
        // A new search, sort or page size starts again from the first page.
        const resetsPage = Object.keys(changes).some((key) => key !== 'page');
        return toSearchParams({ ...previous, ...(resetsPage ? { page: 1 } : {}), ...changes });
      },
      { replace },
    );
  }, []);

  return { filters, setFilters };
}
