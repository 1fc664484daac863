import { useQuery, useQueryClient } from '@tanstack/react-query';
import { appQueries } from './app-queries';

/**
 * The App's Key and Secret, for a component that shows them. Call it only while they are shown:
 * the credentials leave the cache when the last such component unmounts.
 */
export function useRevealedCredentials(appId: string) {
  return useQuery(appQueries.credentials(appId));
}

/** Fetches the credentials once, for a copy button pressed while they are masked. */
export function useFetchCredentials(appId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery(appQueries.credentials(appId));
}
