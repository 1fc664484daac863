import { Alert, List, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { Session } from '../api/session-queries';

/** Shown instead of API Keys to a user without the Application Credentials permission. */
export function MissingPermission({ session }: { session: Session }) {
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconLock aria-hidden />}
      title={
        <Title order={2} size="h4">
          You don't have access to API Keys
        </Title>
      }
      maw={640}
    >
      <Text>
        Managing API keys needs the <strong>Application Credentials</strong> permission. You are
        signed in as {session.user.name} with the <strong>{session.role}</strong> role, which does
        not include it.
      </Text>
      <List mt="sm" size="sm">
        <List.Item>The default Company Admin role includes Application Credentials.</List.Item>
        <List.Item>
          Ask a Company Admin to give you that role, or a custom role with the permission.
        </List.Item>
      </List>
    </Alert>
  );
}
