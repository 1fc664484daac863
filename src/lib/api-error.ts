import type { components } from '../api/schema';

export type Problem = components['schemas']['Problem'];

/**
 * How a call failed, which decides what the console may truthfully say about it:
 * - `network`: no answer at all (offline, refused, reset). A write may or may not have happened.
 * - `invalid-response`: the server (or something in front of it) answered, but not as the
 *   contract says: malformed JSON, an HTML page, an empty body, another content type, a
 *   redirect. A write may or may not have happened.
 * - `http`: a documented error status (4xx, 5xx), usually with a problem body.
 */
export type ApiErrorKind = 'network' | 'invalid-response' | 'http';

interface ApiErrorOptions {
  cause?: unknown;
  kind?: ApiErrorKind;
  /** For `invalid-response`: what was wrong with the answer, in plain words. */
  reason?: string;
  /** From `Retry-After` on 429/503: the epoch ms from which trying again makes sense. */
  retryAt?: number;
  /** True for a 401 or a redirect to the sign-in page. */
  sessionExpired?: boolean;
  outcome?: WriteOutcome;
}

/**
 * For a write whose answer was lost or unreadable, what re-reading the server found out:
 * `not-done` (the server holds the state from before) or `unknown` (it could not be checked).
 */
export type WriteOutcome = 'not-done' | 'unknown';

/** A failed API call: an HTTP problem, an answer that breaks the contract, or no answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly kind: ApiErrorKind;
  readonly reason: string | undefined;
  readonly retryAt: number | undefined;
  readonly sessionExpired: boolean;
  readonly outcome: WriteOutcome | undefined;

  constructor(status: number, problem?: Problem, options: ApiErrorOptions = {}) {
    const kind = options.kind ?? (status === 0 ? 'network' : 'http');
    super(
      problem?.detail ??
        problem?.title ??
        (kind === 'network'
          ? 'Network error'
          : kind === 'invalid-response'
            ? `Invalid response: ${options.reason ?? 'unreadable'}`
            : `HTTP ${status}`),
      { cause: options.cause },
    );
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.kind = kind;
    this.reason = options.reason;
    this.retryAt = options.retryAt;
    this.sessionExpired = options.sessionExpired ?? status === 401;
    this.outcome = options.outcome;
  }

  /** The same failure, with what a re-read found out about the write. */
  withOutcome(outcome: WriteOutcome): ApiError {
    return new ApiError(this.status, this.problem, {
      cause: this.cause,
      kind: this.kind,
      reason: this.reason,
      retryAt: this.retryAt,
      sessionExpired: this.sessionExpired,
      outcome,
    });
  }

  get isNetworkError(): boolean {
    return this.kind === 'network';
  }

  /**
   * The server may have done what was asked although the console heard no proper answer: no
   * answer, an unreadable one, or a 500/502/504 (which a gateway or a crash after the commit can
   * give). A write that ends like this must be checked before telling the admin anything.
   */
  get outcomeUnknown(): boolean {
    return (
      this.kind !== 'http' || this.status === 500 || this.status === 502 || this.status === 504
    );
  }

  /** The server's message for one request field, e.g. `name`. */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((error) => error.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * `Retry-After` (RFC 9110): a number of seconds or an HTTP date. Returns the epoch ms from which
 * to try again, or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  // An HTTP date names its weekday and month ("Wed, 21 Oct 2015 07:28:00 GMT"); a bare number
  // that is not whole seconds ("-5") is not a date, although Date.parse would read it as one.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

const clockFormat = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/** "in 30 seconds (at 2:05:30 PM)", "in 3 minutes (at …)", or "in a moment" without a time. */
export function describeRetryAt(retryAt: number | undefined, now = Date.now()): string {
  if (retryAt === undefined) return 'in a moment';
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  const span =
    seconds < 90
      ? `${seconds} second${seconds === 1 ? '' : 's'}`
      : `${Math.ceil(seconds / 60)} minutes`;
  return `in ${span} (at ${clockFormat.format(retryAt)})`;
}

/** The server's own words, when it sent a problem with a detail. */
function serverSays(error: ApiError): string | undefined {
  return error.problem?.detail ?? undefined;
}

/** What to tell the user about a failed call: short, plain, true, and what to do next. */
export function describeError(error: unknown, now = Date.now()): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  if (error.sessionExpired) {
    return 'Your session has expired. Sign in again; what you entered stays here.';
  }
  if (error.kind === 'network') {
    return "Can't reach the server: no answer came back. Check your connection and try again.";
  }
  if (error.kind === 'invalid-response') {
    return `The server answered, but not in a form the console understands (${error.reason ?? 'unreadable answer'}). Try again; if it keeps happening, the server or a proxy in front of it is misconfigured.`;
  }
  const { status } = error;
  const detail = serverSays(error);
  switch (status) {
    case 400:
      return `The server rejected the request (error 400)${detail ? `: ${detail}` : '.'}`;
    case 403:
      return `${detail ?? 'You do not have permission to do this.'} (error 403)`;
    case 404:
      return `${detail ?? 'It does not exist any more: it may have been deleted.'} (error 404)`;
    case 409:
      return `${detail ?? 'It conflicts with what is already on the server.'} (error 409)`;
    case 412:
      return 'It was changed by someone else since it was loaded here; nothing was overwritten (error 412).';
    case 413:
      return 'The request is too large for the server (error 413).';
    case 422:
      return `${detail ?? 'The server did not accept these values.'} (error 422)`;
    case 429:
      return `Too many requests: the server is limiting how often this can be done (error 429). You can try again ${describeRetryAt(error.retryAt, now)}.`;
    case 503:
      return `The service is unavailable right now (error 503). You can try again ${describeRetryAt(error.retryAt, now)}.`;
    default:
      if (status >= 500) {
        return `The server had a problem (error ${status}). Try again in a moment.`;
      }
      return `${detail ?? 'The request failed.'} (error ${status})`;
  }
}
