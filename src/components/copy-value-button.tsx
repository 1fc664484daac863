import { ActionIcon, Group, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Hint } from './hint';

interface CopyValueButtonProps {
  /** The accessible name, e.g. `Copy key`. */
  label: string;
  /** The value, or a function that fetches it when the button is pressed. */
  value: string | (() => Promise<string>);
  disabled?: boolean;
}

/** An icon button that copies a value and says so ("Copied"), or says why it could not. */
export function CopyValueButton({ label, value, disabled }: CopyValueButtonProps) {
  const clipboard = useClipboard({ timeout: 2000 });

  const copy = async () => {
    try {
      clipboard.copy(typeof value === 'string' ? value : await value());
    } catch {
      clipboard.reset();
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Hint label={label}>
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
      </Hint>
      <Text component="span" size="xs" c={clipboard.error ? 'red' : 'teal'} role="status">
        {clipboard.copied ? 'Copied' : clipboard.error ? 'Copy failed' : ''}
      </Text>
    </Group>
  );
}
