import { formatDateTimeWithZone, formatRelative } from '../../../lib/relative-time';
import classes from './moment.module.css';

/**
 * "3 hours ago", with the exact date, time and time zone on hover and on keyboard focus
 * (shown below it), and always for screen readers.
 *
 * `focusable={false}` where a focusable time would add a Tab stop per row (the App list): there
 * the row, marked `data-shows-exact-time`, shows the exact time while keyboard focus is in it
 * (on its name link or its buttons), so keyboard users still see it without the extra stop.
 */
export function Moment({
  at,
  now,
  focusable = true,
}: {
  at: string;
  now?: number;
  focusable?: boolean;
}) {
  const exact = formatDateTimeWithZone(at);
  return (
    // Focusable (where no row does it instead) so that keyboard users can see the exact time too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <time dateTime={at} tabIndex={focusable ? 0 : undefined} className={classes.moment}>
      {formatRelative(at, now)}
      <span className={classes.exact}> ({exact})</span>
    </time>
  );
}
