// Exercises every operation of the API contract against the mock backend, success and error
// paths, and checks each response against src/api/openapi.yaml explicitly (the test setup checks
// them too, but this file fails on its own if a mock response drifts from the contract).
import { getResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../api/schema';
import { apiClient, unwrap } from '../lib/api-client';
import { checkResponseAgainstContract, contract, createContractChecker } from '../testing/contract';
import { insertApp, type InsertAppOverrides } from '../testing/factories';
import { allCapabilities, backendOptionsFromEnv } from './model/capabilities';
import { createHandlers } from './handlers';
import { etagOf } from './handlers/apps';
import { CREDENTIAL_TESTS_PER_WINDOW } from './handlers/credential-test';
import { mockDb } from './node';

type App = components['schemas']['App'];
type Problem = components['schemas']['Problem'];

const BASE = 'http://localhost/api/v1';
const KEY_SHAPE = /^eght_[A-Za-z0-9+/=]{48}$/;

interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Every operation of the contract, as `METHOD /template`, with a matcher of request paths. */
const operations = Object.entries(
  contract.paths as Record<string, Record<string, unknown>>,
).flatMap(([template, pathItem]) =>
  ['get', 'post', 'put', 'patch', 'delete']
    .filter((method) => method in pathItem)
    .map((method) => ({
      operation: `${method.toUpperCase()} ${template}`,
      method: method.toUpperCase(),
      path: new RegExp(`^/api/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    })),
);
/** The statuses this file has seen per operation, to check that it exercises all of them. */
const seen = new Map<string, Set<number>>();

/** Awaits a call and asserts its response conforms to the contract; returns it unchanged. */
async function conforming<T extends Result>(method: string, call: Promise<T>): Promise<T> {
  const result = await call;
  const { response } = result;
  const violations = checkResponseAgainstContract({
    method,
    url: response.url,
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    body: result.data ?? result.error,
  });
  expect(violations, `${method} ${response.url} → ${response.status}`).toEqual([]);
  const { pathname } = new URL(response.url);
  const match = operations.find((op) => op.method === method && op.path.test(pathname));
  if (match)
    seen.set(match.operation, (seen.get(match.operation) ?? new Set()).add(response.status));
  return result;
}

/** A plain `fetch` (for requests the typed client would not let through), checked the same way. */
async function raw(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  const result = { data: response.ok ? body : undefined, error: response.ok ? undefined : body };
  return conforming(method, Promise.resolve({ ...result, response }));
}

function problemOf(result: Result): Problem {
  expect(result.response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return result.error as Problem;
}

function expectFieldError(result: Result, status: number, field: string) {
  expect(result.response.status).toBe(status);
  const problem = problemOf(result);
  expect(problem.status).toBe(status);
  expect(problem.errors?.map((error) => error.field)).toContain(field);
}

let idempotencyCounter = 0;
const newIdempotencyKey = () => `test-key-${String((idempotencyCounter += 1)).padStart(4, '0')}`;

const createApp = (body: { name: string; productIds: string[] }, key = newIdempotencyKey()) =>
  conforming(
    'POST',
    apiClient.POST('/apps', { params: { header: { 'Idempotency-Key': key } }, body }),
  );

const getApp = (appId: string) =>
  conforming('GET', apiClient.GET('/apps/{appId}', { params: { path: { appId } } }));

/** The App's current ETag as the backend computes it ('"none"' for an App that does not exist). */
const currentEtag = (appId: string) => {
  const app = mockDb.findApp(appId);
  return app ? etagOf(app) : '"none"';
};

const patchApp = (appId: string, productIds: string[], ifMatch = currentEtag(appId)) =>
  conforming(
    'PATCH',
    apiClient.PATCH('/apps/{appId}', {
      params: { path: { appId }, header: { 'If-Match': ifMatch } },
      body: { productIds },
    }),
  );

/** A seed App, for the tests about the seed data itself (its products, usage and lifecycle). */
const seededApp = (name: string) => {
  const app = mockDb.findAppByName(name);
  if (!app) throw new Error(`The seed data has no App named ${name}`);
  return app;
};

/** An App made for the test, with Audit Records, a product every persona may assign. */
const auditRecordsApp = (overrides: InsertAppOverrides = {}) =>
  insertApp({ productIds: ['audit-records'], ...overrides });

afterEach(() => {
  vi.useRealTimers();
});

describe('the contract checker', () => {
  it('reports bodies, statuses, content types and paths that break the contract', () => {
    const conformingApp: App = {
      id: 'a-1',
      name: 'Good-Name',
      productIds: ['audit-records'],
      createdAt: '2024-05-01T10:00:00.000Z',
      updatedAt: '2024-05-01T10:00:00.000Z',
      propagation: { status: 'active' },
    };
    const check = (overrides: Partial<Parameters<typeof checkResponseAgainstContract>[0]>) =>
      checkResponseAgainstContract({
        method: 'GET',
        url: `${BASE}/apps/a-1`,
        status: 200,
        contentType: 'application/json',
        body: conformingApp,
        ...overrides,
      });

    expect(check({})).toEqual([]);
    // A made-up body: the wrong types, a missing property and one the contract does not know.
    const drifted = check({
      body: { ...conformingApp, name: 'has spaces', productIds: 'audit-records', secret: 's' },
    });
    expect(drifted.join('\n')).toMatch(/body\/name must match pattern/);
    expect(drifted.join('\n')).toMatch(/body\/productIds must be array/);
    expect(drifted.join('\n')).toMatch(/must NOT have additional properties \(secret\)/);
    const withoutPropagation: Partial<App> = { ...conformingApp };
    delete withoutPropagation.propagation;
    expect(check({ body: withoutPropagation })).toEqual([
      "body must have required property 'propagation' [#/required]",
    ]);
    expect(check({ body: { ...conformingApp, createdAt: 'yesterday' } }).join('\n')).toMatch(
      /body\/createdAt must match format "date-time"/,
    );
    expect(check({ contentType: 'text/html' })).toEqual([
      'content type text/html is not the documented application/json for status 200',
    ]);
    expect(check({ status: 404, body: { title: 'Not found' } }).join('\n')).toMatch(
      /content type application\/json is not the documented application\/problem\+json/,
    );
    expect(
      check({
        status: 404,
        contentType: 'application/problem+json',
        // RFC 9457: every member is optional, but one that is there must have its type.
        body: { title: 'Not found', status: '404' },
      }).join('\n'),
    ).toMatch(/body\/status must be integer/);
    expect(check({ method: 'DELETE', status: 204, body: '' })).toEqual([
      'status 204 must have no body, but it has one',
    ]);
    expect(check({ method: 'PUT' })).toEqual(['the contract has no PUT /apps/{appId}']);
    expect(check({ url: `${BASE}/widgets` })).toEqual([
      'no path of the contract matches /api/v1/widgets',
    ]);
    expect(check({ url: 'http://localhost/apps/a-1' })).toEqual([
      "/apps/a-1 is not below the contract's base path /api/v1",
    ]);
  });

  it('treats a status the operation does not document, with no default, as a violation', () => {
    const check = createContractChecker({
      openapi: '3.1.0',
      servers: [{ url: '/api/v1' }],
      paths: {
        '/ping': {
          get: {
            responses: {
              '200': {
                description: 'Pong.',
                content: { 'application/json': { schema: { const: 'pong' } } },
              },
            },
          },
        },
      },
    });
    const ping = { method: 'GET', url: `${BASE}/ping`, contentType: 'application/json' };
    expect(check({ ...ping, status: 200, body: 'pong' })).toEqual([]);
    expect(check({ ...ping, status: 200, body: 'ping' })).toEqual([
      'body must be equal to constant [#/paths/~1ping/get/responses/200/content/application~1json/schema/const]',
    ]);
    expect(check({ ...ping, status: 500, body: 'pong' })).toEqual([
      'status 500 is not documented for GET /ping (documented: 200)',
    ]);
  });
});

describe('GET /session', () => {
  it('returns the signed-in user', async () => {
    const { data } = await conforming('GET', apiClient.GET('/session'));
    expect(data?.permissions).toContain('application-credentials');
    expect(data?.assignments).toContain('storage-api');
  });

  it('advertises every optional feature of the full mock backend', async () => {
    const { data } = await conforming('GET', apiClient.GET('/session'));
    expect(data?.capabilities).toEqual([...allCapabilities]);
  });

  it('advertises nothing as a plain 8x8 backend (MOCK_BACKEND=plain-8x8)', async () => {
    const response = await getResponse(
      createHandlers(mockDb, backendOptionsFromEnv('plain-8x8')),
      new Request(`${BASE}/session`),
    );
    const body: unknown = await response?.json();
    expect(response?.status).toBe(200);
    expect(body).not.toHaveProperty('capabilities');
    expect(body).toHaveProperty('permissions', ['application-credentials']);
    expect(() => backendOptionsFromEnv('fancy')).toThrow('MOCK_BACKEND');
  });

  it('returns the session without the permission to a user who lacks it (so the UI can explain)', async () => {
    mockDb.updateSettings({ persona: 'no-credentials' });
    const { data, response } = await conforming('GET', apiClient.GET('/session'));
    expect(response.status).toBe(200);
    expect(data?.permissions).toEqual([]);
  });
});

describe('GET /products', () => {
  it('returns the catalog of the ten products', async () => {
    const { data } = await conforming('GET', apiClient.GET('/products'));
    expect(data?.items).toHaveLength(10);
    const storage = data?.items.find((product) => product.id === 'cloud-storage');
    expect(storage?.requiredAssignment).toBe('storage-api');
  });
});

describe('GET /apps', () => {
  const list = (
    query: {
      search?: string;
      sort?: 'name' | 'createdAt';
      order?: 'asc' | 'desc';
      page?: number;
      pageSize?: number;
    } = {},
  ) => conforming('GET', apiClient.GET('/apps', { params: { query } }));

  it('returns the first page, newest first, by default', async () => {
    const { data } = await list();
    expect(data).toMatchObject({ page: 1, pageSize: 10, total: 12 });
    expect(data?.items).toHaveLength(10);
    const createdAt = data!.items.map((app) => app.createdAt);
    expect(createdAt).toEqual([...createdAt].sort().reverse());
  });

  it('searches names case-insensitively', async () => {
    const { data } = await list({ search: 'ARCHIVER' });
    expect(data?.items.map((app) => app.name)).toEqual(['Storage-Archiver-EU']);
    expect(data?.total).toBe(1);
    expect((await list({ search: 'nothing-like-this' })).data).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it.each([
    ['name', 'asc'],
    ['name', 'desc'],
    ['createdAt', 'asc'],
    ['createdAt', 'desc'],
  ] as const)('sorts by %s %s', async (sort, order) => {
    const { data } = await list({ sort, order, pageSize: 100 });
    const key = (app: App) => (sort === 'name' ? app.name.toLowerCase() : app.createdAt);
    const expected = [...data!.items].sort((a, b) => key(a).localeCompare(key(b)));
    if (order === 'desc') expected.reverse();
    expect(data!.items.map((app) => app.name)).toEqual(expected.map((app) => app.name));
    expect(data!.items).toHaveLength(12);
  });

  it('pages through the Apps', async () => {
    const first = await list({ sort: 'name', order: 'asc', pageSize: 5 });
    const third = await list({ sort: 'name', order: 'asc', pageSize: 5, page: 3 });
    expect(first.data).toMatchObject({ page: 1, pageSize: 5, total: 12 });
    expect(first.data?.items[0]?.name).toBe('All-CC-Analytics');
    expect(third.data).toMatchObject({ page: 3, pageSize: 5, total: 12 });
    expect(third.data?.items).toHaveLength(2);
    const beyond = await list({ page: 9 });
    expect(beyond.data).toMatchObject({ items: [], page: 9, total: 12 });
  });

  it.each([
    ['sort=size', 'sort'],
    ['order=up', 'order'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    [`search=${'a'.repeat(65)}`, 'search'],
  ])('rejects the invalid query %s with 422', async (query, field) => {
    expectFieldError(await raw('GET', `/apps?${query}`), 422, field);
  });
});

describe('POST /apps', () => {
  it('creates an App (201) that the list then shows', async () => {
    const { data, response } = await createApp({
      name: 'New_App.v2',
      productIds: ['audit-records', 'contact-search'],
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      name: 'New_App.v2',
      productIds: ['audit-records', 'contact-search'],
      propagation: { status: 'active' },
    });
    const stored = mockDb.findApp(data!.id);
    expect(stored?.key).toMatch(KEY_SHAPE);
    expect(stored?.secret.length).toBeGreaterThanOrEqual(32);
    const list = await unwrap(apiClient.GET('/apps', { params: { query: { search: 'New_App' } } }));
    expect(list.items.map((app) => app.id)).toEqual([data!.id]);
  });

  it.each([
    ['missing', undefined],
    ['too short', 'short'],
  ])('rejects a %s Idempotency-Key with 400', async (_case, key) => {
    const before = mockDb.apps.length;
    const result = await raw('POST', '/apps', {
      body: { name: 'Keyless', productIds: ['audit-records'] },
      headers: key === undefined ? {} : { 'Idempotency-Key': key },
    });
    expect(result.response.status).toBe(400);
    expect(problemOf(result).status).toBe(400);
    expect(mockDb.apps).toHaveLength(before);
  });

  it('answers a replay with the same Idempotency-Key with the same App, creating no second one', async () => {
    const key = newIdempotencyKey();
    const before = mockDb.apps.length;
    const first = await createApp({ name: 'Replayed', productIds: ['audit-records'] }, key);
    const second = await createApp({ name: 'Replayed', productIds: ['audit-records'] }, key);
    expect(second.response.status).toBe(201);
    expect(second.data).toEqual(first.data);
    expect(mockDb.apps).toHaveLength(before + 1);
  });

  it('creates one App for two requests with the same Idempotency-Key sent at once', async () => {
    const key = newIdempotencyKey();
    const before = mockDb.apps.length;
    const body = { name: 'SentTwice', productIds: ['audit-records'] };
    const [first, second] = await Promise.all([createApp(body, key), createApp(body, key)]);
    expect([first.response.status, second.response.status]).toEqual([201, 201]);
    expect(second.data).toEqual(first.data);
    expect(mockDb.apps).toHaveLength(before + 1);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'My App'],
    ['with a tab', 'My\tApp'],
    ['65 characters long', 'a'.repeat(65)],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['with a slash', 'a/b'],
  ])('rejects a name that is %s with 422 on name', async (_case, name) => {
    const result = await createApp({ name, productIds: ['audit-records'] });
    expectFieldError(result, 422, 'name');
    expect(mockDb.findAppByName(name)).toBeUndefined();
  });

  it('accepts a name of exactly 64 characters', async () => {
    const { response } = await createApp({ name: 'b'.repeat(64), productIds: ['audit-records'] });
    expect(response.status).toBe(201);
  });

  it('rejects an App without products, with an unknown product or a repeated one (422 on productIds)', async () => {
    for (const productIds of [[], ['no-such-product'], ['audit-records', 'audit-records']]) {
      expectFieldError(await createApp({ name: 'Products', productIds }), 422, 'productIds');
    }
  });

  it('rejects a body that is not an App (422) or not an object (400)', async () => {
    expectFieldError(
      await raw('POST', '/apps', {
        body: { productIds: ['audit-records'] },
        headers: { 'Idempotency-Key': newIdempotencyKey() },
      }),
      422,
      'name',
    );
    const notObject = await raw('POST', '/apps', {
      body: ['audit-records'],
      headers: { 'Idempotency-Key': newIdempotencyKey() },
    });
    expect(notObject.response.status).toBe(400);
  });

  it('rejects a duplicate name, compared case-insensitively, with 409 on name', async () => {
    const before = mockDb.apps.length;
    const result = await createApp({ name: 'all-cc-ANALYTICS', productIds: ['audit-records'] });
    expectFieldError(result, 409, 'name');
    expect(mockDb.apps).toHaveLength(before);
  });

  it('forbids Cloud Storage Service (403) to an admin without the Storage API assignment', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const result = await createApp({ name: 'Recordings', productIds: ['cloud-storage'] });
    expect(result.response.status).toBe(403);
    expect(problemOf(result).detail).toMatch(/Storage API/);
    expect(mockDb.findAppByName('Recordings')).toBeUndefined();
    // Other products are still fine for that admin.
    const allowed = await createApp({ name: 'Recordings', productIds: ['audit-records'] });
    expect(allowed.response.status).toBe(201);
  });
});

describe('GET /apps/{appId}', () => {
  it('returns the App without its credentials', async () => {
    const app = auditRecordsApp();
    const { data } = await getApp(app.id);
    expect(data).toMatchObject({ id: app.id, name: app.name, productIds: app.productIds });
    expect(JSON.stringify(data)).not.toContain(app.credentials.secret);
    expect(JSON.stringify(data)).not.toContain(app.credentials.key);
  });

  it('answers 404 for an unknown App', async () => {
    const result = await getApp('no-such-app');
    expect(result.response.status).toBe(404);
    expect(problemOf(result).status).toBe(404);
  });
});

describe('PATCH /apps/{appId}', () => {
  it('replaces the products; the change is applying, then active after the propagation delay', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    mockDb.updateSettings({ propagationDelayMs: 60_000 });
    const app = auditRecordsApp();
    const started = Date.now();

    const { data, response } = await patchApp(app.id, ['audit-records', 'contact-search']);
    expect(response.status).toBe(200);
    expect(data?.productIds).toEqual(['audit-records', 'contact-search']);
    expect(data?.propagation).toEqual({
      status: 'applying',
      expectedBy: new Date(started + 60_000).toISOString(),
    });
    expect(Date.parse(data!.updatedAt)).toBe(started);

    vi.setSystemTime(started + 59_999);
    expect((await getApp(app.id)).data?.propagation.status).toBe('applying');
    vi.setSystemTime(started + 60_000);
    expect((await getApp(app.id)).data?.propagation).toEqual({ status: 'active' });
  });

  it('leaves an App active when its products did not change', async () => {
    const app = auditRecordsApp();
    const { data } = await patchApp(app.id, ['audit-records']);
    expect(data?.propagation).toEqual({ status: 'active' });
    expect(data?.updatedAt).toBe(app.updatedAt);
  });

  it('answers 404 for an unknown App', async () => {
    expect((await patchApp('no-such-app', ['audit-records'])).response.status).toBe(404);
  });

  it('rejects no products, an unknown product or a non-list with 422 on productIds', async () => {
    const app = auditRecordsApp();
    expectFieldError(await patchApp(app.id, []), 422, 'productIds');
    expectFieldError(await patchApp(app.id, ['no-such-product']), 422, 'productIds');
    expectFieldError(
      await raw('PATCH', `/apps/${app.id}`, {
        body: { productIds: 'audit-records' },
        headers: { 'If-Match': currentEtag(app.id) },
      }),
      422,
      'productIds',
    );
    expect(mockDb.findApp(app.id)?.productIds).toEqual(['audit-records']);
  });

  it('forbids adding Cloud Storage Service (403) without the Storage API assignment, but keeps it where it was', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const plain = auditRecordsApp();
    const adding = await patchApp(plain.id, ['audit-records', 'cloud-storage']);
    expect(adding.response.status).toBe(403);
    expect(problemOf(adding).errors?.[0]?.field).toBe('productIds');
    expect(mockDb.findApp(plain.id)?.productIds).toEqual(['audit-records']);

    // An App that already has it may keep it while other products change.
    const storage = insertApp({ productIds: ['cloud-storage', 'audit-records'] });
    const keeping = await patchApp(storage.id, ['cloud-storage']);
    expect(keeping.response.status).toBe(200);
    expect(keeping.data?.productIds).toEqual(['cloud-storage']);
  });
});

describe('DELETE /apps/{appId}', () => {
  it('deletes the App (204, no body); it is then gone (404)', async () => {
    const app = auditRecordsApp();
    const deleted = await conforming(
      'DELETE',
      apiClient.DELETE('/apps/{appId}', { params: { path: { appId: app.id } } }),
    );
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    expect((await getApp(app.id)).response.status).toBe(404);
    const again = await conforming(
      'DELETE',
      apiClient.DELETE('/apps/{appId}', { params: { path: { appId: app.id } } }),
    );
    expect(again.response.status).toBe(404);
  });
});

describe('POST /apps/{appId}/credentials/reveal', () => {
  const reveal = (appId: string) =>
    conforming(
      'POST',
      apiClient.POST('/apps/{appId}/credentials/reveal', { params: { path: { appId } } }),
    );

  it('returns the Key and Secret, never to be cached', async () => {
    const app = auditRecordsApp();
    const { data, response } = await reveal(app.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(data).toEqual(app.credentials);
    expect(data?.key).toMatch(KEY_SHAPE);
    expect(data?.key).toHaveLength(53);
    expect(data?.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('answers 404 for an unknown App', async () => {
    expect((await reveal('no-such-app')).response.status).toBe(404);
  });
});

const testCredentials = (appId: string) =>
  conforming(
    'POST',
    apiClient.POST('/apps/{appId}/credentials/test', { params: { path: { appId } } }),
  );

const plainBackendAnswer = async (path: string, body?: unknown) => {
  const response = await getResponse(
    createHandlers(mockDb, backendOptionsFromEnv('plain-8x8')),
    new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return response?.status;
};

describe('POST /apps/{appId}/credentials/test', () => {
  it('reports per product, in catalog order, derived from the App and the session', async () => {
    // Listed out of catalog order, so that the answer's order is the server's doing.
    const app = insertApp({
      productIds: [
        'audit-records',
        'work-analytics',
        'qm-speech-analytics',
        'cc-realtime-analytics',
        'cc-historical-analytics',
      ],
    });
    const { data, response } = await testCredentials(app.id);
    expect(response.status).toBe(200);
    expect(Date.parse(data?.testedAt ?? '')).not.toBeNaN();
    expect(data?.results.map((result) => [result.productId, result.status])).toEqual([
      ['cc-historical-analytics', 'works'],
      ['cc-realtime-analytics', 'works'],
      ['qm-speech-analytics', 'works'],
      ['work-analytics', 'works'],
      ['audit-records', 'works'],
    ]);
  });

  it('says a product added by a change still propagating is not applied yet; the others work', async () => {
    const app = insertApp({ productIds: ['cc-realtime-analytics'] });
    await patchApp(app.id, ['cc-realtime-analytics', 'audit-records']);
    const { data } = await testCredentials(app.id);
    expect(data?.results).toEqual([
      { productId: 'cc-realtime-analytics', status: 'works' },
      { productId: 'audit-records', status: 'not-applied', reason: expect.any(String) },
    ]);
    vi.useFakeTimers({ now: Date.now() + mockDb.settings.propagationDelayMs + 1 });
    const later = await testCredentials(app.id);
    expect(later.data?.results.map((result) => result.status)).toEqual(['works', 'works']);
  });

  it('denies Cloud Storage Service, with the reason, without the Storage API assignment', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const storage = insertApp({ productIds: ['cloud-storage', 'audit-records'] });
    const { data } = await testCredentials(storage.id);
    expect(data?.results).toEqual([
      {
        productId: 'cloud-storage',
        status: 'denied',
        reason: expect.stringMatching(/Storage API assignment/),
      },
      { productId: 'audit-records', status: 'works' },
    ]);
  });

  it('fails every product of an expired App, with the reason, and records the test as activity', async () => {
    const app = auditRecordsApp({ expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const { data } = await testCredentials(app.id);
    expect(data?.results).toEqual([
      { productId: 'audit-records', status: 'failed', reason: expect.stringMatching(/expired/) },
    ]);
    expect(mockDb.activityOf(app.id).at(-1)).toMatchObject({ type: 'credentials-tested' });
  });

  it(`answers 429 with Retry-After after ${CREDENTIAL_TESTS_PER_WINDOW} tests of one App in a minute`, async () => {
    const app = auditRecordsApp();
    for (let run = 0; run < CREDENTIAL_TESTS_PER_WINDOW; run += 1) {
      expect((await testCredentials(app.id)).response.status).toBe(200);
    }
    const limited = await testCredentials(app.id);
    expect(limited.response.status).toBe(429);
    expect(problemOf(limited).status).toBe(429);
    const retryAfter = Number(limited.response.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another App is not limited by this one's tests.
    expect((await testCredentials(auditRecordsApp().id)).response.status).toBe(200);
  });

  it('answers 404 for an unknown App, and on a backend without the capability', async () => {
    expect((await testCredentials('no-such-app')).response.status).toBe(404);
    expect(await plainBackendAnswer(`/apps/${auditRecordsApp().id}/credentials/test`)).toBe(404);
  });
});

describe('credential lifecycle (issue #8)', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const regenerate = (appId: string, gracePeriod: string, key = newIdempotencyKey()) =>
    raw('POST', `/apps/${appId}/secret/regenerate`, {
      body: { gracePeriod },
      headers: { 'Idempotency-Key': key },
    });
  const revoke = (appId: string) =>
    conforming(
      'DELETE',
      apiClient.DELETE('/apps/{appId}/secret/previous', { params: { path: { appId } } }),
    );
  const usage = (appId: string) =>
    conforming('GET', apiClient.GET('/apps/{appId}/usage', { params: { path: { appId } } }));
  const activity = (appId: string, query: { cursor?: string; limit?: number } = {}) =>
    conforming(
      'GET',
      apiClient.GET('/apps/{appId}/activity', { params: { path: { appId }, query } }),
    );
  const reveal = (appId: string) =>
    conforming(
      'POST',
      apiClient.POST('/apps/{appId}/credentials/reveal', { params: { path: { appId } } }),
    );
  const counts = (search?: string) =>
    conforming('GET', apiClient.GET('/attention-counts', { params: { query: { search } } }));
  /** The 8x8 token endpoint stand-in: does this Key:Secret still work? */
  const secretWorks = async (key: string, secret: string) => {
    const response = await getResponse(
      createHandlers(mockDb),
      new Request('https://api.8x8.com/oauth/v2/token', {
        method: 'POST',
        headers: { Authorization: `Basic ${btoa(`${key}:${secret}`)}` },
        body: 'grant_type=client_credentials',
      }),
    );
    return response?.status === 200;
  };

  it('regenerates with a grace period: both secrets work until it ends, then only the new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const app = auditRecordsApp({ secretLastUsedAt: new Date(Date.now() - DAY).toISOString() });
    const { key } = app.credentials;
    const { secretLastUsedAt } = app;
    const oldSecret = app.credentials.secret;
    const started = Date.now();
    const result = await regenerate(app.id, '1h');
    expect(result.response.status).toBe(200);
    const updated = result.data as App;
    expect(updated.previousSecret).toEqual({
      stopsAt: new Date(started + 60 * 60_000).toISOString(),
      gracePeriod: '1h',
      lastUsedAt: secretLastUsedAt,
    });
    expect(updated.secretCreatedAt).toBe(new Date(started).toISOString());
    expect(JSON.stringify(updated)).not.toContain(oldSecret);
    const stored = mockDb.findApp(app.id)!;
    expect(stored.secret).not.toBe(oldSecret);
    expect((await reveal(app.id)).data).toEqual({
      key: key,
      secret: stored.secret,
      previousSecret: oldSecret,
    });
    expect(await secretWorks(key, oldSecret)).toBe(true);
    expect(await secretWorks(key, stored.secret)).toBe(true);

    vi.setSystemTime(started + 60 * 60_000);
    expect(await secretWorks(key, oldSecret)).toBe(false);
    expect(await secretWorks(key, stored.secret)).toBe(true);
    expect((await getApp(app.id)).data?.previousSecret).toBeNull();
  });

  it('stops the old secret at once with no grace period', async () => {
    const app = auditRecordsApp();
    const { key, secret: oldSecret } = app.credentials;
    const { data } = await regenerate(app.id, 'none');
    expect((data as App).previousSecret).toBeNull();
    expect(await secretWorks(key, oldSecret)).toBe(false);
  });

  it('regenerates once for a repeated Idempotency-Key', async () => {
    const app = auditRecordsApp();
    const first = await regenerate(app.id, '24h', 'same-regeneration');
    const secret = mockDb.findApp(app.id)!.secret;
    const again = await regenerate(app.id, '24h', 'same-regeneration');
    expect(again.response.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expect(mockDb.findApp(app.id)!.secret).toBe(secret);
    const events = mockDb.activityOf(app.id).filter((e) => e.type === 'secret-regenerated');
    expect(events).toHaveLength(1);
  });

  it('rejects a regeneration without Idempotency-Key (400), a bad grace (422), an unknown App (404)', async () => {
    const app = auditRecordsApp();
    expect(
      (await raw('POST', `/apps/${app.id}/secret/regenerate`, { body: { gracePeriod: '1h' } }))
        .response.status,
    ).toBe(400);
    expectFieldError(await regenerate(app.id, '2h'), 422, 'gracePeriod');
    expect((await regenerate('no-such-app', '1h')).response.status).toBe(404);
  });

  it('revokes the previous secret early; then there is none to revoke (404)', async () => {
    const app = auditRecordsApp({
      previousSecret: {
        stopsAt: new Date(Date.now() + DAY).toISOString(),
        gracePeriod: '24h',
        lastUsedAt: null,
      },
    });
    const { key } = app.credentials;
    const previous = app.credentials.previousSecret!;
    expect(await secretWorks(key, previous)).toBe(true);
    const { data, response } = await revoke(app.id);
    expect(response.status).toBe(200);
    expect(data?.previousSecret).toBeNull();
    expect(await secretWorks(key, previous)).toBe(false);
    expect((await revoke(app.id)).response.status).toBe(404);
  });

  it('sets an expiry at creation and changes or removes it; an expired App’s credentials are refused', async () => {
    const expiresAt = new Date(Date.now() + 30 * DAY).toISOString();
    const created = await conforming(
      'POST',
      apiClient.POST('/apps', {
        params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
        body: { name: 'Expiring-App', productIds: ['audit-records'], expiresAt },
      }),
    );
    expect(created.data?.expiresAt).toBe(expiresAt);
    const id = created.data!.id;
    const later = new Date(Date.now() + 90 * DAY).toISOString();
    const changed = await conforming(
      'PATCH',
      apiClient.PATCH('/apps/{appId}', {
        params: { path: { appId: id }, header: { 'If-Match': currentEtag(id) } },
        body: { expiresAt: later },
      }),
    );
    expect(changed.data).toMatchObject({ expiresAt: later, productIds: ['audit-records'] });
    expect(changed.data?.propagation.status).toBe('active');
    const removed = await raw('PATCH', `/apps/${id}`, {
      body: { expiresAt: null },
      headers: { 'If-Match': currentEtag(id) },
    });
    expect((removed.data as App).expiresAt).toBeNull();
    expectFieldError(
      await raw('PATCH', `/apps/${id}`, {
        body: { expiresAt: '2001-01-01T00:00:00Z' },
        headers: { 'If-Match': currentEtag(id) },
      }),
      422,
      'expiresAt',
    );
    expectFieldError(
      await raw('PATCH', `/apps/${id}`, { body: {}, headers: { 'If-Match': currentEtag(id) } }),
      422,
      'productIds',
    );

    const expired = auditRecordsApp({ expiresAt: new Date(Date.now() - DAY).toISOString() });
    expect((await getApp(expired.id)).data?.expiresAt).toBe(expired.expiresAt);
    expect(await secretWorks(expired.credentials.key, expired.credentials.secret)).toBe(false);
  });

  it('reports usage per enabled product, and 404 for an unknown App', async () => {
    const app = seededApp('PowerBI_Dashboards');
    const { data } = await usage(app.id);
    expect(data?.items).toEqual([
      expect.objectContaining({ productId: 'cc-historical-analytics', callsLast7Days: 310 }),
      expect.objectContaining({ productId: 'work-analytics', callsLast7Days: 1204 }),
    ]);
    expect((await usage('no-such-app')).response.status).toBe(404);
  });

  it('sorts by last use (never used as the oldest) and filters by attention, counted by the server', async () => {
    const byLastUse = await conforming(
      'GET',
      apiClient.GET('/apps', {
        params: { query: { sort: 'lastUsedAt', order: 'asc', pageSize: 100 } },
      }),
    );
    expect(byLastUse.data?.items[0]?.name).toBe('Tableau_WorkAnalytics');
    expect(byLastUse.data?.items[0]?.lastUsedAt).toBeNull();
    expect((await counts()).data).toEqual({
      'never-used': 1,
      idle: 2,
      'expiring-soon': 1,
      'old-secret': 4,
    });
    expect((await counts('helpdesk')).data).toMatchObject({ idle: 1, 'old-secret': 0 });
    const names = async (attention: string) =>
      (
        (await raw('GET', `/apps?attention=${attention}&sort=name&order=asc`)).data as {
          items: App[];
        }
      ).items.map((app) => app.name);
    expect(await names('never-used')).toEqual(['Tableau_WorkAnalytics']);
    expect(await names('idle')).toEqual(['Helpdesk-Contact-Lookup', 'RecordingAPIAccess']);
    expect(await names('expiring-soon')).toEqual(['Storage-Archiver-EU']);
    expect(await names('old-secret')).toEqual([
      'All-CC-Analytics',
      'PowerBI_Dashboards',
      'QM-Evaluations-Export',
      'RecordingAPIAccess',
    ]);
    expectFieldError(await raw('GET', '/apps?attention=stale'), 422, 'attention');
    expectFieldError(await raw('GET', `/attention-counts?search=${'a'.repeat(65)}`), 422, 'search');
  });

  it('lists activity newest first with who and when, paged; no event ever holds a credential', async () => {
    const app = seededApp('All-CC-Analytics');
    await reveal(app.id);
    await regenerate(app.id, '7d');
    const copied = await conforming(
      'POST',
      apiClient.POST('/apps/{appId}/activity', {
        params: { path: { appId: app.id } },
        body: { type: 'credential-copied', credential: 'previous-secret' },
      }),
    );
    expect(copied.response.status).toBe(201);
    const first = await activity(app.id, { limit: 3 });
    expect(first.data?.items.map((event) => event.type)).toEqual([
      'credential-copied',
      'secret-regenerated',
      'credentials-revealed',
    ]);
    expect(first.data?.items[0]?.actor).toEqual({ id: 'u-1001', name: 'Dana Whitfield' });
    expect(first.data?.items[1]?.gracePeriod).toBe('7d');
    const times = first.data!.items.map((event) => event.at);
    expect(times).toEqual([...times].sort().reverse());
    let cursor = first.data?.nextCursor;
    const all = [...first.data!.items];
    while (cursor) {
      const next = await activity(app.id, { cursor, limit: 50 });
      all.push(...next.data!.items);
      cursor = next.data?.nextCursor;
    }
    expect(all.length).toBeGreaterThan(10);
    expect(all.at(-1)?.type).toBe('created');
    const stored = mockDb.findApp(app.id)!;
    const payloads = JSON.stringify(all);
    for (const value of [stored.key, stored.secret, stored.previousSecret?.value, app.secret]) {
      expect(payloads).not.toContain(value);
    }

    expectFieldError(
      await raw('POST', `/apps/${app.id}/activity`, {
        body: { type: 'credential-copied', credential: 'secret', value: stored.secret },
      }),
      422,
      'type',
    );
    expectFieldError(await raw('GET', `/apps/${app.id}/activity?limit=0`), 422, 'limit');
    expect((await activity('no-such-app')).response.status).toBe(404);
  });

  it('answers none of it as a plain 8x8 backend, and sends no lifecycle fields', async () => {
    const handlers = createHandlers(mockDb, backendOptionsFromEnv('plain-8x8'));
    const app = auditRecordsApp();
    const send = (method: string, path: string) =>
      getResponse(handlers, new Request(`${BASE}${path}`, { method }));
    for (const [method, path] of [
      ['GET', `/apps/${app.id}/usage`],
      ['GET', `/apps/${app.id}/activity`],
      ['DELETE', `/apps/${app.id}/secret/previous`],
      ['GET', '/attention-counts'],
    ] as const) {
      expect((await send(method, path))?.status, path).toBe(404);
    }
    const plainApp: unknown = await (await send('GET', `/apps/${app.id}`))?.json();
    expect(Object.keys(plainApp as object).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'productIds',
      'propagation',
      'updatedAt',
    ]);
  });
});

describe('a user without the Application Credentials permission', () => {
  it('is refused every operation but the session with 403', async () => {
    const app = insertApp({ productIds: ['cloud-storage'] });
    const before = mockDb.apps.length;
    mockDb.updateSettings({ persona: 'no-credentials' });
    const appId = app.id;
    const results = [
      await conforming('GET', apiClient.GET('/products')),
      await conforming('GET', apiClient.GET('/apps')),
      await createApp({ name: 'Sneaky', productIds: ['audit-records'] }),
      await getApp(appId),
      await patchApp(appId, ['audit-records']),
      await conforming(
        'DELETE',
        apiClient.DELETE('/apps/{appId}', { params: { path: { appId } } }),
      ),
      await conforming(
        'POST',
        apiClient.POST('/apps/{appId}/credentials/reveal', { params: { path: { appId } } }),
      ),
      await raw('POST', `/apps/${appId}/secret/regenerate`, {
        body: { gracePeriod: '1h' },
        headers: { 'Idempotency-Key': newIdempotencyKey() },
      }),
      await raw('DELETE', `/apps/${appId}/secret/previous`),
      await raw('GET', `/apps/${appId}/usage`),
      await raw('GET', `/apps/${appId}/activity`),
      await raw('POST', `/apps/${appId}/activity`, {
        body: { type: 'credential-copied', credential: 'key' },
      }),
      await raw('GET', '/attention-counts'),
      await testCredentials(appId),
    ];
    for (const result of results) {
      expect(result.response.status, result.response.url).toBe(403);
      expect(problemOf(result).detail).toMatch(/Application Credentials/);
      expect(JSON.stringify(result.error)).not.toContain(app.credentials.secret);
    }
    expect(mockDb.apps).toHaveLength(before);
    expect(mockDb.findApp(appId)?.productIds).toEqual(['cloud-storage']);
  });
});

describe('a strict backend: what the contract forbids is refused, and nothing changes', () => {
  const withKey = (headers: Record<string, string> = {}) => ({
    'Idempotency-Key': newIdempotencyKey(),
    ...headers,
  });

  it('gives the ETag on GET, PATCH and create, and wants it back (428 without If-Match)', async () => {
    const app = auditRecordsApp();
    const read = await getApp(app.id);
    expect(read.response.headers.get('ETag')).toBe(currentEtag(app.id));
    const created = await createApp({ name: 'With-ETag', productIds: ['audit-records'] });
    expect(created.response.headers.get('ETag')).toMatch(/^"[^"]+"$/);

    const withoutIfMatch = await raw('PATCH', `/apps/${app.id}`, {
      body: { productIds: ['contact-search'] },
    });
    expect(withoutIfMatch.response.status).toBe(428);
    expect(mockDb.findApp(app.id)?.productIds).toEqual(['audit-records']);

    const patched = await patchApp(app.id, ['contact-search']);
    expect(patched.response.headers.get('ETag')).not.toBe(read.response.headers.get('ETag'));
    expect(patched.response.headers.get('ETag')).toBe(currentEtag(app.id));
  });

  it('refuses a change based on an older version (412), keeping the newer one', async () => {
    const app = auditRecordsApp();
    const stale = currentEtag(app.id);
    await patchApp(app.id, ['audit-records', 'contact-search']); // a colleague's change
    const lost = await patchApp(app.id, ['audit-records', 'work-analytics'], stale);
    expect(lost.response.status).toBe(412);
    expect(problemOf(lost).currentETag).toBe(currentEtag(app.id));
    expect(mockDb.findApp(app.id)?.productIds).toEqual(['audit-records', 'contact-search']);

    const deleteStale = await raw('DELETE', `/apps/${app.id}`, { headers: { 'If-Match': stale } });
    expect(deleteStale.response.status).toBe(412);
    expect(mockDb.findApp(app.id)).toBeDefined();
  });

  it('refuses a body over 16 KiB with 413', async () => {
    const app = auditRecordsApp();
    const before = mockDb.apps.length;
    const huge = { name: 'Huge', productIds: ['audit-records'], note: 'x'.repeat(20_000) };
    expect((await raw('POST', '/apps', { body: huge, headers: withKey() })).response.status).toBe(
      413,
    );
    const patch = await raw('PATCH', `/apps/${app.id}`, {
      body: { productIds: Array.from({ length: 2000 }, () => 'audit-records-padding') },
      headers: { 'If-Match': currentEtag(app.id) },
    });
    expect(patch.response.status).toBe(413);
    expect(mockDb.apps).toHaveLength(before);
  });

  it('refuses a body that is not application/json with 415', async () => {
    const result = await raw('POST', '/apps', {
      body: { name: 'Plain', productIds: ['audit-records'] },
      headers: withKey({ 'Content-Type': 'text/plain' }),
    });
    expect(result.response.status).toBe(415);
    expect(problemOf(result).status).toBe(415);
    expect(mockDb.findAppByName('Plain')).toBeUndefined();
  });

  it('refuses unknown properties with 422, one error per property', async () => {
    const result = await raw('POST', '/apps', {
      body: { name: 'Extra', productIds: ['audit-records'], secret: 'mine', owner: 'me' },
      headers: withKey(),
    });
    expect(result.response.status).toBe(422);
    expect(problemOf(result).errors?.map((error) => error.field)).toEqual(['secret', 'owner']);
    expect(mockDb.findAppByName('Extra')).toBeUndefined();
    const app = auditRecordsApp();
    expectFieldError(
      await raw('PATCH', `/apps/${app.id}`, {
        body: { productIds: ['contact-search'], name: 'Renamed' },
        headers: { 'If-Match': currentEtag(app.id) },
      }),
      422,
      'name',
    );
    expect(mockDb.findApp(app.id)?.productIds).toEqual(['audit-records']);
  });

  it('refuses wrongly typed properties with 422', async () => {
    expectFieldError(
      await raw('POST', '/apps', {
        body: { name: 42, productIds: ['audit-records'] },
        headers: withKey(),
      }),
      422,
      'name',
    );
    expectFieldError(
      await raw('POST', '/apps', {
        body: { name: 'Typed', productIds: 'audit-records' },
        headers: withKey(),
      }),
      422,
      'productIds',
    );
    expectFieldError(
      await raw('POST', '/apps', { body: { name: 'Typed', productIds: [7] }, headers: withKey() }),
      422,
      'productIds',
    );
    expect(mockDb.findAppByName('Typed')).toBeUndefined();
  });

  it('refuses an Idempotency-Key reused with another body (422), creating nothing more', async () => {
    const key = newIdempotencyKey();
    const first = await createApp({ name: 'Keyed-Once', productIds: ['audit-records'] }, key);
    expect(first.response.status).toBe(201);
    const before = mockDb.apps.length;
    for (const body of [
      { name: 'Keyed-Twice', productIds: ['audit-records'] },
      { name: 'Keyed-Once', productIds: ['contact-search'] },
    ]) {
      const reused = await createApp(body, key);
      expect(reused.response.status).toBe(422);
      expect(problemOf(reused).type).toMatch(/idempotency-key-reused/);
    }
    expect(mockDb.apps).toHaveLength(before);
    expect(mockDb.findAppByName('Keyed-Twice')).toBeUndefined();
  });

  it.each([
    ['PUT', '/apps/some-app', 'GET, PATCH, DELETE'],
    ['DELETE', '/apps', 'GET, POST'],
    ['POST', '/session', 'GET'],
    ['GET', '/apps/some-app/credentials/reveal', 'POST'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const result = await raw(method, path, method === 'PUT' ? { body: {} } : {});
    expect(result.response.status).toBe(405);
    expect(result.response.headers.get('Allow')).toBe(allow);
    expect(problemOf(result).status).toBe(405);
  });

  it('creates each of 20 concurrent creates exactly once, and keeps answering', async () => {
    const before = mockDb.apps.length;
    const names = Array.from({ length: 20 }, (_, index) => `Burst-${index}`);
    const results = await Promise.all(
      names.map((name) => createApp({ name, productIds: ['audit-records'] })),
    );
    expect(results.map((result) => result.response.status)).toEqual(names.map(() => 201));
    expect(new Set(results.map((result) => (result.data as App).id)).size).toBe(20);
    expect(mockDb.apps).toHaveLength(before + 20);
    expect((await conforming('GET', apiClient.GET('/session'))).response.status).toBe(200);
  });
});

describe('this file', () => {
  // Runs last (tests run in order): a new operation in the contract needs a test here.
  it('has exercised every operation of the contract, with success and error responses', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
    for (const { operation } of operations) {
      const statuses = [...(seen.get(operation) ?? [])];
      expect(
        statuses.some((status) => status < 300),
        `${operation} succeeded`,
      ).toBe(true);
      if (operation !== 'GET /session') {
        expect(statuses, `${operation} was refused`).toContain(403);
      }
    }
  });
});
