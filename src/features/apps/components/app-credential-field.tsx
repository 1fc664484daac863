import { ActionIcon, Anchor, Code, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useCallback, useId, useState } from 'react';
import { CopyValueButton } from '../../../components/copy-value-button';
import { Hint } from '../../../components/hint';
import { describeError } from '../../../lib/api-error';
import type { AppCredentials } from '../api/app-queries';
import { useAutoHide, useFetchCredentials, useRevealedCredentials } from './app-credentials';
import classes from './app-drawer.module.css';

const MASK = '••••••••';

interface AppCredentialFieldProps {
  appId: string;
  field: keyof AppCredentials;
  /** The visible label, `Key` or `Secret`. */
  label: string;
}

/**
 * One credential of the details drawer: masked until its eyeball reveals it (and again after a
 * while), with a copy button that works masked or not.
 */
export function AppCredentialField({ appId, field, label }: AppCredentialFieldProps) {
  const [revealed, setRevealed] = useState(false);
  const hide = useCallback(() => setRevealed(false), []);
  useAutoHide(revealed, hide);
  const fetchCredentials = useFetchCredentials(appId);
  const labelId = useId();
  const action = `${revealed ? 'Hide' : 'Show'} ${field}`;

  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" className={classes.credentialRow}>
        <div className={classes.credentialValue}>
          {revealed ? (
            <RevealedValue appId={appId} field={field} />
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
            onClick={() => setRevealed((current) => !current)}
          >
            {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
          </ActionIcon>
        </Hint>
        {/* Fetched on press: from the cache while revealed, from the server while masked. */}
        <CopyValueButton
          label={`Copy ${field}`}
          value={async () => (await fetchCredentials())[field]}
        />
      </Group>
    </div>
  );
}

/** Mounted only while revealed, so the credentials leave the cache as soon as they are hidden. */
function RevealedValue({ appId, field }: { appId: string; field: keyof AppCredentials }) {
  const credentials = useRevealedCredentials(appId);
  if (credentials.isPending) {
    return (
      <>
        <Skeleton height={16} width="80%" aria-hidden />
        <VisuallyHidden role="status">Loading {field}…</VisuallyHidden>
      </>
    );
  }
  if (credentials.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        Could not show the {field}. {describeError(credentials.error)}{' '}
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
