import { delay, http, HttpResponse } from 'msw';
import type { MockDb } from '../store/db';
import { problem } from './problem';

export const SLOW_NETWORK_DELAY_MS = 2500;
/** The demo's stand-in for an identity provider: the console itself, opened in a new tab. */
export const DEMO_SIGN_IN_URL = '/?demo-sign-in';

/**
 * Runs before every API handler and plays the presenter's chosen network: normal passes straight
 * through, slow waits and then passes through, failing answers with a network error; after
 * "Expire the session" everything is 401 until the presenter signs in again.
 */
export function networkHandlers(db: MockDb) {
  return [
    http.all('*/api/v1/*', async () => {
      const { network } = db.settings;
      if (network === 'slow') await delay(SLOW_NETWORK_DELAY_MS);
      if (network === 'failing') return HttpResponse.error();
      if (db.settings.sessionExpired) {
        return problem(401, 'Your session has expired. Sign in again.', {
          signInUrl: DEMO_SIGN_IN_URL,
        });
      }
      return undefined;
    }),
  ];
}
