import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';

export type Session = components['schemas']['Session'];

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => unwrap(apiClient.GET('/session', { signal })),
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
