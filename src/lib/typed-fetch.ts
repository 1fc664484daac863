import type { Client } from 'openapi-fetch';

/**
 * The part of openapi-fetch's client the console uses (GET, POST, PATCH, DELETE with path,
 * query and header parameters, a JSON body and an AbortSignal), with its types — so every call
 * is still checked against the generated contract types at compile time — and a runtime of a
 * few lines instead of the library's (2 kB gzip of the first load, for middleware, form bodies,
 * array and object parameter styles and streaming, none of which this API has).
 */
export type TypedClient<Paths extends object> = Pick<
  Client<Paths, 'application/json'>,
  'GET' | 'POST' | 'PATCH' | 'DELETE'
>;

type Primitive = string | number | boolean;

interface CallOptions {
  params?: {
    path?: Record<string, Primitive>;
    query?: Record<string, Primitive | null | undefined>;
    header?: Record<string, Primitive>;
  };
  body?: unknown;
  signal?: AbortSignal;
}

/** The answer as openapi-fetch gives it: the parsed body as `data` (2xx) or `error` (otherwise). */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export function buildUrl(baseUrl: string, template: string, params: CallOptions['params'] = {}) {
  const path = template.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
    const value = params.path?.[name];
    return value === undefined ? placeholder : encodeURIComponent(value);
  });
  const query = Object.entries(params.query ?? {})
    .filter((entry): entry is [string, Primitive] => entry[1] !== undefined && entry[1] !== null)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    // A success must be JSON (the fetch given to createTypedClient checks that first); an error
    // answer that is not is kept as its text.
    if (response.ok) throw cause;
    return text;
  }
}

export function createTypedClient<Paths extends object>(options: {
  baseUrl: string;
  credentials: RequestCredentials;
  fetch: (request: Request) => Promise<Response>;
}): TypedClient<Paths> {
  const call =
    (method: string) =>
    async (template: string, { params, body, signal }: CallOptions = {}): Promise<CallResult> => {
      const headers = new Headers();
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      for (const [name, value] of Object.entries(params?.header ?? {})) {
        headers.set(name, String(value));
      }
      const request = new Request(buildUrl(options.baseUrl, template, params), {
        method,
        headers,
        credentials: options.credentials,
        redirect: 'follow',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      const response = await options.fetch(request);
      const parsed = response.status === 204 ? undefined : await readBody(response);
      return response.ok ? { data: parsed, response } : { error: parsed, response };
    };
  // The runtime is untyped; the type above is what callers see and are checked against.
  return {
    GET: call('GET'),
    POST: call('POST'),
    PATCH: call('PATCH'),
    DELETE: call('DELETE'),
  } as unknown as TypedClient<Paths>;
}
