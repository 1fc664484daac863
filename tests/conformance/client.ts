// The kit's HTTP client: every exchange with the backend goes through it, is checked against the
// contract (status, content type, body and the headers the contract declares) and is recorded
// for the check that made it. It never logs a body: reveal answers hold a Key and a Secret.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { checkResponseAgainstContract, contract } from '../../src/testing/contract';

type Json = Record<string, unknown>;

/** The contract's base path: the checker matches paths below it whatever the backend's prefix. */
const CONTRACT_BASE = '/api/v1';
const REQUEST_TIMEOUT_MS = 15_000;

/** A failure of the kit itself (not of the backend): one line, exit code 2. */
export class KitError extends Error {}

export interface Exchange {
  method: string;
  /** The contract's path template, e.g. `/apps/{appId}`. */
  template: string;
  /** The path actually requested below the base URL, with its query. */
  path: string;
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  body: unknown;
  /** How this response breaks the contract; empty when it conforms. */
  contractErrors: string[];
}

export interface RequestOptions {
  /** Values for the template's `{parameters}`. */
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** A JSON body (sent as application/json unless `contentType` says otherwise). */
  json?: unknown;
  /** A raw body, for the limits checks (415, 413). */
  raw?: string;
  contentType?: string;
  /** false: leave out the `--header` values (the session), for the 401 checks. */
  withSession?: boolean;
  /** The clean-up's requests, which still go out after an interruption. */
  cleanUp?: boolean;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(contract, 'contract');
const headerValidators = new Map<string, ValidateFunction>();

function at(pointer: string): unknown {
  let node: unknown = contract;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

function resolve(pointer: string): { node: Json; pointer: string } | undefined {
  let current = pointer;
  for (let hops = 0; hops < 10; hops += 1) {
    const node = at(current);
    if (typeof node !== 'object' || node === null) return undefined;
    const ref = (node as Json).$ref;
    if (typeof ref !== 'string') return { node: node as Json, pointer: current };
    current = ref.slice(1);
  }
  return undefined;
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The headers the contract declares for this response (src/testing/contract.ts checks bodies
 * only): each required one must be there, and each present one must match its schema.
 */
export function headerProblems(
  method: string,
  template: string,
  status: number,
  headers: Headers,
): string[] {
  const responsesPointer = `/paths/${escape(template)}/${method.toLowerCase()}/responses`;
  const responses = (at(responsesPointer) as Json | undefined) ?? {};
  const key = [String(status), `${String(status).charAt(0)}XX`, 'default'].find(
    (k) => k in responses,
  );
  if (!key) return [];
  const declared = resolve(`${responsesPointer}/${escape(key)}`);
  const declaredHeaders = (declared?.node.headers as Json | undefined) ?? {};
  const problems: string[] = [];
  for (const name of Object.keys(declaredHeaders)) {
    const header = resolve(`${declared?.pointer}/headers/${escape(name)}`);
    if (!header) continue;
    const value = headers.get(name);
    if (value === null) {
      if (header.node.required === true) problems.push(`header ${name} is missing on ${status}`);
      continue;
    }
    const schemaPointer = `${header.pointer}/schema`;
    const schema = at(schemaPointer) as Json | undefined;
    if (!schema) continue;
    let validate = headerValidators.get(schemaPointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `contract#${schemaPointer}` });
      headerValidators.set(schemaPointer, validate);
    }
    // Header values are strings; an integer schema (Retry-After in seconds) is checked as one.
    const typed = schema.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
    if (!validate(typed)) problems.push(`header ${name} "${value}" does not match its schema`);
  }
  return problems;
}

/** What a fetch error means, in one line: unreachable, TLS, timeout. */
function describeNetworkError(error: unknown, url: string): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer from ${url} within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code + (cause?.message ?? ''))) {
    return `TLS failure talking to ${url}: ${code || cause?.message}`;
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET/.test(code)) {
    return `cannot reach ${url}: ${code}`;
  }
  return `request to ${url} failed: ${cause?.message ?? (error as Error).message}`;
}

export class Client {
  readonly exchanges: Exchange[] = [];
  /** Why no further request may start (SIGINT/SIGTERM), but the clean-up's. */
  private stoppedBy: string | null = null;

  constructor(
    /** The backend's API base, e.g. `https://backend.example/api/v1` (no trailing slash). */
    private readonly baseUrl: string,
    /** The `--header` values: how the kit carries the session (cookie, bearer token). */
    private readonly sessionHeaders: Record<string, string>,
    /** The network; the kit's own tests pass the mock backend in-process. */
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /**
   * After an interruption the request in flight still completes (so an App it created is known
   * and deleted), and the next one throws: the run goes straight to its clean-up.
   */
  stop(reason: string): void {
    this.stoppedBy = reason;
  }

  async request(method: string, template: string, options: RequestOptions = {}): Promise<Exchange> {
    if (this.stoppedBy !== null && !options.cleanUp) throw new KitError(this.stoppedBy);
    let path = template;
    for (const [name, value] of Object.entries(options.params ?? {})) {
      path = path.replace(`{${name}}`, encodeURIComponent(value));
    }
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) query.set(name, String(value));
    }
    if (query.size > 0) path += `?${query.toString()}`;
    const url = this.baseUrl + path;
    const headers = new Headers(options.withSession === false ? {} : this.sessionHeaders);
    headers.set('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    let body: string | undefined;
    if (options.json !== undefined) body = JSON.stringify(options.json);
    if (options.raw !== undefined) body = options.raw;
    if (body !== undefined) headers.set('Content-Type', options.contentType ?? 'application/json');

    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body,
        // A sign-in redirect is an answer to check (401 alternative), not something to follow.
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new KitError(describeNetworkError(error, `${method} ${url}`));
    }
    const text = await response.text();
    const contentType = response.headers.get('Content-Type') ?? '';
    const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    let parsed: unknown;
    let contractErrors: string[];
    const isJson = /^application\/([\w.-]+\+)?json$/.test(mediaType);
    if (text !== '' && isJson) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (text !== '' && isJson && parsed === undefined) {
      contractErrors = [`the ${mediaType} body of ${response.status} is not valid JSON`];
    } else {
      contractErrors = checkResponseAgainstContract({
        method,
        url: CONTRACT_BASE + path,
        status: response.status,
        contentType: contentType || null,
        body: text === '' ? undefined : isJson ? parsed : text,
      });
    }
    contractErrors.push(...headerProblems(method, template, response.status, response.headers));
    if (response.status >= 400 && mediaType !== 'application/problem+json') {
      contractErrors.push(
        `error ${response.status} is ${mediaType || 'untyped'}, not application/problem+json`,
      );
    }
    const exchange: Exchange = {
      method,
      template,
      path,
      status: response.status,
      headers: response.headers,
      contentType: mediaType,
      text,
      body: parsed,
      contractErrors: [...new Set(contractErrors)],
    };
    this.exchanges.push(exchange);
    return exchange;
  }
}
