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
 * Notifications and confirm modals, loaded right after the first render rather than with it
 * (with their styles): neither shows on a first paint. Both are driven by Mantine's stores and
 * events (`notifications.show`, `modals.openConfirmModal`), so they need no wrapping context;
 * a notification shown before they load waits in the store.
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
