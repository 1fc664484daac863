import { HttpResponse } from 'msw';
import type { components } from '../api/schema';

type FieldError = components['schemas']['FieldError'];

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Invalid request',
  500: 'Internal server error',
};

/** An RFC 9457 problem response, as the real backend sends it. */
export function problem(
  status: number,
  detail: string,
  extra: { type?: string; errors?: FieldError[] } = {},
) {
  return HttpResponse.json(
    {
      type: extra.type ?? 'about:blank',
      title: titles[status] ?? 'Error',
      status,
      detail,
      ...(extra.errors ? { errors: extra.errors } : {}),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function validationProblem(errors: FieldError[]) {
  return problem(422, errors.map((error) => error.message).join(' '), {
    type: 'https://api-keys-console.example/problems/validation',
    errors,
  });
}
