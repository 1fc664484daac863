/**
 * Data factories for unit tests: an App made for the test at hand, instead of a seed App picked
 * by name (whose products, dates and lifecycle change whenever the seed is retold).
 *
 * - `buildApp(overrides)`: an App exactly as the API answers it (the contract's `App`), for a
 *   test that renders a component with data and no backend.
 * - `buildCredentials(overrides)`: an App's credentials as `credentials/reveal` answers them: an
 *   `eght_` key of the real 53-character shape and an opaque secret.
 * - `insertApp(overrides)`: puts an App into the mock store that the Node MSW server answers
 *   from (src/mocks/node.ts), and returns it with its credentials. The test setup resets that
 *   store before each test, so nothing needs cleaning up.
 *
 * @example
 * ```tsx
 * import { screen } from '@testing-library/react';
 * import { insertApp } from '../../../testing/factories';
 * import { renderApp } from '../../../testing/render';
 *
 * it('reveals the key of an App', async () => {
 *   const app = insertApp({ name: 'Billing-Export', productIds: ['audit-records'] });
 *   const { user } = renderApp('/api-keys');
 *   await user.click(
 *     await screen.findByRole('button', { name: `Show credentials for ${app.name}` }),
 *   );
 *   expect(await screen.findByText(app.credentials.key)).toBeInTheDocument();
 * });
 *
 * // Expiring within the 30 days of the `expiring-soon` filter, with a previous secret that
 * // still works for a day. Only what the test is about is named; the rest is a plain App.
 * const DAY = 24 * 60 * 60 * 1000;
 * const expiring = insertApp({
 *   expiresAt: new Date(Date.now() + 5 * DAY).toISOString(),
 *   previousSecret: {
 *     stopsAt: new Date(Date.now() + DAY).toISOString(),
 *     gracePeriod: '24h',
 *     lastUsedAt: null,
 *   },
 * });
 * expiring.credentials.previousSecret; // the previous secret's value, as reveal sends it
 * ```
 * factories.test.ts runs the first example as it stands.
 */
import type { components } from '../api/schema';
import { generateId, generateKey, generateSecret } from '../mocks/model/credentials';
import type { MockApp } from '../mocks/model/stored-app';
import { mockDb } from '../mocks/node';

type App = components['schemas']['App'];
type AppCredentials = components['schemas']['AppCredentials'];

/** An App in the mock store, as the API shows it, with the credentials that reveal would send. */
export type InsertedApp = App & { readonly credentials: AppCredentials };

export type InsertAppOverrides = Partial<App> & { credentials?: Partial<AppCredentials> };

/** A product every seeded persona may assign, so an App built with it is never refused (403). */
const DEFAULT_PRODUCT_ID = 'audit-records';

// Names are unique within a test run, as the server requires (409 for a duplicate); letters,
// digits and hyphens only, as the contract's AppName allows.
let sequence = 0;
const nextName = () => `Test-App-${++sequence}`;

/** A contract-valid App, as GET /apps/{appId} answers it from a backend with every capability. */
export function buildApp(overrides: Partial<App> = {}): App {
  const createdAt = overrides.createdAt ?? new Date().toISOString();
  return {
    id: generateId(),
    name: nextName(),
    productIds: [DEFAULT_PRODUCT_ID],
    createdAt,
    updatedAt: createdAt,
    propagation: { status: 'active' },
    expiresAt: null,
    lastUsedAt: null,
    secretCreatedAt: createdAt,
    secretLastUsedAt: null,
    previousSecret: null,
    ...overrides,
  };
}

/** Credentials as POST /apps/{appId}/credentials/reveal answers them. */
export function buildCredentials(overrides: Partial<AppCredentials> = {}): AppCredentials {
  return { key: generateKey(), secret: generateSecret(), ...overrides };
}

/** How long a change of products stays "applying" when the override names no `expectedBy`. */
const DEFAULT_APPLYING_MS = 10_000;

function applyingUntil({ propagation }: App): number | null {
  if (propagation.status !== 'applying') return null;
  return propagation.expectedBy
    ? Date.parse(propagation.expectedBy)
    : Date.now() + DEFAULT_APPLYING_MS;
}

/**
 * Puts an App into the mock store of the Node MSW server and returns it with its credentials.
 * Fields of the contract's App are stored as given; a previous secret gets a value (the API
 * never shows it) unless `credentials.previousSecret` names one.
 */
export function insertApp(overrides: InsertAppOverrides = {}): InsertedApp {
  const { credentials: credentialOverrides, ...appOverrides } = overrides;
  const app = buildApp(appOverrides);
  const credentials = buildCredentials(credentialOverrides);
  const previousSecretValue = app.previousSecret
    ? (credentials.previousSecret ?? generateSecret())
    : undefined;
  const stored: MockApp = {
    id: app.id,
    name: app.name,
    productIds: [...app.productIds],
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    key: credentials.key,
    secret: credentials.secret,
    applyingUntil: applyingUntil(app),
    version: 1,
    expiresAt: app.expiresAt ?? null,
    lastUsedAt: app.lastUsedAt ?? null,
    secretCreatedAt: app.secretCreatedAt ?? app.createdAt,
    secretLastUsedAt: app.secretLastUsedAt ?? null,
    previousSecret:
      app.previousSecret && previousSecretValue
        ? { ...app.previousSecret, value: previousSecretValue }
        : null,
    usage: {},
  };
  mockDb.insertApp(stored);
  return {
    ...app,
    credentials: previousSecretValue
      ? { ...credentials, previousSecret: previousSecretValue }
      : { key: credentials.key, secret: credentials.secret },
  };
}
