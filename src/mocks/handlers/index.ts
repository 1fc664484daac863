import { fullBackend, type MockBackendOptions } from '../model/capabilities';
import type { MockDb } from '../store/db';
import { activityHandlers } from './activity';
import { appHandlers } from './apps';
import { credentialTestHandlers } from './credential-test';
import { methodNotAllowedHandlers } from './method-not-allowed';
import { lifecycleHandlers } from './lifecycle';
import { networkHandlers } from './network';
import { productHandlers } from './products';
import { sessionHandlers } from './session';
import { tokenEndpointHandlers } from './token-endpoint';

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
