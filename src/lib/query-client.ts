import { notifications } from '@mantine/notifications';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from './api-error';

const MAX_RETRIES = 2;

/** Retry what may pass on a second try (no answer, 5xx); never a 4xx, which will fail again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // Screens show their own error state when they have nothing to show; a failed background
      // refresh of data already on screen is reported once, here, instead of by every screen.
      onError: (error, query) => {
        if (query.state.data === undefined) return;
        notifications.show({
          id: 'background-refresh-failed',
          color: 'red',
          title: 'Could not refresh',
          message: describeError(error),
        });
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
