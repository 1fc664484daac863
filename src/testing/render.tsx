import { render } from '@testing-library/react';
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
