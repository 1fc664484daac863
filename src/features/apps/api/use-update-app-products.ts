import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';
import { appQueries } from './app-queries';

export type AppUpdate = components['schemas']['AppUpdate'];

/**
 * Replaces an App's API products and/or changes its expiry. The server answers with the App `applying` the change; its
 * detail and list queries then poll until the change is consistent everywhere.
 */
export function useUpdateAppProducts(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: AppUpdate) =>
      unwrap(
        apiClient.PATCH('/apps/{appId}', {
          params: { path: { appId } },
          body: changes,
        }),
      ),
    onSuccess: async (app) => {
      queryClient.setQueryData(appQueries.detail(appId).queryKey, app);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appQueries.detail(appId).queryKey }),
        queryClient.invalidateQueries({ queryKey: appQueries.lists() }),
        // lifecycleQueries' activity and usage of the App (keys written out: the list's first
        // load should not carry the lifecycle module).
        queryClient.invalidateQueries({ queryKey: [...appQueries.all(), 'activity', appId] }),
        queryClient.invalidateQueries({ queryKey: [...appQueries.all(), 'usage', appId] }),
      ]);
    },
  });
}
