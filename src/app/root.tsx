import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { SessionExpiredGate } from '../features/session/components/session-expired-gate';
import { AppProviders } from './providers';

interface RootProps {
  queryClient: QueryClient;
  /** Made before the first render (main.tsx), so that its loaders start the requests at once. */
  router: ReturnType<typeof createBrowserRouter>;
  /** The demo controls, present only in demo builds (see main.tsx). */
  demoControls?: ComponentType | undefined;
}

/** The console: providers, the routes, and what sits over every route. */
export function Root({ queryClient, router, demoControls: DemoControls }: RootProps) {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
      <SessionExpiredGate />
      {DemoControls && <DemoControls />}
    </AppProviders>
  );
}
