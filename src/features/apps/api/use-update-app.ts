import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrapResponse } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { sameMembers } from '../../../lib/sets';
import { forgetApp } from './app-cache';
import { appQueries, etagOf, fetchApp, withEtag, type App } from './app-queries';

export type AppUpdate = components['schemas']['AppUpdate'];

export interface UpdateApp extends AppUpdate {
  /** The App as it was when the admin started this change: its ETag goes in If-Match. */
  basedOn: App;
}

/**
 * The console's one way to change an App: a PATCH that applies only if the App is still the
 * version `basedOn` was served as (If-Match with that object's ETag, never `*`, which would
 * overwrite a colleague's change unseen). A newer App is refused with 412.
 */
export async function patchApp(appId: string, basedOn: App, changes: AppUpdate): Promise<App> {
  const { data, response } = await unwrapResponse(
    apiClient.PATCH('/apps/{appId}', {
      params: { path: { appId }, header: { 'If-Match': etagOf(basedOn) ?? '' } },
      body: changes,
    }),
  );
  return withEtag(data, response);
}

/** Whether the App already is as the change asks (a lost answer's change went through). */
function alreadyApplied(app: App, changes: AppUpdate): boolean {
  return (
    (changes.productIds === undefined || sameMembers(app.productIds, changes.productIds)) &&
    (changes.expiresAt === undefined || (app.expiresAt ?? null) === changes.expiresAt)
  );
}

/**
 * Changes an App's API products and/or its expiry (patchApp). The server answers with the App
 * `applying` a change of products; its detail and list queries then poll until it is consistent
 * everywhere.
 *
 * After a 412, or an answer that was lost or unreadable, the App is read again: if it already
 * is as asked (the lost answer's change went through) that is a success; otherwise the newer App
 * goes into the cache, for the drawer to show what changed, and the error says whether the
 * change was made (`not-done`) or could not be checked (`unknown`).
 */
export function useUpdateApp(appId: string) {
  const queryClient = useQueryClient();

  const update = async ({ basedOn, ...changes }: UpdateApp): Promise<App> => {
    try {
      return await patchApp(appId, basedOn, changes);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.kind === 'http' && error.status === 404) {
        // Deleted elsewhere: it leaves the list now; the drawer says so and keeps the choice.
        void forgetApp(queryClient, appId);
        throw error;
      }
      if (!(error.kind === 'http' && error.status === 412) && !error.outcomeUnknown) throw error;
      let current: App;
      try {
        current = await fetchApp(appId);
      } catch {
        throw error.outcomeUnknown ? error.withOutcome('unknown') : error;
      }
      if (alreadyApplied(current, changes)) return current;
      queryClient.setQueryData(appQueries.detail(appId).queryKey, current);
      throw error.outcomeUnknown ? error.withOutcome('not-done') : error;
    }
  };

  return useMutation({
    mutationFn: update,
    onSuccess: async (app) => {
      queryClient.setQueryData(appQueries.detail(appId).queryKey, app);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appQueries.detail(appId).queryKey }),
        queryClient.invalidateQueries({ queryKey: appQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: appQueries.activityKey(appId) }),
        queryClient.invalidateQueries({ queryKey: appQueries.usageKey(appId) }),
      ]);
    },
  });
}
