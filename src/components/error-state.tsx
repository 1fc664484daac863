import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { describeError, isApiError } from '../lib/api-error';
import { BackendText } from './backend-text';
import classes from './error-state.module.css';

interface ErrorStateProps {
  title: string;
  error: unknown;
  /** A sentence after the reason, e.g. what was kept: "Nothing was deleted." */
  followUp?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** True until `retryAt` (from Retry-After) has passed; re-renders when it does. */
function useWaitingUntil(retryAt: number | undefined): boolean {
  const [now, setNow] = useState(() => Date.now());
  const waiting = retryAt !== undefined && retryAt > now;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setTimeout(() => setNow(Date.now()), retryAt - Date.now());
    return () => window.clearTimeout(timer);
  }, [waiting, retryAt]);
  return waiting;
}

/**
 * describeError's sentence, with the server's own `detail` in it isolated: a right-to-left
 * override there cannot reverse the console's words around it.
 */
function Described({ error }: { error: unknown }) {
  const message = describeError(error);
  const detail = isApiError(error) ? error.problem?.detail : undefined;
  const at = detail ? message.indexOf(detail) : -1;
  if (!detail || at < 0) return message;
  return (
    <>
      {message.slice(0, at)}
      <BackendText text={detail} />
      {message.slice(at + detail.length)}
    </>
  );
}

/**
 * A failed load or action: what failed, why in plain words, and what to do next. Retry waits
 * for the server's Retry-After, and is not offered for an expired session, which only signing
 * in again (the "Session expired" dialog) can fix.
 */
export function ErrorState({ title, error, followUp, onRetry, retrying = false }: ErrorStateProps) {
  const apiError = isApiError(error) ? error : undefined;
  const waiting = useWaitingUntil(apiError?.retryAt);
  const canRetry = onRetry !== undefined && !apiError?.sessionExpired;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
      role="alert"
    >
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm" className={classes.message}>
          <Described error={error} />
          {followUp && ` ${followUp}`}
        </Text>
        {canRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
            loading={retrying}
            disabled={waiting}
          >
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}
