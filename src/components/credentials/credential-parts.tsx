import { ActionIcon, Anchor, Skeleton, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { CopyValueButton } from './copy-value-button';
import classes from './credentials.module.css';

/** What a hidden Key or Secret shows, everywhere: the same length whatever the value. */
export const MASK = '••••••••';

/** The eyeball of a row or card: `Show credentials for <name>` / `Hide credentials for <name>`. */
export function RevealToggle({
  name,
  revealed,
  onToggle,
}: {
  name: string;
  revealed: boolean;
  onToggle: () => void;
}) {
  const label = `${revealed ? 'Hide' : 'Show'} credentials for ${name}`;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-pressed={revealed}
      aria-label={label}
      // A native hint, not a Tooltip: the name may be 10 kB long, and the hint is the name.
      title={revealed ? 'Hide credentials' : 'Show credentials'}
      onClick={onToggle}
    >
      {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
    </ActionIcon>
  );
}

/**
 * What a row or card says about the 60 s auto-hide: before it hides, and once it has. Always
 * rendered where it will speak (a status region must exist before its words change to be
 * announced), in a place its container reserves, so that its words move nothing.
 */
export function AutoHideNotice({
  secondsLeft,
  autoHidden,
}: {
  secondsLeft: number | null;
  autoHidden: boolean;
}) {
  return (
    <Text component="span" size="xs" c="dimmed" role="status" className={classes.notice}>
      {secondsLeft !== null ? `Hides in ${secondsLeft} s` : autoHidden ? 'Hidden after 1 min' : ''}
    </Text>
  );
}

/**
 * A revealed Key or Secret as text: monospace, in one piece (never broken inside the value or
 * at its hyphens; where the screen is too narrow for one line, as on a phone, it fills whole
 * lines), and selected whole by a double-click, for a copy by hand.
 */
export function CredentialValue({ value }: { value: string }) {
  return (
    <Text component="span" className={classes.credential}>
      {value}
    </Text>
  );
}

/**
 * One revealed value with its copy button (the list's rows and cards), in a grid whose areas
 * are fixed, so that the copy's status appears without moving the value or the button:
 * - `line` (the table's credentials rows, which have the room): value, button and status on one
 *   line, the status in what is left of it;
 * - `stacked` (the cards): value and button, with a line reserved for the status below.
 */
export function RevealedValue(props: {
  value: string;
  copyLabel: string;
  /** Reports the copy for the audit trail, once the value is on the clipboard. */
  onCopied: (() => void) | null;
  layout: 'line' | 'stacked';
}) {
  const { value, copyLabel, onCopied, layout } = props;
  return (
    <div className={classes.revealed} data-layout={layout}>
      <CredentialValue value={value} />
      <CopyValueButton label={copyLabel} value={value} onCopied={onCopied} />
    </div>
  );
}

export function LoadingValue({ label }: { label: string }) {
  return (
    <div className={classes.loading}>
      <Skeleton height={14} maw={160} role="status" aria-label={label} />
    </div>
  );
}

export function RevealError({ message, retry }: { message: string; retry: () => void }) {
  return (
    <Text size="sm" c="red" role="alert" className={classes.wrap}>
      {message}{' '}
      <Anchor component="button" type="button" size="sm" onClick={retry}>
        Retry
      </Anchor>
    </Text>
  );
}
