// The credential lifecycle (issue #8) from the server's point of view: which fields an App shows
// per capability, when it has expired, and what each attention filter means. The list queries
// (attention filters, the `lastUsedAt` sort) are answered from the indexes of store/app-index.ts.
import type { components } from '../../api/schema';
import type { MockBackendOptions } from './capabilities';
import type { MockApp } from './stored-app';

type App = components['schemas']['App'];
type FieldError = components['schemas']['FieldError'];
export type AttentionFilter = components['schemas']['AttentionFilter'];
export type GracePeriod = components['schemas']['GracePeriod'];

const DAY = 24 * 60 * 60 * 1000;
export const attentionFilters: readonly AttentionFilter[] = [
  'never-used',
  'idle',
  'expiring-soon',
  'old-secret',
];
export const gracePeriods: Record<GracePeriod, number> = {
  none: 0,
  '1h': 60 * 60 * 1000,
  '24h': DAY,
  '7d': 7 * DAY,
};
/** The windows of the attention filters (see AttentionFilter in the contract). */
export const IDLE_AFTER_MS = 90 * DAY;
export const EXPIRING_WITHIN_MS = 30 * DAY;
export const OLD_SECRET_AFTER_MS = 365 * DAY;
/** The furthest expiry the server accepts. */
const MAX_EXPIRY_MS = 5 * 366 * DAY;

export function isExpired(app: MockApp, now = Date.now()): boolean {
  return app.expiresAt != null && Date.parse(app.expiresAt) <= now;
}

/** The previous secret while its grace period lasts, else null. */
export function activePreviousSecret(app: MockApp, now = Date.now()) {
  const previous = app.previousSecret;
  return previous && Date.parse(previous.stopsAt) > now ? previous : null;
}

/** The lifecycle fields of the API's App, only for the capabilities the backend offers. */
export function lifecycleFields(
  app: MockApp,
  { capabilities }: MockBackendOptions,
  now = Date.now(),
): Partial<App> {
  const fields: Partial<App> = {};
  if (capabilities.includes('expiry')) fields.expiresAt = app.expiresAt ?? null;
  if (capabilities.includes('usage')) fields.lastUsedAt = app.lastUsedAt ?? null;
  if (capabilities.includes('rotation')) {
    const previous = activePreviousSecret(app, now);
    fields.secretCreatedAt = app.secretCreatedAt ?? app.createdAt;
    fields.secretLastUsedAt = app.secretLastUsedAt ?? null;
    fields.previousSecret = previous
      ? {
          stopsAt: previous.stopsAt,
          gracePeriod: previous.gracePeriod,
          lastUsedAt: previous.lastUsedAt,
        }
      : null;
  }
  return fields;
}

/**
 * Whether an App needs attention for `filter` (see AttentionFilter in the contract): the
 * definition. GET /apps answers the filters from the indexes of store/app-index.ts, whose tests check
 * them against this function.
 */
export function needsAttention(app: MockApp, filter: AttentionFilter, now = Date.now()): boolean {
  switch (filter) {
    case 'never-used':
      return !app.lastUsedAt;
    case 'idle':
      return !!app.lastUsedAt && Date.parse(app.lastUsedAt) <= now - IDLE_AFTER_MS;
    case 'expiring-soon': {
      if (!app.expiresAt) return false;
      const expires = Date.parse(app.expiresAt);
      return expires > now && expires <= now + EXPIRING_WITHIN_MS;
    }
    case 'old-secret':
      return Date.parse(app.secretCreatedAt ?? app.createdAt) <= now - OLD_SECRET_AFTER_MS;
  }
}

/** The attention filter of a GET /apps request, or a field error; none when not offered. */
export function parseAttention(
  value: string | null,
  { capabilities }: MockBackendOptions,
): { filter?: AttentionFilter; error?: FieldError } {
  // A backend without the capability ignores the parameter, as any server ignores unknown ones.
  if (value === null || !capabilities.includes('attention-filters')) return {};
  if (!attentionFilters.includes(value as AttentionFilter)) {
    return { error: { field: 'attention', message: 'Unknown attention filter.' } };
  }
  return { filter: value as AttentionFilter };
}

/**
 * `expiresAt` of a create or update: undefined when absent, null for never, or an ISO time in
 * the future and at most five years ahead; otherwise a field error.
 */
export function parseExpiresAt(
  body: Record<string, unknown>,
  { capabilities }: MockBackendOptions,
  now = Date.now(),
): { expiresAt?: string | null; error?: FieldError } {
  if (!('expiresAt' in body)) return {};
  const value = body.expiresAt;
  if (!capabilities.includes('expiry')) {
    return { error: { field: 'expiresAt', message: 'This server does not support expiry.' } };
  }
  if (value === null) return { expiresAt: null };
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    return { error: { field: 'expiresAt', message: 'Expiry must be a date and time, or null.' } };
  }
  if (time <= now)
    return { error: { field: 'expiresAt', message: 'Expiry must be in the future.' } };
  if (time > now + MAX_EXPIRY_MS) {
    return { error: { field: 'expiresAt', message: 'Expiry is at most 5 years ahead.' } };
  }
  return { expiresAt: new Date(time).toISOString() };
}
