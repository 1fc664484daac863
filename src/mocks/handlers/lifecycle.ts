import { http, HttpResponse } from 'msw';
import type { MockBackendOptions } from '../model/capabilities';
import { generateSecret } from '../model/credentials';
import {
  activePreviousSecret,
  gracePeriods,
  lifecycleFields,
  type GracePeriod,
} from '../model/lifecycle';
import type { MockDb } from '../store/db';
import { etagOf, toApiApp } from './apps';
import { requireApplicationCredentials } from './permissions';
import { notOffered, problem, validationProblem } from './problem';
import { actor } from './session';

const notFound = () => problem(404, 'This App does not exist. It may have been deleted.');

async function readBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Secret rotation with a grace period, per-product usage and the attention counts (issue #8),
 * each answered only when the backend offers its capability.
 */
export function lifecycleHandlers(db: MockDb, options: MockBackendOptions) {
  const offers = (capability: MockBackendOptions['capabilities'][number]) =>
    options.capabilities.includes(capability);
  const present = (app: Parameters<typeof toApiApp>[0], now = Date.now()) => ({
    ...toApiApp(app, now),
    ...lifecycleFields(app, options, now),
  });

  return [
    http.post('*/api/v1/apps/:appId/secret/regenerate', async ({ params, request }) => {
      if (!offers('rotation')) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const idempotencyKey = request.headers.get('Idempotency-Key');
      if (!idempotencyKey || idempotencyKey.length < 8 || idempotencyKey.length > 128) {
        return problem(400, 'The Idempotency-Key header is required (8 to 128 characters).');
      }
      const body = await readBody(request);
      // After the await, like creation: of two requests with one key, the second replays.
      const replayed = db.appRegeneratedBy(idempotencyKey);
      if (replayed && replayed.id === String(params.appId)) {
        return HttpResponse.json(present(replayed), { headers: { ETag: etagOf(replayed) } });
      }
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      if (!body) return problem(400, 'The request body must be a JSON object.');
      const gracePeriod = body.gracePeriod as GracePeriod;
      if (!Object.keys(gracePeriods).includes(gracePeriod)) {
        return validationProblem([
          { field: 'gracePeriod', message: 'Grace period is none, 1h, 24h or 7d.' },
        ]);
      }
      const now = Date.now();
      const at = new Date(now).toISOString();
      const updated = db.updateApp(app.id, {
        secret: generateSecret(),
        version: (app.version ?? 1) + 1,
        secretCreatedAt: at,
        secretLastUsedAt: null,
        updatedAt: at,
        previousSecret:
          gracePeriod === 'none'
            ? null
            : {
                value: app.secret,
                stopsAt: new Date(now + gracePeriods[gracePeriod]).toISOString(),
                gracePeriod,
                lastUsedAt: app.secretLastUsedAt ?? null,
              },
      });
      if (!updated) return notFound();
      db.rememberRegeneration(idempotencyKey, app.id);
      db.recordEvent(app.id, { type: 'secret-regenerated', at, actor: actor(db), gracePeriod });
      return HttpResponse.json(present(updated, now), { headers: { ETag: etagOf(updated) } });
    }),

    http.delete('*/api/v1/apps/:appId/secret/previous', ({ params }) => {
      if (!offers('rotation')) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      if (!activePreviousSecret(app)) {
        return problem(404, 'This App has no previous secret that still works.');
      }
      const at = new Date().toISOString();
      const updated = db.updateApp(app.id, {
        previousSecret: null,
        updatedAt: at,
        version: (app.version ?? 1) + 1,
      });
      if (!updated) return notFound();
      db.recordEvent(app.id, { type: 'previous-secret-revoked', at, actor: actor(db) });
      return HttpResponse.json(present(updated), { headers: { ETag: etagOf(updated) } });
    }),

    http.get('*/api/v1/apps/:appId/usage', ({ params }) => {
      if (!offers('usage')) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      return HttpResponse.json({
        items: app.productIds.map((productId) => ({
          productId,
          lastCallAt: app.usage?.[productId]?.lastCallAt ?? null,
          callsLast7Days: app.usage?.[productId]?.callsLast7Days ?? 0,
        })),
      });
    }),

    http.get('*/api/v1/attention-counts', ({ request }) => {
      if (!offers('attention-filters')) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const rawSearch = new URL(request.url).searchParams.get('search') ?? '';
      if (rawSearch.length > 64) {
        return validationProblem([
          { field: 'search', message: 'Search is at most 64 characters.' },
        ]);
      }
      const search = rawSearch.trim().toLowerCase();
      const queryStart = performance.now();
      // From the list indexes: each count is the size of a range of a sorted timeline.
      const counts = db.attentionCounts(search, Date.now());
      const queryMs = (performance.now() - queryStart).toFixed(2);
      return HttpResponse.json(counts, { headers: { 'Server-Timing': `query;dur=${queryMs}` } });
    }),
  ];
}
