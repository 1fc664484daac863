import { ActionIcon, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Hint } from '../hint';
import { copyStatusText, useCopy, type CopySource, type CopyState } from './use-copy';
import classes from './credentials.module.css';

interface CopyValueButtonProps {
  /** The accessible name, e.g. `Copy key`. */
  label: string;
  /** The value, or a function that fetches it when the button is pressed. */
  value: CopySource;
  disabled?: boolean;
  /**
   * Called once the value is on the clipboard, to report the copy for the audit trail; `null`
   * only for what is no credential. Required, so that no copy of a credential goes unreported.
   */
  onCopied: (() => void) | null;
}

/**
 * An icon button that copies a value and always says how it went: busy while a masked value is
 * fetched, then `Copied`, or `Copy failed` with the reason. The button and its status are two
 * siblings, not one box, so that the parent gives the status a place of its own (a grid area,
 * a reserved line) where its words move neither the button nor anything beside it.
 */
export function CopyValueButton({ label, value, disabled, onCopied }: CopyValueButtonProps) {
  const { state, copy } = useCopy(value, onCopied);
  return (
    <>
      <CopyIconButton label={label} state={state} onCopy={copy} disabled={disabled} />
      <CopyStatus state={state} />
    </>
  );
}

/** The copy button alone: the check replaces the copy icon in place, at the same size. */
export function CopyIconButton(props: {
  label: string;
  state: CopyState;
  onCopy: () => void;
  disabled?: boolean;
}) {
  const { label, state, onCopy, disabled } = props;
  const copied = state.status === 'copied';
  return (
    <Hint label={label}>
      <ActionIcon
        variant="subtle"
        color={copied ? 'teal' : 'gray'}
        aria-label={label}
        aria-busy={state.status === 'busy'}
        onClick={onCopy}
        disabled={disabled}
        loading={state.status === 'busy'}
      >
        {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      </ActionIcon>
    </Hint>
  );
}

/**
 * The words of a copy (`Copying…`, `Copied`, `Copy failed: …`), announced from a status region
 * that is always there. One line, cut with an ellipsis where its place is short (the whole text
 * is its title, and what a screen reader announces), unless `wrap`: a place with room below it.
 */
export function CopyStatus({ state, wrap = false }: { state: CopyState; wrap?: boolean }) {
  const text = copyStatusText(state);
  return (
    <Text
      component="span"
      size="xs"
      c={state.status === 'failed' ? 'red' : state.status === 'copied' ? 'teal' : 'dimmed'}
      role="status"
      className={classes.copyStatus}
      data-wrap={wrap || undefined}
      title={state.status === 'failed' ? text : undefined}
    >
      {text}
    </Text>
  );
}
