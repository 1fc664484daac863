/*
 * The `/apps` resource's handlers, one per operation of the contract, in one file as MSW's
 * examples keep one resource per file: the strict checks they share (body, If-Match,
 * Idempotency-Key) sit beside the operations that use them.
 */
import { http, HttpResponse } from 'msw';
import { APP_NAME_MAX_LENGTH, APP_NAME_PATTERN } from '../../api/app-name-rule';
import type { components } from '../../api/schema';
import { fullBackend, type MockBackendOptions } from '../model/capabilities';
import { generateId, generateKey, generateSecret } from '../model/credentials';
import {
  activePreviousSecret,
  lifecycleFields,
  parseAttention,
  parseExpiresAt,
} from '../model/lifecycle';
import { productCatalog } from '../model/products';
import type { MockApp } from '../model/stored-app';
import type { AppSortField, AppSortOrder } from '../store/app-index';
import type { MockDb } from '../store/db';
import { requireApplicationCredentials } from './permissions';
import { problem, validationProblem } from './problem';
import { actor, currentSession } from './session';
import { canonicalBody, readStrictBody } from './strict-body';

type App = components['schemas']['App'];
type FieldError = components['schemas']['FieldError'];

/** The API's view of a stored App: no credentials, propagation computed from the clock. */
export function toApiApp(app: MockApp, now = Date.now()): App {
  const applying = app.applyingUntil !== null && app.applyingUntil > now;
  return {
    id: app.id,
    name: app.name,
    productIds: app.productIds,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    propagation: applying
      ? { status: 'applying', expectedBy: new Date(app.applyingUntil ?? now).toISOString() }
      : { status: 'active' },
  };
}

/** The App's current version as a strong entity tag (see the contract's ETag header). */
export function etagOf(app: MockApp): string {
  return `"${app.id}.${app.version ?? 1}"`;
}

/** `If-Match` holds one of the tags, or `*`. */
function ifMatchHolds(ifMatch: string, app: MockApp): boolean {
  const etag = etagOf(app);
  return ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
}

function staleWrite(app: MockApp) {
  return problem(
    412,
    'This App was changed since the version your change is based on. Nothing was changed.',
    {
      type: 'https://api-keys-console.example/problems/stale-version',
      currentETag: etagOf(app),
      headers: { ETag: etagOf(app) },
    },
  );
}

function validateName(name: unknown): FieldError | undefined {
  if (name === undefined || name === '') {
    return { field: 'name', message: 'Name is required.' };
  }
  if (typeof name !== 'string') return { field: 'name', message: 'Name must be a string.' };
  if (/\s/.test(name)) return { field: 'name', message: 'Name must not contain spaces.' };
  if (name.length > APP_NAME_MAX_LENGTH) {
    return { field: 'name', message: `Name must be at most ${APP_NAME_MAX_LENGTH} characters.` };
  }
  if (!APP_NAME_PATTERN.test(name)) {
    return {
      field: 'name',
      message: 'Name may contain only letters, digits, hyphens, underscores and periods.',
    };
  }
  return undefined;
}

function validateProductIds(productIds: unknown): FieldError | undefined {
  if (productIds !== undefined && !Array.isArray(productIds)) {
    return { field: 'productIds', message: 'API products must be a list of product ids.' };
  }
  if (!Array.isArray(productIds) || productIds.length === 0) {
    return { field: 'productIds', message: 'Choose at least one API product.' };
  }
  const known = new Set(productCatalog.map((product) => product.id));
  if (productIds.some((id) => typeof id !== 'string' || !known.has(id))) {
    return { field: 'productIds', message: 'Unknown API product.' };
  }
  if (new Set(productIds).size !== productIds.length) {
    return { field: 'productIds', message: 'Each API product may be chosen only once.' };
  }
  return undefined;
}

/** 403 when products the user may not grant (Cloud Storage without Storage API) are added. */
function checkAssignments(db: MockDb, addedProductIds: string[]) {
  const { assignments } = currentSession(db);
  const forbidden = productCatalog.filter(
    (product) =>
      addedProductIds.includes(product.id) &&
      product.requiredAssignment !== null &&
      !assignments.includes(product.requiredAssignment),
  );
  if (forbidden.length === 0) return undefined;
  return problem(
    403,
    `${forbidden.map((product) => product.name).join(', ')} requires the Storage API assignment, which only a Super Admin can grant.`,
    {
      type: 'https://api-keys-console.example/problems/missing-assignment',
      errors: [{ field: 'productIds', message: 'Requires the Storage API assignment.' }],
    },
  );
}

const notFound = () => problem(404, 'This App does not exist. It may have been deleted.');
/** The contract's maxLength of the `search` query parameter of GET /apps. */
const SEARCH_MAX_LENGTH = 64;
const SORT_FIELDS = ['name', 'createdAt'] as const;
const SORT_ORDERS = ['asc', 'desc'] as const;

