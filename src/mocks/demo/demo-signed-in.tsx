import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * The demo's sign-in page, in the tab that "Sign in again" opened: the session is already back
 * (see startDemoBackend), and the console in the first tab carries on by itself.
 */
export function DemoSignedIn() {
  const [opened, setOpened] = useState(true);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Signed in again" centered>
      <Stack gap="md">
        <Text size="sm">
          This tab stands for your identity provider in the demo: you are signed in again. Close it
          to go back to the console, which carries on where you left it.
        </Text>
        <Button onClick={() => window.close()}>Close this tab</Button>
      </Stack>
    </Modal>
  );
}
