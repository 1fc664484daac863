import { Card, Text, Title, UnstyledButton } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from 'react-router';
import { canManageApiKeys, useSession } from '../../features/session/api/session-queries';
import classes from './home-page.module.css';

export function HomePage() {
  const { data: session } = useSession();
  return (
    <>
      <Title order={1} mb="lg">
        Home
      </Title>
      <Title order={2} size="xs" tt="uppercase" c="dimmed" mb="sm" lts={1}>
        Setup
      </Title>
      {canManageApiKeys(session) ? (
        <div className={classes.tiles}>
          <UnstyledButton component={Link} to="/api-keys" className={classes.tile}>
            <Card withBorder padding="lg" h="100%">
              <IconKey size={28} aria-hidden className={classes.icon} />
              <Text fw={600} mt="sm">
                API Keys
              </Text>
              <Text size="sm" c="dimmed">
                Manage API access keys
              </Text>
            </Card>
          </UnstyledButton>
        </div>
      ) : (
        <Text c="dimmed">No setup options are available for your role.</Text>
      )}
    </>
  );
}
