import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ShellLayout, type RouteHandle } from './layout/shell-layout';
import { apiKeysLoader, ApiKeysRoute } from './routes/api-keys/api-keys-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

/** Rendered for the one tick before the loader has run; the layout shows the loading state. */
function RouteHydrateFallback() {
  return null;
}

/**
 * The console's routes. Each API Keys route module (routes/api-keys/) puts features together;
 * all but the list load on first use, keeping the list's first paint small.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <ShellLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'api-keys',
          element: <ApiKeysRoute />,
          loader: apiKeysLoader(queryClient),
          HydrateFallback: RouteHydrateFallback,
          handle: { crumb: 'API Keys' } satisfies RouteHandle,
          children: [
            {
              path: 'new',
              HydrateFallback: RouteHydrateFallback,
              lazy: () => import('./routes/api-keys/create-app-route'),
            },
            {
              path: ':appId',
              HydrateFallback: RouteHydrateFallback,
              lazy: async () => ({
                Component: (await import('./routes/api-keys/app-details-route')).Component,
              }),
            },
          ],
        },
        {
          path: 'api-keys/access',
          lazy: () => import('./routes/api-keys/access-matrix-route'),
          HydrateFallback: RouteHydrateFallback,
          handle: { crumb: 'Access matrix', title: 'Access matrix' } satisfies RouteHandle,
        },
        {
          path: '*',
          element: <NotFoundPage />,
          handle: { title: 'Page not found' } satisfies RouteHandle,
        },
      ],
    },
  ];
}
