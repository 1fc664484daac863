/**
 * One file, on purpose, for every planted fault (a list to read in one place, each a few lines):
 * planted faults and a session requirement for the mock backend over HTTP (`npm run mock-api`),
 * so the conformance kit (tests/conformance) is proven to catch each way a real backend could
 * break the contract. Off by default and only in the HTTP server: the demo worker, Vitest and
 * the e2e tests never see them.
 *
 * - `MOCK_FAULTS=a,b` (or `a|b`) plants the faults of `faultIds`.
 * - `MOCK_SESSION=<token>` makes the server want the cookie `session=<token>` (the contract's
 *   `sessionCookie`) on every /api/v1 request, answering 401 with `signInUrl` without it, as a
 *   real backend does. Unset, the mock is always signed in (the demo has no accounts).
 */
import { problem } from './handlers/problem';

export const faultIds = [
  /** No ETag header on any answer. */
  'drop-etag',
  /** PATCH and DELETE apply whatever If-Match says, or without one. */
  'ignore-if-match',
  /** A repeated Idempotency-Key creates another App. */
  'double-create',
  /** Each list page after the first starts with the last App of the page before (and drops one). */
  'repeat-across-pages',
  /** Error answers are an HTML page instead of application/problem+json. */
  'html-errors',
  /** 429 and 503 come without Retry-After. */
  'no-retry-after',
  /** The list's total is one more than the Apps there are. */
  'wrong-total',
  /** Every write answered 200 ms late: not a breach, a slow backend (the kit's interruption test). */
  'slow-writes',
  /** With MOCK_SESSION, a request without the session is answered anyway. */
  'no-auth',
  /** Bodies are not checked: any content type is read as JSON, no size limit, unknown properties dropped, a missing Idempotency-Key made up. */
  'lenient-bodies',
  /** GET /apps ignores `sort` and `order` (always newest first) and accepts any value. */
  'sort-ignored',
  /** Every second list answer swaps its first two Apps. */
  'unstable-order',
  /** search is case-sensitive. */
  'case-sensitive-search',
  /** DELETE /apps/{appId} answers 204 and deletes nothing. */
  'keep-deleted',
  /** The credentials come without Cache-Control: no-store. */
  'cacheable-reveal',
  /** A regeneration ignores the grace period asked for (the previous Secret stops at once). */
  'no-grace',
  /** POST /apps ignores expiresAt. */
  'expiry-ignored',
  /** The session leaves out usage, activity and attention-filters, which are answered anyway. */
  'advertise-less',
  /** A method a path does not define is 404 instead of 405. */
  'no-405',
  /** The activity feed is oldest first. */
  'activity-oldest-first',
  /** A credential test's results are in reverse catalog order. */
  'credential-test-unordered',
  /** Usage lists every product of the catalog, not only the App's. */
  'usage-all-products',
  /** The catalog lists its first product twice and its last one without a base URL. */
  'broken-catalog',
  /** The session has no role. */
  'broken-session',
  /** GET /apps without pageSize gives 20 Apps, not the documented 10. */
  'wrong-defaults',
] as const;
export type FaultId = (typeof faultIds)[number];

