import type { paths } from '../api/schema';
import { runtimeConfig } from '../config/runtime-config';
import { ApiError, parseRetryAfter, type Problem } from './api-error';
import { sessionExpiry } from './session-expiry';
import { createTypedClient, type TypedClient } from './typed-fetch';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

function mediaType(response: Response): string {
  return response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The sign-in URL as an absolute URL without its query, or null. */
function signInLocation(signInUrl: string | null): string | null {
  if (!signInUrl) return null;
  try {
    const url = new URL(signInUrl, window.location.href);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

function isSignInPage(responseUrl: string): boolean {
  const signIn = signInLocation(runtimeConfig().signInUrl);
  if (signIn === null || responseUrl === '') return false;
  const url = new URL(responseUrl);
  return `${url.origin}${url.pathname}` === signIn;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  if (!JSON_TYPE.test(mediaType(response))) return undefined;
  try {
    const body: unknown = JSON.parse(await response.clone().text());
    return typeof body === 'object' && body !== null ? (body as Problem) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a 2xx answer is not what the contract promises, or undefined when it is. */
async function invalidSuccess(request: Request, response: Response): Promise<string | undefined> {
  const text = await response.clone().text();
  // 204 is the only answer with no body, and only DELETE gives it.
  if (response.status === 204 || (text === '' && request.method === 'DELETE')) return undefined;
  if (text === '') return `an empty answer with status ${response.status}`;
  const type = mediaType(response);
  if (type === 'text/html') return 'a web page instead of data';
  if (!JSON_TYPE.test(type)) return `content of type ${type || 'unknown'} instead of JSON`;
  try {
    JSON.parse(text);
  } catch {
    return 'malformed JSON';
  }
  return undefined;
}

/**
 * Every request goes through here, so every answer is classified once (see ApiErrorKind):
 * no answer → `network`; an answer the contract does not allow → `invalid-response`; a redirect
 * to the sign-in page or a 401 → session expired, reported for the "Session expired" dialog.
 * `fetch` is looked up on every call rather than captured once, so MSW's Node interceptor,
 * installed after this module loads in tests, still sees the requests.
 */
async function checkedFetch(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await globalThis.fetch(request);
  } catch (cause) {
    // A cancelled query stays a cancellation, which TanStack Query ignores.
    if (request.signal.aborted) throw cause;
    throw new ApiError(0, undefined, { kind: 'network', cause });
  }
  if (response.redirected || response.type === 'opaqueredirect') {
    // The API never redirects; an auth proxy in front of it sends expired sessions to sign in.
    if (isSignInPage(response.url)) {
      sessionExpiry.report(runtimeConfig().signInUrl);
      throw new ApiError(401, undefined, { sessionExpired: true, reason: 'sign-in redirect' });
    }
    throw new ApiError(response.status, undefined, {
      kind: 'invalid-response',
      reason: `a redirect to ${response.url || 'another page'}`,
    });
  }
  if (response.status === 401) {
    const problem = await readProblem(response);
    sessionExpiry.report(problem?.signInUrl ?? runtimeConfig().signInUrl);
  }
  if (response.ok) {
    const reason = await invalidSuccess(request, response);
    if (reason)
      throw new ApiError(response.status, undefined, { kind: 'invalid-response', reason });
  }
  return response;
}

function createApiClient(baseUrl: string): TypedClient<paths> {
  return createTypedClient<paths>({ baseUrl, credentials: 'include', fetch: checkedFetch });
}

/**
 * The typed HTTP client, generated from the API contract (src/api/openapi.yaml). A live binding:
 * `configureApiClient` replaces it once the runtime configuration is loaded, before the first
 * render, and importers see the new client.
 */
// Replaced once, before first use (see configureApiClient).
export let apiClient = createApiClient(runtimeConfig().apiBaseUrl);

export function configureApiClient(config: { apiBaseUrl: string }): void {
  apiClient = createApiClient(config.apiBaseUrl);
}

export type Call<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** The data and the raw response (for headers such as ETag), or an ApiError. */
export async function unwrapResponse<T>(call: Call<T>): Promise<{ data: T; response: Response }> {
  let result: Awaited<Call<T>>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, undefined, { kind: 'network', cause });
  }
  const { response } = result;
  if (!response.ok) {
    const problem =
      typeof result.error === 'object' && result.error !== null
        ? (result.error as Problem)
        : undefined;
    throw new ApiError(response.status, problem, {
      retryAt: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  return { data: result.data as T, response };
}

/**
 * Awaits an `apiClient` call and returns its data, or throws an `ApiError` for a problem response,
 * an answer that breaks the contract, or a request that got no answer.
 */
export async function unwrap<T>(call: Call<T>): Promise<T> {
  return (await unwrapResponse(call)).data;
}