function parsePositiveInt(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

export function appHandlers(db: MockDb, options: MockBackendOptions = fullBackend) {
  /** The API's App with the lifecycle fields this backend offers (issue #8). */
  const present = (app: MockApp, now = Date.now()): App => ({
    ...toApiApp(app, now),
    ...lifecycleFields(app, options, now),
  });
  const offersUsage = options.capabilities.includes('usage');
  // A backend without expiry does not know the field, and refuses it like any unknown field.
  const expiryField = options.capabilities.includes('expiry') ? ['expiresAt'] : [];
  return [
    http.get('*/api/v1/apps', ({ request }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const params = new URL(request.url).searchParams;
      const rawSearch = params.get('search') ?? '';
      const search = rawSearch.trim().toLowerCase();
      const sort = params.get('sort') ?? 'createdAt';
      const order = params.get('order') ?? 'desc';
      const page = parsePositiveInt(params.get('page'), 1);
      const pageSize = parsePositiveInt(params.get('pageSize'), 10);
      const errors: FieldError[] = [];
      if (rawSearch.length > SEARCH_MAX_LENGTH) {
        errors.push({
          field: 'search',
          message: `Search is at most ${SEARCH_MAX_LENGTH} characters.`,
        });
      }
      if (!SORT_FIELDS.includes(sort as never) && !(offersUsage && sort === 'lastUsedAt'))
        errors.push({ field: 'sort', message: 'Unknown sort field.' });
      const attention = parseAttention(params.get('attention'), options);
      if (attention.error) errors.push(attention.error);
      if (!SORT_ORDERS.includes(order as never))
        errors.push({ field: 'order', message: 'Order is asc or desc.' });
      if (page === null) errors.push({ field: 'page', message: 'Page is a whole number from 1.' });
      if (pageSize === null || pageSize > 100) {
        errors.push({ field: 'pageSize', message: 'Page size is a whole number from 1 to 100.' });
      }
      if (errors.length > 0 || page === null || pageSize === null) return validationProblem(errors);

      const queryStart = performance.now();
      const now = Date.now();
      // Every combination is answered from the indexes (src/mocks/store/app-index.ts), even the
      // attention filters, which depend on the clock: a page is a slice among 100,000 Apps.
      const { items, total } = db.queryApps({
        search,
        sort: sort as AppSortField,
        order: order as AppSortOrder,
        page,
        pageSize,
        attention: attention.filter,
        now,
      });
      const body = { items: items.map((app) => present(app, now)), page, pageSize, total };
      // How long the query took in the backend, apart from HTTP (`npm run bench` reads it).
      const queryMs = (performance.now() - queryStart).toFixed(2);
      return HttpResponse.json(body, { headers: { 'Server-Timing': `query;dur=${queryMs}` } });
    }),

    http.post('*/api/v1/apps', async ({ request }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const idempotencyKey = request.headers.get('Idempotency-Key');
      if (!idempotencyKey || idempotencyKey.length < 8 || idempotencyKey.length > 128) {
        return problem(400, 'The Idempotency-Key header is required (8 to 128 characters).');
      }
      // Checked after the body is read (an await), so that of two requests with one key arriving
      // together, the second sees the App the first created and replays it.
      const read = await readStrictBody(request, ['name', 'productIds', ...expiryField]);
      if ('response' in read) return read.response;
      const { body } = read;
      const replayed = db.appCreatedBy(idempotencyKey);
      if (replayed) {
        // A replay must ask for the same App; another body under a used key is a client bug.
        if (db.bodyOfIdempotencyKey(idempotencyKey) !== canonicalBody(body)) {
          return problem(
            422,
            'This Idempotency-Key was already used with a different request body. Use a new key for a new App.',
            { type: 'https://api-keys-console.example/problems/idempotency-key-reused' },
          );
        }
        return HttpResponse.json(present(replayed), {
          status: 201,
          headers: { ETag: etagOf(replayed) },
        });
      }

      const expiry = parseExpiresAt(body, options);
      const errors = [
        validateName(body.name),
        validateProductIds(body.productIds),
        expiry.error,
      ].filter((error): error is FieldError => error !== undefined);
      if (errors.length > 0) return validationProblem(errors);
      const name = body.name as string;
      const productIds = body.productIds as string[];

      const forbidden = checkAssignments(db, productIds);
      if (forbidden) return forbidden;
      if (db.findAppByName(name)) {
        return problem(409, `An App named ${name} already exists.`, {
          type: 'https://api-keys-console.example/problems/duplicate-name',
          errors: [
            { field: 'name', message: `An App named ${name} already exists. Choose another name.` },
          ],
        });
      }
      const now = new Date().toISOString();
      const app: MockApp = {
        id: generateId(),
        name,
        productIds,
        createdAt: now,
        updatedAt: now,
        key: generateKey(),
        secret: generateSecret(),
        applyingUntil: null,
        version: 1,
        expiresAt: expiry.expiresAt ?? null,
        lastUsedAt: null,
        secretCreatedAt: now,
        secretLastUsedAt: null,
        previousSecret: null,
        usage: {},
      };
      db.insertApp(app, idempotencyKey, canonicalBody(body));
      db.recordEvent(app.id, {
        type: 'created',
        at: now,
        actor: actor(db),
        addedProductIds: productIds,
        ...(app.expiresAt ? { expiresAt: app.expiresAt } : {}),
      });
      return HttpResponse.json(present(app), { status: 201, headers: { ETag: etagOf(app) } });
    }),

    http.get('*/api/v1/apps/:appId', ({ params }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      return app ? HttpResponse.json(present(app), { headers: { ETag: etagOf(app) } }) : notFound();
    }),

    http.patch('*/api/v1/apps/:appId', async ({ params, request }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      if (!db.findApp(String(params.appId))) return notFound();
      const ifMatch = request.headers.get('If-Match');
      if (!ifMatch) {
        return problem(
          428,
          "Send the App's ETag in If-Match, so a newer change is not overwritten.",
        );
      }
      const read = await readStrictBody(request, ['productIds', ...expiryField]);
      if ('response' in read) return read.response;
      const { body } = read;
      // Looked up again after the body was read: it may have changed or gone meanwhile.
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      if (!ifMatchHolds(ifMatch, app)) return staleWrite(app);
      // Either property may be left out (the expiry alone is changed without touching products).
      const hasProducts = 'productIds' in body;
      const expiry = parseExpiresAt(body, options);
      const invalid = [
        hasProducts || !('expiresAt' in body) ? validateProductIds(body.productIds) : undefined,
        expiry.error,
      ].filter((error): error is FieldError => error !== undefined);
      if (invalid.length > 0) return validationProblem(invalid);
      const productIds = hasProducts ? (body.productIds as string[]) : app.productIds;
      const added = productIds.filter((id) => !app.productIds.includes(id));
      const removed = app.productIds.filter((id) => !productIds.includes(id));
      const forbidden = checkAssignments(db, added);
      if (forbidden) return forbidden;

      const productsChanged = added.length > 0 || removed.length > 0;
      const expiryChanged =
        expiry.expiresAt !== undefined && expiry.expiresAt !== (app.expiresAt ?? null);
      if (!productsChanged && !expiryChanged) {
        return HttpResponse.json(present(app), { headers: { ETag: etagOf(app) } });
      }
      const now = Date.now();
      const at = new Date(now).toISOString();
      const updated = db.updateApp(app.id, {
        updatedAt: at,
        version: (app.version ?? 1) + 1,
        ...(productsChanged
          ? {
              productIds,
              previousProductIds: app.productIds,
              applyingUntil: now + db.settings.propagationDelayMs,
            }
          : {}),
        ...(expiryChanged ? { expiresAt: expiry.expiresAt } : {}),
      });
      if (!updated) return notFound();
      if (productsChanged) {
        db.recordEvent(app.id, {
          type: 'products-changed',
          at,
          actor: actor(db),
          addedProductIds: added,
          removedProductIds: removed,
        });
      }
      if (expiryChanged) {
        db.recordEvent(app.id, {
          type: 'expiry-changed',
          at,
          actor: actor(db),
          expiresAt: expiry.expiresAt ?? null,
        });
      }
      return HttpResponse.json(present(updated, now), { headers: { ETag: etagOf(updated) } });
    }),

    http.delete('*/api/v1/apps/:appId', ({ params, request }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      const ifMatch = request.headers.get('If-Match');
      if (app && ifMatch && !ifMatchHolds(ifMatch, app)) return staleWrite(app);
      return db.deleteApp(String(params.appId))
        ? new HttpResponse(null, { status: 204 })
        : notFound();
    }),

    http.post('*/api/v1/apps/:appId/credentials/reveal', ({ params }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      const previous = options.capabilities.includes('rotation') ? activePreviousSecret(app) : null;
      // Who saw the credentials is audited; the event names them, never their values.
      db.recordEvent(app.id, {
        type: 'credentials-revealed',
        at: new Date().toISOString(),
        actor: actor(db),
        credentials: previous ? ['key', 'secret', 'previous-secret'] : ['key', 'secret'],
      });
      return HttpResponse.json(
        {
          key: app.key,
          secret: app.secret,
          ...(previous ? { previousSecret: previous.value } : {}),
        },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    }),
  ];
}
