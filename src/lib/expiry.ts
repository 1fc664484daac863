import { formatDateTimeWithZone, formatRelative } from './relative-time';

const DAY = 24 * 60 * 60_000;

export const expiryChoices = [
  { value: 'never', label: 'Never', days: null },
  { value: '30d', label: 'In 30 days', days: 30 },
  { value: '90d', label: 'In 90 days', days: 90 },
  { value: '1y', label: 'In 1 year', days: 365 },
] as const;
export type ExpiryChoice = (typeof expiryChoices)[number]['value'];

/** The expiry a choice means, from now; fixed when chosen, so a retried request repeats it. */
export function expiresAtFor(choice: ExpiryChoice, now = Date.now()): string | null {
  const days = expiryChoices.find((option) => option.value === choice)?.days ?? null;
  return days === null ? null : new Date(now + days * DAY).toISOString();
}

export function isExpired(expiresAt: string | null | undefined, now = Date.now()): boolean {
  return expiresAt != null && Date.parse(expiresAt) <= now;
}

/** "Expires on 12/03/2026, 10:17 AM UTC (in 5 days)", "Expired on …", "Never expires". */
export function describeExpiry(expiresAt: string | null | undefined, now = Date.now()): string {
  if (!expiresAt) return 'Never expires.';
  const when = `${formatDateTimeWithZone(expiresAt)} (${formatRelative(expiresAt, now)})`;
  return isExpired(expiresAt, now)
    ? `Expired on ${when}. Its Key and Secret no longer work.`
    : `Expires on ${when}.`;
}

/** Within the `Expiring soon` attention filter's 30 days (and not expired yet). */
export function isExpiringSoon(expiresAt: string | null | undefined, now = Date.now()): boolean {
  return expiresAt != null && !isExpired(expiresAt, now) && Date.parse(expiresAt) - now <= 30 * DAY;
}
