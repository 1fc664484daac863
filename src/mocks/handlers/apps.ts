import { http, HttpResponse } from 'msw';
import { APP_NAME_MAX_LENGTH, APP_NAME_PATTERN } from '../../api/app-name-rule';
import type { components } from '../../api/schema';
import type { AppSortField, AppSortOrder } from '../app-index';
import { generateId, generateKey, generateSecret } from '../credentials';
import type { MockApp, MockDb } from '../db';
import { problem, validationProblem } from '../problem';
import { productCatalog } from '../products';
import { requireApplicationCredentials } from './permissions';
import { currentSession } from './session';

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

function validateName(name: unknown): FieldError | undefined {
  if (typeof name !== 'string' || name.length === 0) {
    return { field: 'name', message: 'Name is required.' };
  }
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

async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
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

export function appHandlers(db: MockDb) {
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
      if (!SORT_FIELDS.includes(sort as never))
        errors.push({ field: 'sort', message: 'Unknown sort field.' });
      if (!SORT_ORDERS.includes(order as never))
        errors.push({ field: 'order', message: 'Order is asc or desc.' });
      if (page === null) errors.push({ field: 'page', message: 'Page is a whole number from 1.' });
      if (pageSize === null || pageSize > 100) {
        errors.push({ field: 'pageSize', message: 'Page size is a whole number from 1 to 100.' });
      }
      if (errors.length > 0 || page === null || pageSize === null) return validationProblem(errors);

      // Served from the pre-sorted indexes: a page is a slice, even among 100,000 Apps.
      const queryStart = performance.now();
      const { items, total } = db.queryApps({
        search,
        sort: sort as AppSortField,
        order: order as AppSortOrder,
        page,
        pageSize,
      });
      const now = Date.now();
      const body = { items: items.map((app) => toApiApp(app, now)), page, pageSize, total };
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
      const body = await readJsonObject(request);
      const replayed = db.appCreatedBy(idempotencyKey);
      if (replayed) return HttpResponse.json(toApiApp(replayed), { status: 201 });

      if (!body) return problem(400, 'The request body must be a JSON object.');
      const errors = [validateName(body.name), validateProductIds(body.productIds)].filter(
        (error): error is FieldError => error !== undefined,
      );
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
      };
      db.insertApp(app, idempotencyKey);
      return HttpResponse.json(toApiApp(app), { status: 201 });
    }),

    http.get('*/api/v1/apps/:appId', ({ params }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      return app ? HttpResponse.json(toApiApp(app)) : notFound();
    }),

    http.patch('*/api/v1/apps/:appId', async ({ params, request }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      const body = await readJsonObject(request);
      if (!body) return problem(400, 'The request body must be a JSON object.');
      const invalid = validateProductIds(body.productIds);
      if (invalid) return validationProblem([invalid]);
      const productIds = body.productIds as string[];
      const added = productIds.filter((id) => !app.productIds.includes(id));
      const forbidden = checkAssignments(db, added);
      if (forbidden) return forbidden;

      const changed = added.length > 0 || app.productIds.some((id) => !productIds.includes(id));
      if (!changed) return HttpResponse.json(toApiApp(app));
      const now = Date.now();
      const updated = db.updateApp(app.id, {
        productIds,
        updatedAt: new Date(now).toISOString(),
        applyingUntil: now + db.settings.propagationDelayMs,
      });
      return updated ? HttpResponse.json(toApiApp(updated, now)) : notFound();
    }),

    http.delete('*/api/v1/apps/:appId', ({ params }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      return db.deleteApp(String(params.appId))
        ? new HttpResponse(null, { status: 204 })
        : notFound();
    }),

    http.post('*/api/v1/apps/:appId/credentials/reveal', ({ params }) => {
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      return HttpResponse.json(
        { key: app.key, secret: app.secret },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    }),
  ];
}
