import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { components } from '../../../api/schema';
import { apiClient, unwrap } from '../../../lib/api-client';
import { appQueries, type App } from './app-queries';

export type AppCreate = components['schemas']['AppCreate'];

/** Two submissions are the same attempt when they ask for the same App. */
function attemptSignature({ name, productIds, expiresAt }: AppCreate): string {
  // expiresAt is fixed when the expiry is chosen, not at each submission, so a retry matches.
  return JSON.stringify([name, [...productIds].sort(), expiresAt ?? null]);
}

/**
 * A random UUID for an Idempotency-Key. `crypto.randomUUID` exists only in secure contexts
 * (HTTPS, localhost); a console served over plain HTTP builds one from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Creates an App. Each set of form values gets one Idempotency-Key, reused when the same values
 * are sent again (a double click, a retry after a lost response), so the server returns the App
 * of the first request instead of creating a second one. Changed values are a new attempt.
 */
export function useCreateApp() {
  const queryClient = useQueryClient();
  const attempt = useRef<{ signature: string; idempotencyKey: string } | null>(null);
  const inFlight = useRef<{ signature: string; request: Promise<App> } | null>(null);

  return useMutation({
    mutationFn: (values: AppCreate) => {
      const signature = attemptSignature(values);
      if (attempt.current?.signature !== signature) {
        attempt.current = { signature, idempotencyKey: newIdempotencyKey() };
      }
      // The same values sent again while the first request is out join it instead.
      if (inFlight.current?.signature === signature) return inFlight.current.request;
      const request = unwrap(
        apiClient.POST('/apps', {
          params: { header: { 'Idempotency-Key': attempt.current.idempotencyKey } },
          body: values,
        }),
      ).finally(() => {
        if (inFlight.current?.request === request) inFlight.current = null;
      });
      inFlight.current = { signature, request };
      return request;
    },
    onSuccess: async (app) => {
      queryClient.setQueryData(appQueries.detail(app.id).queryKey, app);
      // Wait for the list, so the new App is in it by the time its details open.
      await queryClient.invalidateQueries({ queryKey: appQueries.lists() });
    },
  });
}
