import { useMutation } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';

export type AppEventReport = components['schemas']['AppEventReport'];

/**
 * Tells the backend that the admin copied the App's Key or Secret, which it cannot see by itself,
 * so its audit trail has it. Never carries the value. A failed report does not undo the copy and
 * is not worth interrupting the admin for, so it fails silently.
 */
export function useReportAppEvent(appId: string) {
  return useMutation({
    mutationFn: (event: AppEventReport) =>
      unwrap(apiClient.POST('/apps/{appId}/events', { params: { path: { appId } }, body: event })),
  });
}
