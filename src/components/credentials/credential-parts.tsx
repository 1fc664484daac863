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

/** What a row or card says about the 60 s auto-hide: before it hides, and once it has. */
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

/** A revealed Key or Secret as text: monospace, selectable, wrapped where it must, never cut. */
export function CredentialValue({ value }: { value: string }) {
  return (
    <Text component="span" className={classes.credential}>
      {value}
    </Text>
  );
}

/** One revealed value with its copy button (the list's rows and cards). */
export function RevealedValue(props: {
  value: string;
  copyLabel: string;
  /** Reports the copy for the audit trail, once the value is on the clipboard. */
  onCopied: (() => void) | null;
}) {
  const { value, copyLabel, onCopied } = props;
  return (
    <div className={classes.revealed}>
      <CredentialValue value={value} />
      <CopyValueButton label={copyLabel} value={value} onCopied={onCopied} />
    </div>
  );
}

export function LoadingValue({ label }: { label: string }) {
  return <Skeleton height={14} maw={160} role="status" aria-label={label} />;
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