export function faultsFromEnv(value: string | undefined): Set<FaultId> {
  const ids = (value ?? '')
    .split(/[,|]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = ids.filter((id) => !faultIds.includes(id as FaultId));
  if (unknown.length > 0) {
    throw new Error(`MOCK_FAULTS: unknown ${unknown.join(', ')}; known: ${faultIds.join(', ')}`);
  }
  return new Set(ids as FaultId[]);
}

type Respond = (request: Request) => Promise<Response | undefined>;
type Json = Record<string, unknown>;

const SLOW_MS = 200;
const API = /\/api\/v1(\/|$)/;
const LIST = /\/api\/v1\/apps\/?$/;
const ONE_APP = /\/api\/v1\/apps\/[^/]+$/;

/** A JSON answer with the headers of `like`, less its Content-Length (the body changed). */
function jsonLike(body: unknown, like: Response): Response {
  const headers = new Headers(like.headers);
  headers.delete('Content-Length');
  return Response.json(body, { status: like.status, headers });
}

function withHeaders(response: Response, change: (headers: Headers) => void): Response {
  const headers = new Headers(response.headers);
  change(headers);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The request with other headers and/or another body. */
function rebuild(request: Request, change: { headers?: Headers; body?: string }): Request {
  const headers = change.headers ?? new Headers(request.headers);
  if (change.body !== undefined) headers.delete('Content-Length');
  return new Request(request.url, {
    method: request.method,
    headers,
    body: change.body ?? (request.method === 'GET' ? null : request.body),
    ...(request.method === 'GET' ? {} : { duplex: 'half' }),
  } as RequestInit);
}

/** The request's JSON body as an object, or undefined (then it is passed on as it was). */
async function jsonBody(request: Request): Promise<{ body?: Json; text: string }> {
  const text = await request.text();
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? { body: body as Json, text }
      : { text };
  } catch {
    return { text };
  }
}

/** What the mock's handlers know of a create or an update: the rest is dropped by lenient-bodies. */
const KNOWN_FIELDS = ['name', 'productIds', 'expiresAt'];

/** Wraps the mock's answer with the planted faults; with none, it is the answer unchanged. */
export function withFaults(faults: Set<FaultId>, respond: Respond): Respond {
  if (faults.size === 0) return respond;
  const seenIdempotencyKeys = new Set<string>();
  let listAnswers = 0;
  return async (original) => {
    let request = original;
    const url = new URL(request.url);
    const { pathname } = url;
    const method = request.method;

    if (faults.has('ignore-if-match') && (method === 'PATCH' || method === 'DELETE')) {
      const headers = new Headers(request.headers);
      headers.set('If-Match', '*');
      request = rebuild(request, { headers });
    }
    if (faults.has('double-create') && method === 'POST' && LIST.test(pathname)) {
      const key = request.headers.get('Idempotency-Key');
      if (key && seenIdempotencyKeys.has(key)) {
        const headers = new Headers(request.headers);
        headers.set('Idempotency-Key', `${key}-again-${seenIdempotencyKeys.size}`);
        request = rebuild(request, { headers });
      }
      if (key) seenIdempotencyKeys.add(key);
    }
    if (faults.has('keep-deleted') && method === 'DELETE' && ONE_APP.test(pathname)) {
      return new Response(null, { status: 204 });
    }
    const writesApp =
      (method === 'POST' && LIST.test(pathname)) || (method === 'PATCH' && ONE_APP.test(pathname));
    if (faults.has('lenient-bodies') && writesApp) {
      const headers = new Headers(request.headers);
      headers.set('Content-Type', 'application/json');
      if (!headers.get('Idempotency-Key')) headers.set('Idempotency-Key', `made-up-${Date.now()}`);
      const { body, text } = await jsonBody(request);
      const kept = body
        ? JSON.stringify(
            Object.fromEntries(
              Object.entries(body).filter(([field]) => KNOWN_FIELDS.includes(field)),
            ),
          )
        : text;
      request = rebuild(request, { headers, body: kept });
    }
    if (faults.has('expiry-ignored') && method === 'POST' && LIST.test(pathname)) {
      const { body, text } = await jsonBody(request);
      if (body) delete body.expiresAt;
      request = rebuild(request, { body: body ? JSON.stringify(body) : text });
    }
    if (faults.has('no-grace') && method === 'POST' && pathname.endsWith('/secret/regenerate')) {
      const { body, text } = await jsonBody(request);
      request = rebuild(request, {
        body: body ? JSON.stringify({ ...body, gracePeriod: 'none' }) : text,
      });
    }
    if (method === 'GET' && LIST.test(pathname)) {
      const query = new URL(url);
      if (faults.has('sort-ignored')) {
        query.searchParams.delete('sort');
        query.searchParams.delete('order');
      }
      if (faults.has('wrong-defaults') && !query.searchParams.has('pageSize')) {
        query.searchParams.set('pageSize', '20');
      }
      if (query.search !== url.search) request = new Request(query, { headers: request.headers });
    }
    if (faults.has('slow-writes') && method !== 'GET') {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    }

    let response = await respond(request);
    if (!response) return response;

    if (method === 'GET' && LIST.test(pathname) && response.status === 200) {
      const body = (await response.json()) as { items: Array<{ name: string }>; total: number };
      const listPage = Number(url.searchParams.get('page') ?? 1);
      if (faults.has('repeat-across-pages') && listPage > 1) {
        const before = new URL(request.url);
        before.searchParams.set('page', String(listPage - 1));
        const previous = await respond(new Request(before, { headers: request.headers }));
        const last = ((await previous?.json()) as typeof body | undefined)?.items.at(-1);
        if (last !== undefined && body.items.length > 0) {
          body.items = [last, ...body.items.slice(0, -1)];
        }
      }
      const search = url.searchParams.get('search');
      if (faults.has('case-sensitive-search') && search) {
        body.items = body.items.filter((app) => app.name.includes(search));
        body.total = body.items.length;
      }
      listAnswers += 1;
      if (faults.has('unstable-order') && listAnswers % 2 === 0 && body.items.length > 1) {
        body.items = [body.items[1]!, body.items[0]!, ...body.items.slice(2)];
      }
      if (faults.has('wrong-total')) body.total += 1;
      response = jsonLike(body, response);
    }
    if (method === 'GET' && response.status === 200 && pathname.endsWith('/api/v1/session')) {
      const session = (await response.json()) as Json;
      if (faults.has('broken-session')) delete session.role;
      if (faults.has('advertise-less') && Array.isArray(session.capabilities)) {
        const hidden = ['usage', 'activity', 'attention-filters'];
        session.capabilities = session.capabilities.filter((c: string) => !hidden.includes(c));
      }
      response = jsonLike(session, response);
    }
    if (
      faults.has('broken-catalog') &&
      response.status === 200 &&
      pathname.endsWith('/api/v1/products')
    ) {
      const catalog = (await response.json()) as { items: Json[] };
      catalog.items = [catalog.items[0]!, ...catalog.items];
      catalog.items[catalog.items.length - 1] = { ...catalog.items.at(-1), baseUrl: '' };
      response = jsonLike(catalog, response);
    }
    if (
      faults.has('activity-oldest-first') &&
      method === 'GET' &&
      response.status === 200 &&
      pathname.endsWith('/activity')
    ) {
      const page = (await response.json()) as { items: unknown[] };
      page.items.reverse();
      response = jsonLike(page, response);
    }
    if (
      faults.has('credential-test-unordered') &&
      response.status === 200 &&
      pathname.endsWith('/credentials/test')
    ) {
      const report = (await response.json()) as { results: unknown[] };
      report.results.reverse();
      response = jsonLike(report, response);
    }
    if (
      faults.has('usage-all-products') &&
      response.status === 200 &&
      pathname.endsWith('/usage')
    ) {
      const usage = (await response.json()) as { items: Array<{ productId: string }> };
      const extra = ['cc-historical-analytics', 'audit-records', 'contact-search']
        .filter((id) => !usage.items.some((item) => item.productId === id))
        .map((productId) => ({ productId, lastCallAt: null, callsLast7Days: 0 }));
      usage.items.push(...extra);
      response = jsonLike(usage, response);
    }
    if (faults.has('cacheable-reveal') && pathname.endsWith('/credentials/reveal')) {
      response = withHeaders(response, (headers) => headers.delete('Cache-Control'));
    }
    if (faults.has('no-405') && response.status === 405) {
      response = problem(404, 'Not found.');
    }
    if (faults.has('drop-etag')) {
      response = withHeaders(response, (headers) => headers.delete('ETag'));
    }
    if (faults.has('no-retry-after')) {
      response = withHeaders(response, (headers) => headers.delete('Retry-After'));
    }
    if (faults.has('html-errors') && response.status >= 400) {
      const status = response.status;
      response = new Response(`<!doctype html><html><body><h1>Error ${status}</h1></body></html>`, {
        status,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
    return response;
  };
}

/** With a session token, a request without the cookie `session=<token>` is 401. */
export function withSessionCookie(token: string | undefined, respond: Respond): Respond {
  if (!token) return respond;
  return async (request) => {
    const cookies = (request.headers.get('Cookie') ?? '').split(';').map((c) => c.trim());
    if (API.test(new URL(request.url).pathname) && !cookies.includes(`session=${token}`)) {
      return problem(401, 'Sign in to use the API Keys console.', { signInUrl: '/api/sign-in' });
    }
    return respond(request);
  };
}

/** The HTTP server's extras from its environment: MOCK_SESSION, then MOCK_FAULTS. */
export function withMockServerExtras(env: NodeJS.ProcessEnv, respond: Respond): Respond {
  const faults = faultsFromEnv(env.MOCK_FAULTS);
  const faulty = withFaults(faults, respond);
  return faults.has('no-auth') ? faulty : withSessionCookie(env.MOCK_SESSION, faulty);
}
