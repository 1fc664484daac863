import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { appQueries } from './app-queries';

/** Deletes an App, which revokes its Key and Secret. */
export function useDeleteApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (appId: string) =>
      unwrap(apiClient.DELETE('/apps/{appId}', { params: { path: { appId } } })),
    onSuccess: async (_, appId) => {
      // The list first, so the App is gone from it when the details close.
      await queryClient.invalidateQueries({ queryKey: appQueries.lists() });
      queryClient.removeQueries({ queryKey: appQueries.detail(appId).queryKey });
      queryClient.removeQueries({ queryKey: appQueries.credentials(appId).queryKey });
    },
  });
}
