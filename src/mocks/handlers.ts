import { fullBackend, type MockBackendOptions } from './capabilities';
import type { MockDb } from './db';
import { appHandlers } from './handlers/apps';
import { methodNotAllowedHandlers } from './handlers/method-not-allowed';
import { networkHandlers } from './handlers/network';
import { productHandlers } from './handlers/products';
import { sessionHandlers } from './handlers/session';

/** The whole mock backend: the same handlers serve the demo worker, Vitest, Playwright and HTTP. */
export function createHandlers(db: MockDb, options: MockBackendOptions = fullBackend) {
  return [
    ...networkHandlers(db),
    ...sessionHandlers(db, options),
    ...productHandlers(db),
    ...appHandlers(db),
    // Last: answers only methods that no handler above defines.
    ...methodNotAllowedHandlers(),
  ];
}
