import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { appQueries } from '../features/apps/api/app-queries';
import { parseListFilters } from '../features/apps/list-filters';
import { productQueries } from '../features/products/api/product-queries';
import { AppLayout, type RouteHandle } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteLoading } from './routes/route-loading';
import { RouteErrorPage } from './routes/route-error-page';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'api-keys',
          element: <ApiKeysRoute />,
          // Start the list's requests with the navigation, in parallel with the session's, rather
          // than after it: the page still renders at once and shows its own loading state.
          loader: ({ request }) => {
            const filters = parseListFilters(new URL(request.url).searchParams);
            void queryClient.prefetchQuery(appQueries.list(filters));
            void queryClient.prefetchQuery(productQueries.catalog());
            return null;
          },
          handle: { crumb: 'API Keys' } satisfies RouteHandle,
          children: [
            // The drawers load on first use, keeping the list's first paint small.
            {
              path: 'new',
              lazy: async () => ({
                Component: (await import('../features/apps/components/create-app-drawer'))
                  .CreateAppDrawer,
              }),
            },
            {
              path: ':appId',
              lazy: async () => ({
                Component: (await import('../features/apps/components/app-details-drawer'))
                  .AppDetailsDrawer,
              }),
            },
          ],
        },
        {
          // Loads on first use, keeping the list's first paint small.
          path: 'api-keys/access',
          lazy: async () => ({
            Component: (await import('../features/access-matrix/components/access-matrix-page'))
              .AccessMatrixPage,
          }),
          // Opened directly (a link, a reload), the page shows this while its code loads.
          HydrateFallback: RouteLoading,
          handle: { crumb: 'Access matrix' } satisfies RouteHandle,
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
