import { ActionIcon, Anchor, Code, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useId } from 'react';
import { CopyIconButton, CopyStatus } from '../../../../components/credentials/copy-value-button';
import { MASK } from '../../../../components/credentials/credential-parts';
import { useCopy } from '../../../../components/credentials/use-copy';
import { useTimedReveal } from '../../../../components/credentials/use-timed-reveal';
import { Hint } from '../../../../components/hint';
import { describeError } from '../../../../lib/api-error';
import { useReportCopy } from '../../../lifecycle/api/use-report-copy';
import type { AppCredentials } from '../../api/app-queries';
import { useFetchCredentials, useRevealedCredentials } from '../../api/use-credentials';
import classes from './app-credential-field.module.css';

interface AppCredentialFieldProps {
  appId: string;
  field: keyof AppCredentials;
  /** The visible label, `Key`, `Secret` or `Previous secret`. */
  label: string;
  /** How the controls name it: `Show <name>`, `Copy <name>`; the field's name by default. */
  spokenName?: string;
  /**
   * Shown at once until hidden by hand or by the timer: a freshly created App, a newly
   * regenerated secret shown in place.
   */
  initiallyRevealed?: boolean;
  /**
   * False while the App is being deleted (and after): the value is masked and its controls
   * disabled, so nothing asks the server for credentials that are about to stop existing.
   */
  available?: boolean;
}

const reportedAs = { key: 'key', secret: 'secret', previousSecret: 'previous-secret' } as const;

/**
 * One credential of the details drawer: masked until its eyeball reveals it (and again after a
 * while), with a copy button that works masked or not. The eyeball and the copy button never
 * move: the value is one piece beside them, and what is said about a copy or the auto-hide is
 * in a line reserved under them, not beside them.
 */
export function AppCredentialField({
  appId,
  field,
  label,
  spokenName = field,
  initiallyRevealed = false,
  available = true,
}: AppCredentialFieldProps) {
  const timed = useTimedReveal(initiallyRevealed);
  const { toggle, secondsLeft, autoHidden } = timed;
  const revealed = timed.revealed && available;
  const fetchCredentials = useFetchCredentials(appId);
  const reportCopy = useReportCopy(appId);
  // Fetched on press: from the cache while revealed, from the server while masked.
  const copy = useCopy(
    async () => {
      const value = (await fetchCredentials())[field];
      if (value === undefined) throw new Error(`No ${spokenName} any more.`);
      return value;
    },
    () => reportCopy(reportedAs[field]),
  );
  const labelId = useId();
  const action = `${revealed ? 'Hide' : 'Show'} ${spokenName}`;

  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500} mb={4}>
        {label}
      </Text>
      {/* Top-aligned: a value on two lines (a phone) leaves the buttons where they were. */}
      <Group gap="xs" wrap="nowrap" align="flex-start" className={classes.credentialRow}>
        <div className={classes.credentialValue}>
          {revealed ? (
            <RevealedValue appId={appId} field={field} spokenName={spokenName} />
          ) : (
            <>
              <span aria-hidden>{MASK}</span>
              <VisuallyHidden>{label} hidden</VisuallyHidden>
            </>
          )}
        </div>
        <Hint label={action}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={action}
            aria-pressed={revealed}
            onClick={toggle}
            disabled={!available}
          >
            {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
          </ActionIcon>
        </Hint>
        <CopyIconButton
          label={`Copy ${spokenName}`}
          state={copy.state}
          onCopy={copy.copy}
          disabled={!available}
        />
      </Group>
      <div className={classes.statusLine}>
        <Text component="span" size="xs" c="dimmed" role="status">
          {secondsLeft !== null
            ? `Hides again in ${secondsLeft} s`
            : autoHidden
              ? 'Hidden again after a minute on screen'
              : ''}
        </Text>
        <CopyStatus state={copy.state} wrap />
      </div>
    </div>
  );
}

/** Mounted only while revealed, so the credentials leave the cache as soon as they are hidden. */
function RevealedValue({
  appId,
  field,
  spokenName,
}: {
  appId: string;
  field: keyof AppCredentials;
  spokenName: string;
}) {
  const credentials = useRevealedCredentials(appId);
  if (credentials.isPending) {
    return (
      <>
        <Skeleton height={16} width="80%" aria-hidden />
        <VisuallyHidden role="status">Loading {spokenName}…</VisuallyHidden>
      </>
    );
  }
  if (credentials.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        Could not show the {spokenName}. {describeError(credentials.error)}{' '}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => void credentials.refetch()}
        >
          Retry
        </Anchor>
      </Text>
    );
  }
  return <Code className={classes.credential}>{credentials.data[field]}</Code>;
}
