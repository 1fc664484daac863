import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { appQueries } from './app-queries';

/**
 * Replaces an App's API products. The server answers with the App `applying` the change; its
 * detail and list queries then poll until the change is consistent everywhere.
 */
export function useUpdateAppProducts(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (productIds: string[]) =>
      unwrap(
        apiClient.PATCH('/apps/{appId}', {
          params: { path: { appId } },
          body: { productIds },
        }),
      ),
    onSuccess: async (app) => {
      queryClient.setQueryData(appQueries.detail(appId).queryKey, app);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appQueries.detail(appId).queryKey }),
        queryClient.invalidateQueries({ queryKey: appQueries.lists() }),
      ]);
    },
  });
}
