import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useIdlePreload } from '../../../lib/use-idle-preload';
import { sessionExpiry } from '../../../lib/session-expiry';

const loadDialog = () => import('./session-expired-dialog');
const SessionExpiredDialog = lazy(async () => ({
  default: (await loadDialog()).SessionExpiredDialog,
}));

const isExpired = () => sessionExpiry.current() !== null;

/**
 * Shows the "Session expired" dialog while the session is expired. The dialog (a Mantine Modal
 * and all it brings) is not part of the first load; it is loaded once the page is idle, so it is
 * ready before it is needed, even if by then a sign-in proxy answers every request.
 */
export function SessionExpiredGate() {
  const expired = useSyncExternalStore(sessionExpiry.subscribe, isExpired);
  useIdlePreload(loadDialog);
  if (!expired) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiredDialog />
    </Suspense>
  );
}
