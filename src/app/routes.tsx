import type { RouteObject } from 'react-router';
import { AppDetailsDrawer } from '../features/apps/components/app-details-drawer';
import { CreateAppDrawer } from '../features/apps/components/create-app-drawer';
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
          { path: 'new', element: <CreateAppDrawer /> },
          { path: ':appId', element: <AppDetailsDrawer /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
