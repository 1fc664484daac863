import { useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient } from '../../../lib/api-client';
import { appQueries } from '../../apps/api/app-queries';
import { useCapability } from '../../session/api/session-queries';

type CredentialName = components['schemas']['CredentialName'];

/**
 * Tells the backend that a credential was copied, which only the console can see. Best effort:
 * the copy itself has worked, and a lost report is not worth an error in the admin's face.
 * Used by the list, so it imports nothing of the lifecycle feature (the list's first load).
 */
export function useReportCopy(appId: string) {
  const queryClient = useQueryClient();
  const offered = useCapability('activity');
  return (credential: CredentialName) => {
    if (!offered) return;
    apiClient
      .POST('/apps/{appId}/activity', {
        params: { path: { appId } },
        body: { type: 'credential-copied', credential },
      })
      .then(
        () => queryClient.invalidateQueries({ queryKey: appQueries.activityKey(appId) }),
        () => undefined,
      );
  };
}
