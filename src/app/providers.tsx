import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** `test` turns off transitions and portals' delays (Mantine's testing guide). */
  mantineEnv?: 'default' | 'test';
}

/**
 * Notifications (and the dialogs' styles), loaded right after the first render rather than with
 * it: none shows on a first paint. Notifications are driven by Mantine's store
 * (`notifications.show`), so they need no wrapping context: one shown before they load waits in
 * the store. Dialogs are not sent through a lazily loaded manager such as @mantine/modals, which
 * would drop a request made before it mounts: each is its screen's own Modal.
 */
const Overlays = lazy(async () => ({ default: (await import('./overlays')).Overlays }));

export function AppProviders({ queryClient, children, mantineEnv = 'default' }: AppProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      // Every theme variable from here, so default-css-variables.css stays out of the first load.
      deduplicateCssVariables={false}
      env={mantineEnv}
    >
      <QueryClientProvider client={queryClient}>
        {children}
        <Suspense fallback={null}>
          <Overlays />
        </Suspense>
      </QueryClientProvider>
    </MantineProvider>
  );
}
