import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrapResponse, type Call } from '../../../lib/api-client';
import { appQueries, withEtag, type App } from '../../apps/api/app-queries';
import { useIdempotentAttempts } from '../../../lib/idempotency';
import type { GracePeriod } from './lifecycle-queries';

/** The App a write answered with, with its new ETag (for the next change's If-Match). */
async function unwrapApp(call: Call<App>): Promise<App> {
  const { data, response } = await unwrapResponse(call);
  return withEtag(data, response);
}

/**
 * After the secret changed: the App as the server now has it, and the credentials (old values)
 * dropped from the cache and from anything showing them, which fetches the new ones.
 */
async function afterSecretChange(queryClient: ReturnType<typeof useQueryClient>, app: App) {
  queryClient.setQueryData(appQueries.detail(app.id).queryKey, app);
  await queryClient.resetQueries({ queryKey: appQueries.credentials(app.id).queryKey });
  void queryClient.invalidateQueries({ queryKey: appQueries.lists() });
  void queryClient.invalidateQueries({ queryKey: appQueries.activityKey(app.id) });
}

/**
 * Regenerates an App's secret. Like creation, one Idempotency-Key per attempt (per grace period
 * chosen), reused when the same attempt is sent again (a double click, a retry after a lost
 * response), so the server regenerates once. `reset()` after success starts a new attempt.
 */
export function useRegenerateSecret(appId: string) {
  const queryClient = useQueryClient();
  const attempts = useIdempotentAttempts<App>();

  const mutation = useMutation({
    mutationFn: (gracePeriod: GracePeriod) => {
      const idempotencyKey = attempts.keyFor(gracePeriod);
      return attempts.send(gracePeriod, () =>
        unwrapApp(
          apiClient.POST('/apps/{appId}/secret/regenerate', {
            params: { path: { appId }, header: { 'Idempotency-Key': idempotencyKey } },
            body: { gracePeriod },
          }),
        ),
      );
    },
    onSuccess: async (app) => {
      // Done: a later regeneration is a new attempt with a new key.
      attempts.succeeded();
      await afterSecretChange(queryClient, app);
    },
  });
  return mutation;
}

/** Ends the previous secret's grace period now. */
export function useRevokePreviousSecret(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrapApp(apiClient.DELETE('/apps/{appId}/secret/previous', { params: { path: { appId } } })),
    onSuccess: (app) => afterSecretChange(queryClient, app),
  });
}
