import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';
import { env } from '../config/env';
import { ApiError, type Problem } from './api-error';

/**
 * The typed HTTP client, generated from the API contract (src/api/openapi.yaml).
 * `fetch` is looked up on every call rather than captured once, so MSW's Node interceptor,
 * installed after this module loads in tests, still sees the requests.
 */
export const apiClient = createClient<paths>({
  baseUrl: env.apiBaseUrl,
  credentials: 'include',
  fetch: (request) => globalThis.fetch(request),
});

/**
 * Awaits an `apiClient` call and returns its data, or throws an `ApiError` for a problem response
 * or a request that got no answer, so queries and mutations deal with one kind of failure.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, undefined, { cause });
  }
  if (!result.response.ok) {
    const problem =
      typeof result.error === 'object' && result.error !== null
        ? (result.error as Problem)
        : undefined;
    throw new ApiError(result.response.status, problem);
  }
  return result.data as T;
}
