import { ActionIcon, Anchor, Skeleton, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { CopyValueButton } from '../../../components/copy-value-button';
import { describeError } from '../../../lib/api-error';
import type { App, AppCredentials } from '../api/app-queries';
import { useRevealedCredentials } from './app-credentials';
import classes from './apps-table.module.css';

export const MASK = '••••';

/** The eyeball of a row or card: `Show credentials for <name>` / `Hide credentials for <name>`. */
export function RevealToggle({
  app,
  revealed,
  onToggle,
}: {
  app: App;
  revealed: boolean;
  onToggle: () => void;
}) {
  const label = `${revealed ? 'Hide' : 'Show'} credentials for ${app.name}`;
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

type CredentialsView =
  | { state: 'loading' }
  | { state: 'error'; message: string; retry: () => void }
  | { state: 'shown'; credentials: AppCredentials };

/** The App's revealed credentials; mount only while revealed (they leave the cache on unmount). */
export function useRevealedView(appId: string): CredentialsView {
  const credentials = useRevealedCredentials(appId);
  if (credentials.isPending) return { state: 'loading' };
  if (credentials.isError) {
    return {
      state: 'error',
      message: `Could not reveal the credentials. ${describeError(credentials.error)}`,
      retry: () => void credentials.refetch(),
    };
  }
  return { state: 'shown', credentials: credentials.data };
}

/** One revealed value, wrapped where it must rather than cut, with its copy button. */
export function RevealedValue(props: {
  value: string;
  copyLabel: string;
  /** Called once the value is on the clipboard (to report the copy for the audit trail). */
  onCopied?: () => void;
}) {
  const { value, copyLabel, onCopied } = props;
  return (
    <div className={classes.revealed}>
      <Text component="span" className={classes.credential}>
        {value}
      </Text>
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
