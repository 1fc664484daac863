import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';

interface CopyValueButtonProps {
  /** The accessible name, e.g. `Copy key`. */
  label: string;
  /** The value, or a function that fetches it when the button is pressed. */
  value: string | (() => Promise<string>);
  disabled?: boolean;
  /** Called once the value is on the clipboard (e.g. to report the copy for the audit trail). */
  onCopied?: () => void;
}

/** An icon button that copies a value and says so ("Copied"), or says why it could not. */
export function CopyValueButton({ label, value, disabled, onCopied }: CopyValueButtonProps) {
  const clipboard = useClipboard({ timeout: 2000 });
  const onCopiedRef = useRef(onCopied);
  useEffect(() => {
    onCopiedRef.current = onCopied;
  });
  useEffect(() => {
    if (clipboard.copied) onCopiedRef.current?.();
  }, [clipboard.copied]);

  const copy = async () => {
    try {
      clipboard.copy(typeof value === 'string' ? value : await value());
    } catch {
      clipboard.reset();
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={label} withinPortal>
        <ActionIcon
          variant="subtle"
          color={clipboard.copied ? 'teal' : 'gray'}
          aria-label={label}
          onClick={() => void copy()}
          disabled={disabled}
        >
          {clipboard.copied ? (
            <IconCheck size={16} aria-hidden />
          ) : (
            <IconCopy size={16} aria-hidden />
          )}
        </ActionIcon>
      </Tooltip>
      <Text component="span" size="xs" c={clipboard.error ? 'red' : 'teal'} role="status">
        {clipboard.copied ? 'Copied' : clipboard.error ? 'Copy failed' : ''}
      </Text>
    </Group>
  );
}
