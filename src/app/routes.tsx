import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { appQueries } from '../features/apps/api/app-queries';
import {
  listHasLifecycleParts,
  loadLifecycleParts,
} from '../features/apps/components/lazy-lifecycle';
import { parseListFilters } from '../features/apps/list-filters';
import { productQueries } from '../features/products/api/product-queries';
import { sessionQueries } from '../features/session/api/session-queries';
import { holdFirstRenderFor } from '../lib/first-render';
import { AppLayout, type RouteHandle } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';
import { lastSessionLackedPermission } from './session/permission-hint';

/** Rendered for the one tick before the loader has run; the layout shows the loading state. */
function RouteHydrateFallback() {
  return null;
}

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
          // A cold load requests the session, the product catalog and the list together, at once,
          // rather than one after the other. The list and the catalog are forbidden (403) to a
          // user without the Application Credentials permission, and the session is what says
          // so: waiting for it would be a waterfall for everyone, not waiting would send two
          // forbidden requests for that user. So they are skipped when the last session seen in
          // this browser lacked the permission (a stored boolean, see permission-hint.ts). Either
          // way the page renders the list only after the session confirms the permission
          // (ApiKeysRoute), so a stale hint can cost a request, never show what is forbidden.
          //
          // A cold load renders once they are answered (see first-render.ts), with the list's
          // lifecycle parts, which come with the details drawer's code (needed soon anyway).
          loader: ({ request }) => {
            const session = queryClient
              .prefetchQuery(sessionQueries.current())
              .then(() => queryClient.getQueryData(sessionQueries.current().queryKey));
            holdFirstRenderFor(session);
            if (!lastSessionLackedPermission()) {
              const filters = parseListFilters(new URL(request.url).searchParams);
              holdFirstRenderFor(queryClient.prefetchQuery(appQueries.list(filters)));
              holdFirstRenderFor(queryClient.prefetchQuery(productQueries.catalog()));
              // Loaded at once either way (the drawers need the code soon), waited for only when
              // this backend offers what the list shows of the lifecycle.
              const parts = loadLifecycleParts().catch(() => undefined);
              holdFirstRenderFor(
                session.then((current) => (listHasLifecycleParts(current) ? parts : undefined)),
              );
            }
            return null;
          },
          HydrateFallback: RouteHydrateFallback,
          handle: { crumb: 'API Keys' } satisfies RouteHandle,
          children: [
            // The drawers load on first use, keeping the list's first paint small.
            {
              path: 'new',
              HydrateFallback: RouteHydrateFallback,
              lazy: async () => ({
                Component: (await import('../features/apps/components/create-app-drawer'))
                  .CreateAppDrawer,
              }),
            },
            {
              path: ':appId',
              HydrateFallback: RouteHydrateFallback,
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
