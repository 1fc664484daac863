import { http, HttpResponse } from 'msw';
import type { components } from '../../api/schema';
import type { MockBackendOptions } from '../model/capabilities';
import { isExpired } from '../model/lifecycle';
import { productCatalog } from '../model/products';
import type { MockApp } from '../model/stored-app';
import type { MockDb } from '../store/db';
import { requireApplicationCredentials } from './permissions';
import { problem } from './problem';
import { actor, currentSession } from './session';

type CredentialTestResult = components['schemas']['CredentialTestResult'];

/** How many credential tests one App may run per window, like a real backend's rate limit. */
export const CREDENTIAL_TESTS_PER_WINDOW = 3;
export const CREDENTIAL_TEST_WINDOW_MS = 60_000;

/** When each App's recent tests ran (epoch ms), per database; in memory, as a server's would be. */
const testTimes = new WeakMap<MockDb, Map<string, number[]>>();

function recentTests(db: MockDb, appId: string, now: number): number[] {
  let byApp = testTimes.get(db);
  if (!byApp) {
    byApp = new Map();
    testTimes.set(db, byApp);
  }
  const recent = (byApp.get(appId) ?? []).filter((time) => time > now - CREDENTIAL_TEST_WINDOW_MS);
  byApp.set(appId, recent);
  return recent;
}

const assignmentNames: Record<string, string> = { 'storage-api': 'Storage API' };

/**
 * What trying the App's credentials on each of its products gives, derived only from the mock's
 * own state (never at random): an expired App fails everywhere, a missing assignment denies, a
 * product added by a change that is still propagating is not applied yet, anything else works.
 */
export function credentialTestResults(
  db: MockDb,
  app: MockApp,
  now = Date.now(),
): CredentialTestResult[] {
  const { assignments } = currentSession(db);
  const applying = app.applyingUntil !== null && app.applyingUntil > now;
  return productCatalog
    .filter((product) => app.productIds.includes(product.id))
    .map((product): CredentialTestResult => {
      if (isExpired(app, now)) {
        return {
          productId: product.id,
          status: 'failed',
          reason: `The App expired on ${app.expiresAt?.slice(0, 10) ?? 'an earlier date'}: its credentials no longer work.`,
        };
      }
      const required = product.requiredAssignment;
      if (required !== null && !assignments.includes(required)) {
        return {
          productId: product.id,
          status: 'denied',
          reason: `${product.name} requires the ${assignmentNames[required] ?? required} assignment, which only a Super Admin can grant.`,
        };
      }
      // Without a record of the products before the change, every product may still be applying.
      const added = app.previousProductIds ? !app.previousProductIds.includes(product.id) : true;
      if (applying && added) {
        const minutes = Math.max(1, Math.ceil(((app.applyingUntil ?? now) - now) / 60_000));
        return {
          productId: product.id,
          status: 'not-applied',
          reason: `Added recently; the change is still being applied everywhere (about ${minutes} min).`,
        };
      }
      return { productId: product.id, status: 'works' };
    });
}

export function credentialTestHandlers(db: MockDb, { capabilities }: MockBackendOptions) {
  return [
    http.post('*/api/v1/apps/:appId/credentials/test', ({ params }) => {
      if (!capabilities.includes('credential-test')) {
        return problem(404, 'This backend does not test credentials.');
      }
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return problem(404, 'This App does not exist. It may have been deleted.');

      const now = Date.now();
      const recent = recentTests(db, app.id, now);
      if (recent.length >= CREDENTIAL_TESTS_PER_WINDOW) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((Math.min(...recent) + CREDENTIAL_TEST_WINDOW_MS - now) / 1000),
        );
        return HttpResponse.json(
          {
            type: 'https://api-keys-console.example/problems/rate-limited',
            title: 'Too many requests',
            status: 429,
            detail: `The credentials of ${app.name} were tested ${CREDENTIAL_TESTS_PER_WINDOW} times in the last minute. Try again in ${retryAfterSeconds} s.`,
          },
          {
            status: 429,
            headers: {
              'Content-Type': 'application/problem+json',
              'Retry-After': String(retryAfterSeconds),
            },
          },
        );
      }
      recent.push(now);
      db.recordEvent(app.id, {
        type: 'credentials-tested',
        at: new Date(now).toISOString(),
        actor: actor(db),
      });
      return HttpResponse.json({
        testedAt: new Date(now).toISOString(),
        results: credentialTestResults(db, app, now),
      });
    }),
  ];
}
