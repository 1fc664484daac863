import { ActionIcon, Group, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/api-error';
import { Hint } from './hint';

interface CopyValueButtonProps {
  /** The accessible name, e.g. `Copy key`. */
  label: string;
  /** The value, or a function that fetches it when the button is pressed. */
  value: string | (() => Promise<string>);
  disabled?: boolean;
  /** Called once the value is on the clipboard (e.g. to report the copy for the audit trail). */
  onCopied?: () => void;
}

/**
 * A value still being fetched after this long is not copied: the admin has moved on, and may
 * have copied something else meanwhile that a late write would silently replace.
 */
export const COPY_FETCH_TIMEOUT_MS = 10_000;
const COPIED_VISIBLE_MS = 2000;

class CopyTimeoutError extends Error {}

type CopyState = { status: 'idle' | 'busy' | 'copied' } | { status: 'failed'; reason: string };

/**
 * Writes to the clipboard within the click's user gesture. A `ClipboardItem` built from a
 * promise lets the browser hold the gesture while the value is fetched (Safari needs this; a
 * `writeText` after an await would be refused there); elsewhere it falls back to `writeText`.
 */
function writeToClipboard(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((value) => navigator.clipboard.writeText(value));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new CopyTimeoutError()), ms);
    promise.then(resolve, reject).finally(() => window.clearTimeout(timer));
  });
}

function failureReason(fetchError: unknown, writeError: unknown): string {
  if (fetchError instanceof CopyTimeoutError) {
    return `the value took longer than ${COPY_FETCH_TIMEOUT_MS / 1000} seconds to arrive. Your clipboard was not changed.`;
  }
  if (fetchError !== undefined) {
    return `${describeError(fetchError)} Your clipboard was not changed.`;
  }
  return `the browser did not allow access to the clipboard (${writeError instanceof Error ? writeError.name : 'refused'}).`;
}

/**
 * An icon button that copies a value and always says how it went: busy while a masked value is
 * fetched, then `Copied`, or `Copy failed` with the reason.
 */
export function CopyValueButton({ label, value, disabled, onCopied }: CopyValueButtonProps) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const resetTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  // Not async: the clipboard write must start synchronously within the click.
  const copy = () => {
    window.clearTimeout(resetTimer.current);
    let fetchError: unknown;
    const text = withTimeout(
      typeof value === 'string' ? Promise.resolve(value) : value(),
      COPY_FETCH_TIMEOUT_MS,
    ).catch((error: unknown) => {
      fetchError = error;
      throw error;
    });
    setState({ status: 'busy' });
    writeToClipboard(text).then(
      () => {
        setState({ status: 'copied' });
        onCopied?.();
        resetTimer.current = window.setTimeout(
          () => setState({ status: 'idle' }),
          COPIED_VISIBLE_MS,
        );
      },
      (writeError: unknown) =>
        setState({ status: 'failed', reason: failureReason(fetchError, writeError) }),
    );
  };

  const busy = state.status === 'busy';
  const copied = state.status === 'copied';

  return (
    <Group gap={4} wrap="nowrap">
      <Hint label={label}>
        <ActionIcon
          variant="subtle"
          color={copied ? 'teal' : 'gray'}
          aria-label={label}
          aria-busy={busy}
          onClick={copy}
          disabled={disabled}
          loading={busy}
        >
          {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
        </ActionIcon>
      </Hint>
      <Text
        component="span"
        size="xs"
        c={state.status === 'failed' ? 'red' : copied ? 'teal' : 'dimmed'}
        role="status"
      >
        {busy && 'Copying…'}
        {copied && 'Copied'}
        {state.status === 'failed' && `Copy failed: ${state.reason}`}
      </Text>
    </Group>
  );
}
