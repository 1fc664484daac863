import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';
import { appQueries } from '../../apps/api/app-queries';

export type ProductUsage = components['schemas']['ProductUsage'];
export type ActivityEvent = components['schemas']['ActivityEvent'];
export type AttentionFilter = components['schemas']['AttentionFilter'];
export type AttentionCounts = components['schemas']['AttentionCounts'];
export type GracePeriod = components['schemas']['GracePeriod'];
export type CredentialName = components['schemas']['CredentialName'];

const ACTIVITY_PAGE_SIZE = 10;

/** The credential lifecycle's reads (issue #8); each needs its capability in the session. */
export const lifecycleQueries = {
  usage: (appId: string) =>
    queryOptions({
      queryKey: appQueries.usageKey(appId),
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/apps/{appId}/usage', { params: { path: { appId } }, signal })),
    }),
  activity: (appId: string) =>
    infiniteQueryOptions({
      queryKey: appQueries.activityKey(appId),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          apiClient.GET('/apps/{appId}/activity', {
            params: {
              path: { appId },
              query: { cursor: pageParam, limit: ACTIVITY_PAGE_SIZE },
            },
            signal,
          }),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      // A feed of what just happened: fresh each time it is opened.
      staleTime: 0,
    }),
  /** Under the lists' key, so whatever refreshes the list refreshes the counts too. */
  attentionCounts: (search: string) =>
    queryOptions({
      queryKey: [...appQueries.lists(), 'attention-counts', { search }],
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/attention-counts', {
            params: { query: { search: search || undefined } },
            signal,
          }),
        ),
    }),
};
