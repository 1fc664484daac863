import type { QueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionExpiredDialog } from '../features/session/components/session-expired-dialog';
import { AppProviders } from './providers';
import { createRoutes } from './routes';

interface AppProps {
  queryClient: QueryClient;
  /** The demo controls, present only in demo builds (see main.tsx). */
  demoControls?: ComponentType | undefined;
}

export function App({ queryClient, demoControls: DemoControls }: AppProps) {
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient)));
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
      <SessionExpiredDialog />
      {DemoControls && <DemoControls />}
    </AppProviders>
  );
}
