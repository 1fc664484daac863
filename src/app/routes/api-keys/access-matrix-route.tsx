import { Alert, Anchor, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { AccessMatrixPage } from '../../../features/access-matrix/components/access-matrix-page';
import { hasCapability } from '../../../features/session/api/session-queries';
import { PermissionGate } from './permission-gate';

/** `/api-keys/access`, loaded on first use, behind the permission and the backend's offer. */
export function Component() {
  return (
    <PermissionGate heading="Access matrix">
      {(session) =>
        hasCapability(session, 'access-matrix') ? (
          <AccessMatrixPage session={session} />
        ) : (
          <>
            <Title order={1} mb="md">
              Access matrix
            </Title>
            <Alert variant="light" color="gray" icon={<IconLock aria-hidden />} maw={640}>
              This backend does not offer the access matrix. Change each App&apos;s APIs from{' '}
              <Anchor component={Link} to="/api-keys">
                API Keys
              </Anchor>
              .
            </Alert>
          </>
        )
      }
    </PermissionGate>
  );
}
