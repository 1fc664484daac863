import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runtimeConfig, setRuntimeConfig } from '../config/runtime-config';
import { apiClient, unwrap } from './api-client';
import { ApiError } from './api-error';
import { sessionExpiry } from './session-expiry';

const SIGN_IN = 'https://login.example/sign-in';

/** Answers the next request with `response` (with `redirected`/`url` as a browser sets them). */
function answer(response: Response, extra: { redirected?: boolean; url?: string } = {}) {
  for (const [name, value] of Object.entries(extra)) {
    Object.defineProperty(response, name, { value });
  }
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const getApp = () => unwrap(apiClient.GET('/apps/{appId}', { params: { path: { appId: 'a-1' } } }));
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/problem+json', ...init.headers },
  });

describe('the API client tells failures apart', () => {
  const saved = runtimeConfig();
  beforeEach(() => setRuntimeConfig({ signInUrl: SIGN_IN }));
  afterEach(() => setRuntimeConfig(saved));

  it.each([
    [
      'an HTML page with 200',
      new Response('<h1>Hi</h1>', { headers: { 'Content-Type': 'text/html' } }),
      'a web page instead of data',
    ],
    [
      'malformed JSON',
      new Response('{"id": "', { headers: { 'Content-Type': 'application/json' } }),
      'malformed JSON',
    ],
    ['an empty 200', new Response('', { status: 200 }), 'an empty answer with status 200'],
    [
      'another content type',
      new Response('id=1', { headers: { 'Content-Type': 'text/plain' } }),
      'content of type text/plain instead of JSON',
    ],
  ])('%s is an answer that breaks the contract', async (_case, response, reason) => {
    answer(response);
    const error = await failure(getApp());
    expect(error.kind).toBe('invalid-response');
    expect(error.reason).toBe(reason);
    expect(error.outcomeUnknown).toBe(true);
    expect(sessionExpiry.current()).toBeNull();
  });

  it('no answer is a network error; a cancelled request stays a cancellation', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    expect((await failure(getApp())).kind).toBe('network');

    const controller = new AbortController();
    controller.abort();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new DOMException('Aborted', 'AbortError'));
    const cancelled = apiClient.GET('/apps/{appId}', {
      params: { path: { appId: 'a-1' } },
      signal: controller.signal,
    });
    await expect(unwrap(cancelled)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an empty 204 (or 200) to a DELETE is a success', async () => {
    answer(new Response(null, { status: 204 }));
    await expect(
      unwrap(apiClient.DELETE('/apps/{appId}', { params: { path: { appId: 'a-1' } } })),
    ).resolves.toBeUndefined();
  });

  it('a redirect to the sign-in page is an expired session; any other redirect breaks the contract', async () => {
    answer(new Response('<form>', { headers: { 'Content-Type': 'text/html' } }), {
      redirected: true,
      url: `${SIGN_IN}?return=%2Fapi-keys`,
    });
    const expired = await failure(getApp());
    expect(expired.sessionExpired).toBe(true);
    expect(sessionExpiry.current()).toEqual({ signInUrl: SIGN_IN });

    sessionExpiry.clear();
    vi.restoreAllMocks();
    answer(new Response('<h1>Moved</h1>', { headers: { 'Content-Type': 'text/html' } }), {
      redirected: true,
      url: 'https://elsewhere.example/',
    });
    const moved = await failure(getApp());
    expect(moved.kind).toBe('invalid-response');
    expect(moved.reason).toBe('a redirect to https://elsewhere.example/');
    expect(sessionExpiry.current()).toBeNull();
  });

  it('a 401 reports the expired session once, with the sign-in URL the backend gave', async () => {
    const listener = vi.fn();
    const unsubscribe = sessionExpiry.subscribe(listener);
    answer(
      json(
        { type: 'about:blank', title: 'Not signed in', status: 401, signInUrl: '/login' },
        { status: 401 },
      ),
    );
    await failure(getApp());
    vi.restoreAllMocks();
    answer(json({ type: 'about:blank', title: 'Not signed in', status: 401 }, { status: 401 }));
    const error = await failure(getApp());
    unsubscribe();
    expect(error.sessionExpired).toBe(true);
    expect(sessionExpiry.current()).toEqual({ signInUrl: '/login' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a 503 carries when to try again (Retry-After)', async () => {
    const before = Date.now();
    answer(
      json(
        { type: 'about:blank', title: 'Service unavailable', status: 503 },
        { status: 503, headers: { 'Retry-After': '120' } },
      ),
    );
    const error = await failure(getApp());
    expect(error.status).toBe(503);
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(error.retryAt).toBeLessThanOrEqual(Date.now() + 120_000);
  });
});
