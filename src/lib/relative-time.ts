// Times of the credential lifecycle (an expiry, a grace period's end, a last use). Apart from
// format.ts, which the list's first load carries, so that only the views using these load them.

// The exact moment with its time zone, for times that matter (an expiry, a grace period's end).
const dateTimeWithZoneFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

export function formatDateTimeWithZone(isoDate: string): string {
  return dateTimeWithZoneFormat.format(new Date(isoDate));
}

// Numeric always: "in 1 year", "1 day ago" say more than "next year", "yesterday".
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });
const relativeUnits: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 60 * 60_000],
  ['month', 30 * 24 * 60 * 60_000],
  ['day', 24 * 60 * 60_000],
  ['hour', 60 * 60_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 5 days": the largest unit it reaches, rounded, as people say it. */
export function formatRelative(isoDate: string, now = Date.now()): string {
  const difference = Date.parse(isoDate) - now;
  for (const [unit, size] of relativeUnits) {
    // 1% slack: a grace period of 1 hour, looked at a moment later, still ends "in 1 hour".
    if (Math.abs(difference) >= size * 0.99) {
      return relativeFormat.format(Math.round(difference / size), unit);
    }
  }
  return difference >= 0 ? 'in less than a minute' : 'less than a minute ago';
}
