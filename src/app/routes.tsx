import type { RouteObject } from 'react-router';
import { AppLayout, type RouteHandle } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'api-keys',
        element: <ApiKeysRoute />,
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
