import { Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { AppsPage } from '../../features/apps/components/apps-page';
import { canManageApiKeys, useSession } from '../../features/session/api/session-queries';
import { MissingPermission } from '../../features/session/components/missing-permission';

/** `/api-keys` and its drawers, behind the Application Credentials permission. */
export function ApiKeysRoute() {
  const { data: session } = useSession();
  if (!session) return null; // the layout shows the session's loading and error states
  if (!canManageApiKeys(session)) {
    return (
      <>
        <Title order={1} mb="md">
          API Keys
        </Title>
        <MissingPermission session={session} />
      </>
    );
  }
  return (
    <>
      <AppsPage />
      <Outlet />
    </>
  );
}
