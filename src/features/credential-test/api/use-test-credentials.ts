import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';
import { ApiError, isApiError } from '../../../lib/api-error';
import { lifecycleQueries } from '../../lifecycle/api/lifecycle-queries';

export type CredentialTestReport = components['schemas']['CredentialTestReport'];
export type CredentialTestStatus = components['schemas']['CredentialTestStatus'];

/** The backend's rate limit answered: `retryAt` is when a test may run again (epoch ms). */
export class RateLimitedError extends ApiError {
  readonly retryAt: number;

  constructor(source: ApiError, retryAfterSeconds: number) {
    super(source.status, source.problem, { cause: source });
    this.retryAt = Date.now() + retryAfterSeconds * 1000;
  }
}

/** Asks the backend to try the App's credentials against each of its products. */
export function useTestCredentials(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The test is part of the App's activity.
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: lifecycleQueries.activity(appId).queryKey }),
    mutationFn: async () => {
      let retryAfter: string | null = null;
      try {
        return await unwrap(
          apiClient
            .POST('/apps/{appId}/credentials/test', { params: { path: { appId } } })
            .then((result) => {
              retryAfter = result.response.headers.get('Retry-After');
              return result;
            }),
        );
      } catch (error) {
        if (isApiError(error) && error.status === 429) {
          // Retry-After is in seconds here; a missing or odd value still waits a little.
          const seconds = Number(retryAfter);
          throw new RateLimitedError(error, Number.isFinite(seconds) && seconds > 0 ? seconds : 30);
        }
        throw error;
      }
    },
  });
}
