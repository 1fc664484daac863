import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { ErrorState } from '../../../../components/error-state';
import { drawerLayout } from '../../../../components/route-drawer/route-drawer';

/** The details while the App loads (and while its first answer is drawn in the background). */
export function AppDetailsLoading() {
  return (
    <Stack gap="lg" className={drawerLayout.fields} aria-busy>
      <Text size="sm" role="status">
        Loading the App…
      </Text>
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} height={48} />
      ))}
    </Stack>
  );
}

export function AppNotFound({ onBack }: { onBack: () => void }) {
  return (
    <Stack gap="md" className={drawerLayout.fields} align="flex-start">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="This App does not exist"
        w="100%"
      >
        This App does not exist. It may have been deleted, or the link may be wrong.
      </Alert>
      <Button
        variant="default"
        leftSection={<IconArrowLeft size={16} aria-hidden />}
        onClick={onBack}
      >
        Back to API Keys
      </Button>
    </Stack>
  );
}

export function AppLoadFailed(props: { error: unknown; onRetry: () => void; retrying: boolean }) {
  return (
    <Stack gap="md" className={drawerLayout.fields}>
      <ErrorState title="Could not load the App" {...props} />
    </Stack>
  );
}
