import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrapResponse } from '../../../lib/api-client';
import { describeError } from '../../../lib/api-error';
import { appQueries, etagOf, fetchApp, withEtag } from '../../apps/api/app-queries';
import type { StagedChanges } from '../staged-changes';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

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
            if (!sameSet(current.productIds, entry.base)) {
              queryClient.setQueryData(appQueries.detail(appId).queryKey, current);
              return {
                appId,
                name: entry.name,
                error:
                  'Someone else changed its API products since this page loaded. Nothing was saved; discard and look again.',
              };
            }
            const { data, response } = await unwrapResponse(
              apiClient.PATCH('/apps/{appId}', {
                params: { path: { appId }, header: { 'If-Match': etagOf(current) ?? '' } },
                body: { productIds: [...entry.productIds] },
              }),
            );
            const app = withEtag(data, response);
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
