import type { Session } from '../../features/session/api/session-queries';
import { canManageApiKeys } from '../../features/session/api/session-queries';

/**
 * A hint, kept across visits, that the last session seen in this browser lacked the Application
 * Credentials permission. It holds one boolean and nothing secret; it only decides whether a cold
 * load of /api-keys may request the App list before the session has answered (see routes.tsx).
 */
const HINT_KEY = 'api-keys-console:lacks-application-credentials';

export function lastSessionLackedPermission(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === 'true';
  } catch {
    return false; // storage blocked: prefetch, as for a user never seen before
  }
}

export function rememberSessionPermission(session: Session) {
  try {
    if (canManageApiKeys(session)) window.localStorage.removeItem(HINT_KEY);
    else window.localStorage.setItem(HINT_KEY, 'true');
  } catch {
    // Storage blocked or full: the hint is an optimisation, nothing depends on it.
  }
}
