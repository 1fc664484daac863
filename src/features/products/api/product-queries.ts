import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';

export type Product = components['schemas']['Product'];

export const productQueries = {
  catalog: () =>
    queryOptions({
      queryKey: ['products'],
      queryFn: async ({ signal }) => (await unwrap(apiClient.GET('/products', { signal }))).items,
      // The catalog changes with 8x8 releases, not during a session.
      staleTime: 60 * 60_000,
    }),
};

export function useProductCatalog() {
  return useQuery(productQueries.catalog());
}

/** Product names for ids, in catalog order; unknown ids are kept as-is rather than dropped. */
export function productNames(
  productIds: readonly string[],
  catalog: readonly Product[] | undefined,
) {
  if (!catalog) return [...productIds];
  const byId = new Map(catalog.map((product) => [product.id, product.name]));
  const known = catalog
    .filter((product) => productIds.includes(product.id))
    .map((product) => product.name);
  const unknown = productIds.filter((id) => !byId.has(id));
  return [...known, ...unknown];
}
