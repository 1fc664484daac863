import { notifications } from '@mantine/notifications';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from './api-error';

const MAX_RETRIES = 2;
/** Past this, an automatic retry would keep a screen loading too long: show the message instead. */
export const MAX_AUTOMATIC_RETRY_WAIT_MS = 20_000;

/**
 * Retry what may pass on a second try: no answer, an unreadable answer, 5xx, and 429 (after its
 * Retry-After). Never another 4xx, which will fail again, nor an expired session, which only
 * signing in fixes, nor a wait longer than MAX_AUTOMATIC_RETRY_WAIT_MS.
 */
export function shouldRetry(failureCount: number, error: unknown, now = Date.now()): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return true;
  if (error.sessionExpired) return false;
  if (error.retryAt !== undefined && error.retryAt - now > MAX_AUTOMATIC_RETRY_WAIT_MS) {
    return false;
  }
  if (error.status === 429) return true;
  return !(error.kind === 'http' && error.status >= 400 && error.status < 500);
}

/** Wait as long as the server asked (Retry-After), else back off exponentially from 1 s. */
export function retryDelay(failureCount: number, error: unknown, now = Date.now()): number {
  if (isApiError(error) && error.retryAt !== undefined) return Math.max(0, error.retryAt - now);
  return Math.min(1000 * 2 ** failureCount, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // Screens show their own error state when they have nothing to show; a failed background
      // refresh of data already on screen is reported once, here, instead of by every screen.
      // An expired session has its own dialog.
      onError: (error, query) => {
        if (query.state.data === undefined) return;
        if (isApiError(error) && error.sessionExpired) return;
        notifications.show({
          id: 'background-refresh-failed',
          color: 'red',
          title: 'Could not refresh',
          message: describeError(error),
        });
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => shouldRetry(failureCount, error),
        retryDelay: (failureCount, error) => retryDelay(failureCount, error),
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
