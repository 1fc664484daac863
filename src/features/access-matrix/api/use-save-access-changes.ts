import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../../lib/api-error';
import { sameMembers } from '../../../lib/sets';
import { appQueries, fetchApp } from '../../apps/api/app-queries';
import { patchApp } from '../../apps/api/use-update-app';
import type { StagedChanges } from '../staged-changes';

export interface AppSaveResult {
  appId: string;
  name: string;
  /** Why it was not saved; undefined when it was. */
  error?: string;
}

/**
 * Saves the staged changes: one update per changed App, all sent together, each succeeding or
 * failing on its own. Resolves (never rejects) with a result per App, so the page can keep the
 * failed changes staged and drop the saved ones.
 */
export function useSaveAccessChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (staged: StagedChanges): Promise<AppSaveResult[]> => {
      const results = await Promise.all(
        Object.entries(staged).map(async ([appId, entry]): Promise<AppSaveResult> => {
          if (entry.productIds.length === 0) {
            return {
              appId,
              name: entry.name,
              error: 'An App needs at least one API product. Delete the App to revoke it instead.',
            };
          }
          try {
            // The same protection as the details: the change is based on the products the admin
            // saw (`base`); if the App changed since, nothing is overwritten. The App is read
            // first for its ETag, and If-Match covers the moment between that read and the write.
            const current = await fetchApp(appId);
            if (!sameMembers(current.productIds, entry.base)) {
              queryClient.setQueryData(appQueries.detail(appId).queryKey, current);
              return {
                appId,
                name: entry.name,
                error:
                  'Someone else changed its API products since this page loaded. Nothing was saved; discard and look again.',
              };
            }
            const app = await patchApp(appId, current, { productIds: [...entry.productIds] });
            queryClient.setQueryData(appQueries.detail(appId).queryKey, app);
            return { appId, name: entry.name };
          } catch (error) {
            return { appId, name: entry.name, error: describeError(error) };
          }
        }),
      );
      return results;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: appQueries.details() }),
      ]),
  });
}
