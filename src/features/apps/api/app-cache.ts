import type { QueryClient } from '@tanstack/react-query';
import { appQueries, type AppPage } from './app-queries';

/**
 * An App that is gone (deleted here, or found deleted elsewhere) leaves every cached list page at
 * once, and its credentials leave the cache; the lists are then refetched to fill the gap. Its
 * detail is left to whoever still shows it (a drawer closing over it), which stops fetching it.
 */
export function forgetApp(queryClient: QueryClient, appId: string): Promise<void> {
  queryClient.setQueriesData<AppPage>({ queryKey: appQueries.lists() }, (page) => {
    // Other queries live below the lists' key too (e.g. attention counts): pages only.
    if (!Array.isArray(page?.items) || !page.items.some((app) => app.id === appId)) return page;
    return {
      ...page,
      items: page.items.filter((app) => app.id !== appId),
      total: Math.max(0, page.total - 1),
    };
  });
  // Only where nothing shows them: a query still observed (a drawer closing over the App) would
  // be fetched again at once, for an App that is gone; gcTime 0 drops it when that unmounts.
  queryClient.removeQueries({ queryKey: appQueries.credentials(appId).queryKey, type: 'inactive' });
  return queryClient.invalidateQueries({ queryKey: appQueries.lists() });
}
