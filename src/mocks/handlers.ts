import { fullBackend, type MockBackendOptions } from './capabilities';
import type { MockDb } from './db';
import { appEventHandlers } from './handlers/app-events';
import { appHandlers } from './handlers/apps';
import { credentialTestHandlers } from './handlers/credential-test';
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
    ...credentialTestHandlers(db, options),
    ...appEventHandlers(db, options),
  ];
}
