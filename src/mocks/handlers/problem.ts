import { HttpResponse } from 'msw';
import type { components } from '../../api/schema';

type FieldError = components['schemas']['FieldError'];

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Invalid request',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

interface ProblemExtras {
  type?: string;
  errors?: FieldError[];
  /** On 401: where to sign in again. */
  signInUrl?: string;
  /** On 412: the resource's ETag now. */
  currentETag?: string;
  headers?: Record<string, string>;
}

/** An RFC 9457 problem response, as the real backend sends it. */
export function problem(status: number, detail: string, extra: ProblemExtras = {}) {
  return HttpResponse.json(
    {
      type: extra.type ?? 'about:blank',
      title: titles[status] ?? 'Error',
      status,
      detail,
      ...(extra.errors ? { errors: extra.errors } : {}),
      ...(extra.signInUrl ? { signInUrl: extra.signInUrl } : {}),
      ...(extra.currentETag ? { currentETag: extra.currentETag } : {}),
    },
    { status, headers: { ...extra.headers, 'Content-Type': 'application/problem+json' } },
  );
}

export function validationProblem(errors: FieldError[]) {
  return problem(422, errors.map((error) => error.message).join(' '), {
    type: 'https://api-keys-console.example/problems/validation',
    errors,
  });
}

/** The answer of an endpoint whose capability this backend does not offer: it does not exist. */
export function notOffered() {
  return problem(404, 'This server does not offer this feature.');
}
