import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  canManageApiKeys,
  useSession,
  type Session,
} from '../../../features/session/api/session-queries';
import { MissingPermission } from '../../../features/session/components/missing-permission';

/**
 * The API Keys pages, behind the Application Credentials permission: without it, the page's
 * heading and what is missing. Renders nothing until the session is known (the shell layout
 * shows the session's loading and error states).
 */
export function PermissionGate({
  heading,
  children,
}: {
  heading: string;
  children: (session: Session) => ReactNode;
}) {
  const { data: session } = useSession();
  if (!session) return null;
  if (!canManageApiKeys(session)) {
    return (
      <>
        <Title order={1} mb="md">
          {heading}
        </Title>
        <MissingPermission session={session} />
      </>
    );
  }
  return children(session);
}
