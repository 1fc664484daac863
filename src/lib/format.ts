// Dates follow the user's locale (8x8 shows MM/DD/YYYY, which is what en-US gives).
const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(isoDate));
}

export function formatTime(isoDate: string): string {
  return timeFormat.format(new Date(isoDate));
}
