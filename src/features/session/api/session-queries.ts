import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';

export type Session = components['schemas']['Session'];
export type Capability = components['schemas']['Capability'];

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

/**
 * Whether the backend offers a feature beyond the 8x8 screens. A backend that advertises nothing
 * (a plain 8x8 backend) gets exactly the 8x8 screens, with no request for what it lacks.
 */
export function hasCapability(session: Session | undefined, capability: Capability): boolean {
  return session?.capabilities?.includes(capability) ?? false;
}

/** `hasCapability` for the signed-in session (false until the session has loaded). */
export function useCapability(capability: Capability): boolean {
  const session = useSession();
  return hasCapability(session.data, capability);
}
