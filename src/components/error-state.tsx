import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { describeError } from '../lib/api-error';

interface ErrorStateProps {
  title: string;
  error: unknown;
  /** A sentence after the reason, e.g. what was kept: "Nothing was deleted." */
  followUp?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed load or action: what failed, why in plain words, and what to do next. */
export function ErrorState({ title, error, followUp, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
      role="alert"
    >
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">
          {describeError(error)}
          {followUp && ` ${followUp}`}
        </Text>
        {onRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
            loading={retrying}
          >
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}
