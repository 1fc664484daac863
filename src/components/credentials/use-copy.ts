import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../lib/api-error';

/**
 * A value still being fetched after this long is not copied: the admin has moved on, and may
 * have copied something else meanwhile that a late write would silently replace.
 */
export const COPY_FETCH_TIMEOUT_MS = 10_000;
const COPIED_VISIBLE_MS = 2000;

class CopyTimeoutError extends Error {}

/** Thrown by a copy source that will not produce its text; the message says why, to the admin. */
export class CopyRefusedError extends Error {}

export type CopyState =
  { status: 'idle' | 'busy' | 'copied' } | { status: 'failed'; reason: string };

/** What to copy: the text itself, or a function that fetches it when the button is pressed. */
export type CopySource = string | (() => Promise<string>);

/**
 * Writes to the clipboard within the click's user gesture. A `ClipboardItem` built from a
 * promise lets the browser hold the gesture while the value is fetched (Safari needs this; a
 * `writeText` after an await would be refused there); elsewhere it falls back to `writeText`.
 * Must be called synchronously from the click handler: no `await` before it.
 */
export function writeToClipboard(text: Promise<string>): Promise<void> {
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
  if (fetchError instanceof CopyRefusedError) {
    return `${fetchError.message} Your clipboard was not changed.`;
  }
  if (fetchError !== undefined) {
    return `${describeError(fetchError)} Your clipboard was not changed.`;
  }
  return `the browser did not allow access to the clipboard (${writeError instanceof Error ? writeError.name : 'refused'}).`;
}

/**
 * The console's one way to copy: the clipboard write starts within the click (see
 * writeToClipboard), `onCopied` runs only once the value is on the clipboard (it reports the copy
 * for the audit trail), and the state says how it went: busy while a value is fetched, then
 * `copied` for a moment, or `failed` with the reason.
 */
export function useCopy(source: CopySource, onCopied: (() => void) | null) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const resetTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  // Not async: the clipboard write must start synchronously within the click.
  const copy = () => {
    window.clearTimeout(resetTimer.current);
    let fetchError: unknown;
    const text = withTimeout(
      typeof source === 'string' ? Promise.resolve(source) : source(),
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

  return { state, copy };
}

/** The words beside a copy control, announced by screen readers (it sits in a status region). */
export function copyStatusText(state: CopyState): string {
  if (state.status === 'busy') return 'Copying…';
  if (state.status === 'copied') return 'Copied';
  if (state.status === 'failed') return `Copy failed: ${state.reason}`;
  return '';
}
