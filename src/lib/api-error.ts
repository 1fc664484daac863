import type { components } from '../api/schema';

export type Problem = components['schemas']['Problem'];

/** A failed API call: an HTTP problem from the server, or no answer at all (`status` 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem, options?: { cause?: unknown }) {
    super(
      problem?.detail ?? problem?.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`),
      options,
    );
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** The server's message for one request field, e.g. `name`. */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((error) => error.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What to tell the user about a failed call: short, plain, and what to do next. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  if (error.isNetworkError) return "Can't reach the server. Check your connection and try again.";
  if (error.status >= 500) {
    return `The server had a problem (error ${error.status}). Try again in a moment.`;
  }
  return (
    error.problem?.detail ?? error.problem?.title ?? `The request failed (error ${error.status}).`
  );
}
