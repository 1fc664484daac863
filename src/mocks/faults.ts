/**
 * Planted faults and a session requirement for the mock backend over HTTP (`npm run mock-api`),
 * so the conformance kit (tests/conformance) is proven to catch what it checks. Off by default
 * and only in the HTTP server: the demo worker, Vitest and the e2e tests never see them.
 *
 * - `MOCK_FAULTS=a,b` (or `a|b`) plants faults, each a way a real backend could break the contract.
 * - `MOCK_SESSION=<token>` makes the server want the cookie `session=<token>` (the contract's
 *   `sessionCookie`) on every /api/v1 request, answering 401 with `signInUrl` without it, as a
 *   real backend does. Unset, the mock is always signed in (the demo has no accounts).
 */
import { problem } from './problem';

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

const SLOW_MS = 200;
const API = /\/api\/v1(\/|$)/;
const LIST = /\/api\/v1\/apps\/?$/;

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

/** Wraps the mock's answer with the planted faults; with none, it is the answer unchanged. */
export function withFaults(faults: Set<FaultId>, respond: Respond): Respond {
  if (faults.size === 0) return respond;
  const seenIdempotencyKeys = new Set<string>();
  return async (original) => {
    let request = original;
    const url = new URL(request.url);
    if (
      faults.has('ignore-if-match') &&
      (request.method === 'PATCH' || request.method === 'DELETE')
    ) {
      const headers = new Headers(request.headers);
      headers.set('If-Match', '*');
      request = new Request(request, { headers });
    }
    if (faults.has('double-create') && request.method === 'POST' && LIST.test(url.pathname)) {
      const key = request.headers.get('Idempotency-Key');
      if (key && seenIdempotencyKeys.has(key)) {
        const headers = new Headers(request.headers);
        headers.set('Idempotency-Key', `${key}-again-${seenIdempotencyKeys.size}`);
        request = new Request(request, { headers });
      }
      if (key) seenIdempotencyKeys.add(key);
    }
    if (faults.has('slow-writes') && request.method !== 'GET')
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    let response = await respond(request);
    if (!response) return response;

    const listPage = Number(url.searchParams.get('page') ?? 1);
    if (request.method === 'GET' && LIST.test(url.pathname) && response.status === 200) {
      if (faults.has('repeat-across-pages') && listPage > 1) {
        const before = new URL(url);
        before.searchParams.set('page', String(listPage - 1));
        const previous = await respond(new Request(before, { headers: request.headers }));
        const body = (await response.json()) as { items: unknown[] };
        const last = ((await previous?.json()) as { items: unknown[] } | undefined)?.items.at(-1);
        if (last !== undefined && body.items.length > 0)
          body.items = [last, ...body.items.slice(0, -1)];
        response = jsonLike(body, response);
      }
      if (faults.has('wrong-total')) {
        const body = (await response.json()) as { total: number };
        body.total += 1;
        response = jsonLike(body, response);
      }
    }
    if (faults.has('drop-etag'))
      response = withHeaders(response, (headers) => headers.delete('ETag'));
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

/** With `MOCK_SESSION`, a request without the cookie `session=<token>` is 401. */
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
