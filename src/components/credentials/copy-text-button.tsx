import { Button, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { copyStatusText, useCopy, type CopySource } from './use-copy';

interface CopyTextButtonProps {
  /** The accessible name, e.g. `Copy curl snippet for Audit Records`. */
  label: string;
  icon: ReactNode;
  text: CopySource;
  /** As CopyValueButton's: reports the copy once the text is on the clipboard. */
  onCopied: (() => void) | null;
  variant: 'default' | 'light';
  children: ReactNode;
}

/** A labelled button that copies text, with the same click-time write as CopyValueButton. */
export function CopyTextButton({
  label,
  icon,
  text,
  onCopied,
  variant,
  children,
}: CopyTextButtonProps) {
  const { state, copy } = useCopy(text, onCopied);
  const copied = state.status === 'copied';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="span" size="xs" c={state.status === 'failed' ? 'red' : 'teal'} role="status">
        {copyStatusText(state)}
      </Text>
      <Button
        size="xs"
        variant={variant}
        aria-label={label}
        aria-busy={state.status === 'busy'}
        leftSection={copied ? <IconCheck size={16} aria-hidden /> : icon}
        onClick={copy}
      >
        {children}
      </Button>
    </Group>
  );
}
