import { formatDateTimeWithZone, formatRelative } from '../../../lib/relative-time';
import classes from './moment.module.css';

/**
 * "3 hours ago", with the exact date, time and time zone on hover and on keyboard focus
 * (shown below it), and always for screen readers.
 */
export function Moment({ at, now }: { at: string; now?: number }) {
  const exact = formatDateTimeWithZone(at);
  return (
    // Focusable so that keyboard users can see the exact time too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <time dateTime={at} tabIndex={0} className={classes.moment}>
      {formatRelative(at, now)}
      <span className={classes.exact}> ({exact})</span>
    </time>
  );
}
