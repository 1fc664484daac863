import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { appQueries } from '../api/app-queries';

/** Revealed credentials hide themselves after this long, as a shoulder-surfing guard. */
export const REVEAL_TIMEOUT_MS = 60_000;

/**
 * The App's Key and Secret, for a component that shows them. Call it only while they are shown:
 * the credentials leave the cache when the last such component unmounts.
 */
export function useRevealedCredentials(appId: string) {
  return useQuery(appQueries.credentials(appId));
}

/** Hides revealed credentials after REVEAL_TIMEOUT_MS and drops them from the cache on hide. */
export function useAutoHide(revealed: boolean, hide: () => void) {
  useEffect(() => {
    if (!revealed) return undefined;
    const timer = window.setTimeout(hide, REVEAL_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [revealed, hide]);
}

/** Fetches the credentials once, for a copy button pressed while they are masked. */
export function useFetchCredentials(appId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery(appQueries.credentials(appId));
}
