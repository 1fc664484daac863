import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { forgetApp } from './app-cache';
import { appQueries, fetchApp } from './app-queries';

export interface DeleteResult {
  /** It was gone before this delete: deleted by someone else, or in another tab. */
  alreadyDeleted: boolean;
}

/**
 * Deletes an App, which revokes its Key and Secret. Tells the truth about the outcome: an App
 * that is already gone counts as deleted; when the answer is lost or unreadable, the App is read
 * again to find out whether it is gone before anything is said.
 */
async function deleteApp(appId: string): Promise<DeleteResult> {
  try {
    await unwrap(apiClient.DELETE('/apps/{appId}', { params: { path: { appId } } }));
    return { alreadyDeleted: false };
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.kind === 'http' && error.status === 404) return { alreadyDeleted: true };
    if (!error.outcomeUnknown) throw error;
    try {
      await fetchApp(appId);
    } catch (check) {
      // Gone now: this delete did it, its answer was lost.
      if (isApiError(check) && check.kind === 'http' && check.status === 404) {
        return { alreadyDeleted: false };
      }
      throw error.withOutcome('unknown');
    }
    throw error.withOutcome('not-done');
  }
}

export function useDeleteApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApp,
    onSuccess: async (_, appId) => {
      // Stop fetching it first, so nothing asks the server for an App that is gone.
      await queryClient.cancelQueries({ queryKey: appQueries.detail(appId).queryKey });
      // Gone from every cached list now; not waiting for the lists' refetch, which would hold
      // the "deleted" message and the closing drawer as long as the list takes.
      void forgetApp(queryClient, appId);
      // Its detail is removed by the drawer showing it (see AppDetails), once it holds the App
      // itself: removing it here could unmount the dialog before it hears of the success.
    },
  });
}
