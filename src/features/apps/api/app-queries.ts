import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap, unwrapResponse } from '../../../lib/api-client';

export type App = components['schemas']['App'];
export type AppPage = components['schemas']['AppPage'];
export type AppCredentials = components['schemas']['AppCredentials'];
export type AppSortField = components['schemas']['AppSortField'];
export type SortOrder = components['schemas']['SortOrder'];
export type AttentionFilter = components['schemas']['AttentionFilter'];

export interface AppListFilters {
  search: string;
  sort: AppSortField;
  order: SortOrder;
  page: number;
  pageSize: number;
  /** Only the Apps that need attention for this reason (capability `attention-filters`). */
  attention?: AttentionFilter;
}

/** While a change of products is replicating, poll until the backend says it is consistent. */
const PROPAGATION_POLL_MS = 3000;

/** List pages off screen kept for going back: beyond these, the least recently fetched go. */
const KEPT_LIST_PAGES = 10;

/**
 * Paging through 100,000 Apps would otherwise keep every page visited for `gcTime` (5 min):
 * ~15 kB each, a heap that grows with every click.
 */
function forgetOldListPages(client: QueryClient) {
  const cache = client.getQueryCache();
  cache
    .findAll({ queryKey: appQueries.lists(), type: 'inactive' })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)
    .slice(KEPT_LIST_PAGES)
    .forEach((query) => cache.remove(query));
}

/**
 * The ETag each App object was served with. Kept beside the objects rather than in them, so the
 * cached App stays exactly the contract's `App` type for every screen; an edit remembers the App
 * object it started from, and sends that object's ETag in If-Match.
 */
const etags = new WeakMap<App, string>();

/** The version of the App this object shows, to send back in If-Match. */
export function etagOf(app: App): string | undefined {
  return etags.get(app);
}

/** Records the ETag of a response that carried an App; returns the App. */
export function withEtag(app: App, response: Response): App {
  const etag = response.headers.get('ETag');
  if (etag) etags.set(app, etag);
  return app;
}

/** The App as the server has it now, with its ETag. */
export async function fetchApp(appId: string, signal?: AbortSignal): Promise<App> {
  const { data, response } = await unwrapResponse(
    apiClient.GET('/apps/{appId}', { params: { path: { appId } }, signal }),
  );
  return withEtag(data, response);
}

export const appQueries = {
  all: () => ['apps'] as const,
  lists: () => [...appQueries.all(), 'list'] as const,
  list: (filters: AppListFilters) =>
    queryOptions({
      queryKey: [...appQueries.lists(), filters],
      queryFn: async ({ signal, client }) => {
        const page = await unwrap(
          apiClient.GET('/apps', {
            params: { query: { ...filters, search: filters.search || undefined } },
            signal,
          }),
        );
        forgetOldListPages(client);
        return page;
      },
      placeholderData: keepPreviousData,
      refetchInterval: (query) =>
        query.state.data?.items.some((app) => app.propagation.status === 'applying')
          ? PROPAGATION_POLL_MS
          : false,
    }),
  details: () => [...appQueries.all(), 'detail'] as const,
  /**
   * The keys of an App's sub-resources, whose queries live in the lifecycle feature: written
   * here once, so that a write in this feature refreshes them without loading that feature.
   */
  activityKey: (appId: string) => [...appQueries.all(), 'activity', appId] as const,
  usageKey: (appId: string) => [...appQueries.all(), 'usage', appId] as const,
  detail: (appId: string) =>
    queryOptions({
      queryKey: [...appQueries.details(), appId],
      queryFn: ({ signal }) => fetchApp(appId, signal),
      // A new object for every answer, even an equal one: each carries its own ETag.
      structuralSharing: false,
      refetchInterval: (query) =>
        query.state.data?.propagation.status === 'applying' ? PROPAGATION_POLL_MS : false,
    }),
  /**
   * Key and Secret. Kept in the cache only while something shows them: `gcTime: 0` drops them
   * as soon as the last component showing them unmounts; they are never refetched in the
   * background, and never retried into a loop.
   */
  credentials: (appId: string) =>
    queryOptions({
      queryKey: [...appQueries.all(), 'credentials', appId],
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.POST('/apps/{appId}/credentials/reveal', {
            params: { path: { appId } },
            signal,
          }),
        ),
      gcTime: 0,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      retry: false,
    }),
};
