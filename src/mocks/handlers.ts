import { fullBackend, type MockBackendOptions } from './capabilities';
import type { MockDb } from './db';
import { activityHandlers } from './handlers/activity';
import { appHandlers } from './handlers/apps';
import { credentialTestHandlers } from './handlers/credential-test';
import { methodNotAllowedHandlers } from './handlers/method-not-allowed';
import { lifecycleHandlers } from './handlers/lifecycle';
import { networkHandlers } from './handlers/network';
import { productHandlers } from './handlers/products';
import { sessionHandlers } from './handlers/session';
import { tokenEndpointHandlers } from './handlers/token-endpoint';

/** The whole mock backend: the same handlers serve the demo worker, Vitest, Playwright and HTTP. */
export function createHandlers(db: MockDb, options: MockBackendOptions = fullBackend) {
  return [
    ...networkHandlers(db),
    ...sessionHandlers(db, options),
    ...productHandlers(db),
    // Before the App handlers, whose `/apps/:appId` would otherwise take `/apps/:appId/...`.
    ...lifecycleHandlers(db, options),
    ...activityHandlers(db, options),
    ...credentialTestHandlers(db, options),
    ...appHandlers(db, options),
    ...tokenEndpointHandlers(db),
    // Last: answers only methods that no handler above defines.
    ...methodNotAllowedHandlers(),
  ];
}
