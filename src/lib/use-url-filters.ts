import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A view of a list (search, sort, page…) that lives in the URL, so reloads and shared links keep
 * it: `parse` reads it from the search params (ignoring anything invalid), `toParams` writes only
 * what differs from the defaults. A change of anything but the page starts again from page 1.
 */
export function useUrlFilters<T extends { page: number }>(
  parse: (params: URLSearchParams) => T,
  toParams: (filters: T) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [parse, searchParams]);
  // react-router's setter changes with every URL; setFilters must not, or every control given
  // it (memoized filters, pagination) would re-render on each page change.
  const latest = useRef({ setSearchParams, parse, toParams });
  useLayoutEffect(() => {
    latest.current = { setSearchParams, parse, toParams };
  });

  const setFilters = useCallback((changes: Partial<T>, { replace = false } = {}) => {
    const { setSearchParams: set, parse: read, toParams: write } = latest.current;
    set(
      (current) => {
        const previous = read(current);
        const resetsPage = Object.keys(changes).some((key) => key !== 'page');
        return write({ ...previous, ...(resetsPage ? { page: 1 } : {}), ...changes });
      },
      { replace },
    );
  }, []);

  return { filters, setFilters };
}
