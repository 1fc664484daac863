import { ActionIcon, Group, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Hint } from '../hint';
import { copyStatusText, useCopy, type CopySource } from './use-copy';

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
 * fetched, then `Copied`, or `Copy failed` with the reason.
 */
export function CopyValueButton({ label, value, disabled, onCopied }: CopyValueButtonProps) {
  const { state, copy } = useCopy(value, onCopied);
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
        {copyStatusText(state)}
      </Text>
    </Group>
  );
}
