import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { describeError } from '../../../lib/api-error';
import { appQueries } from '../../apps/api/app-queries';
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
            const app = await unwrap(
              apiClient.PATCH('/apps/{appId}', {
                params: { path: { appId } },
                body: { productIds: [...entry.productIds] },
              }),
            );
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
