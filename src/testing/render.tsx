import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { createRoutes } from '../app/router';
import { SessionExpiredGate } from '../features/session/components/session-expired-gate';
import { createQueryClient } from '../lib/query-client';

/**
 * Renders the whole console at `path`, with its real routes and providers, a fresh QueryClient
 * without retries, and the mock backend of setup-tests.ts behind it.
 */
export function renderApp(path = '/') {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
      <SessionExpiredGate />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}

/** Renders one component with the console's providers (no routes), e.g. a dialog on its own. */
export function renderWithProviders(ui: ReactNode) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} mantineEnv="test">
      {ui}
    </AppProviders>,
  );
  return { ...view, user, queryClient };
}
