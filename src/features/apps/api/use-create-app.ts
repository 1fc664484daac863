import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { components } from '../../../api/schema';
import { apiClient, unwrapResponse } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { useIdempotentAttempts } from '../../../lib/idempotency';
import { appQueries, withEtag, type App } from './app-queries';

export type AppCreate = components['schemas']['AppCreate'];

export interface CreateResult {
  app: App;
  /**
   * The App comes from an earlier Save whose answer was lost, and the admin has since changed
   * the values: the App has the earlier values, and no second App was created.
   */
  earlierValues: AppCreate | null;
}

/** Two submissions are the same attempt when they ask for the same App. */
function attemptSignature({ name, productIds, expiresAt }: AppCreate): string {
  // expiresAt is fixed when the expiry is chosen, not at each submission, so a retry matches.
  return JSON.stringify([name, [...productIds].sort(), expiresAt ?? null]);
}

async function postApp(idempotencyKey: string, body: AppCreate): Promise<App> {
  const { data, response } = await unwrapResponse(
    apiClient.POST('/apps', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
  return withEtag(data, response);
}

/**
 * A replay's refusal proves the earlier request created nothing: a replay of a request that
 * created an App is answered with that App. Only refusals of the request itself count (not
 * 401, 403, 408 or 429, which the server gives before looking at the key).
 */
function provesNothingCreated(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.kind === 'http' &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 408, 429].includes(error.status)
  );
}

interface Attempt {
  idempotencyKey: string;
  body: AppCreate;
}

/**
 * Creates an App, never twice and never unseen. Each set of form values gets one
 * Idempotency-Key, reused when the same values are sent again (a double click, a retry), so the
 * server answers with the App of the first request instead of creating a second one.
 *
 * When an answer is lost or unreadable, the request is replayed at once, with the same key and
 * body, to find out: the server answers with the App if the lost request created it, or creates
 * it now. If that cannot be found out either, the attempt stays "unresolved", and the next Save,
 * even with edited values, replays it first: an App the admin never saw is shown instead of a
 * second App (after a rename) or a 409 on the admin's own name (after other edits).
 */
export function useCreateApp() {
  const queryClient = useQueryClient();
  const attempts = useIdempotentAttempts<CreateResult>();
  const unresolved = useRef<Attempt | null>(null);

  /** Settles an unresolved attempt: its App, or null when it proves to have created nothing. */
  const resolveEarlier = async (earlier: Attempt): Promise<App | null> => {
    try {
      const app = await postApp(earlier.idempotencyKey, earlier.body);
      unresolved.current = null;
      return app;
    } catch (error) {
      if (!provesNothingCreated(error)) {
        throw isApiError(error) ? error.withOutcome('unknown') : error;
      }
      unresolved.current = null;
      return null;
    }
  };

  const create = async (values: AppCreate): Promise<CreateResult> => {
    const earlier = unresolved.current;
    if (earlier) {
      const app = await resolveEarlier(earlier);
      if (app) {
        const edited = attemptSignature(earlier.body) !== attemptSignature(values);
        return { app, earlierValues: edited ? earlier.body : null };
      }
    }
    const attempt = { idempotencyKey: attempts.keyFor(attemptSignature(values)), body: values };
    try {
      return { app: await postApp(attempt.idempotencyKey, attempt.body), earlierValues: null };
    } catch (error) {
      if (!isApiError(error) || !error.outcomeUnknown) throw error;
      unresolved.current = attempt;
      const app = await resolveEarlier(attempt);
      if (app) return { app, earlierValues: null };
      throw error.withOutcome('not-done');
    }
  };

  return useMutation({
    // The same values sent again while the first request is out join it instead.
    mutationFn: (values: AppCreate) =>
      attempts.send(attemptSignature(values), () => create(values)),
    onSuccess: async ({ app }) => {
      attempts.succeeded();
      queryClient.setQueryData(appQueries.detail(app.id).queryKey, app);
      // Wait for the list, so the new App is in it by the time its details open.
      await queryClient.invalidateQueries({ queryKey: appQueries.lists() });
    },
  });
}

/** Whether a Save's outcome is still unknown (for the drawer's message and its Cancel). */
export function isUnresolvedCreate(error: unknown): boolean {
  return isApiError(error) && error.outcome === 'unknown';
}
