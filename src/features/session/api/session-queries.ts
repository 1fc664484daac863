import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';

export type Session = components['schemas']['Session'];

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      // No abort signal: a component that stops watching the session (React's development
      // double mount, a layout swap) would cancel a request every screen needs a moment later.
      queryFn: () => unwrap(apiClient.GET('/session')),
      staleTime: 5 * 60_000,
    }),
};

export function useSession() {
  return useQuery(sessionQueries.current());
}

/** Only users with the Application Credentials permission see and manage API Keys. */
export function canManageApiKeys(session: Session | undefined): boolean {
  return session?.permissions.includes('application-credentials') ?? false;
}
