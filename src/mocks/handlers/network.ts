import { delay, http, HttpResponse } from 'msw';
import type { MockDb } from '../db';

export const SLOW_NETWORK_DELAY_MS = 2500;

/**
 * Runs before every API handler and plays the presenter's chosen network: normal passes straight
 * through, slow waits and then passes through, failing answers with a network error.
 */
export function networkHandlers(db: MockDb) {
  return [
    http.all('*/api/v1/*', async () => {
      const { network } = db.settings;
      if (network === 'slow') await delay(SLOW_NETWORK_DELAY_MS);
      if (network === 'failing') return HttpResponse.error();
      return undefined;
    }),
  ];
}
