import type { components } from '../../api/schema';
import { problem, validationProblem } from './problem';

type FieldError = components['schemas']['FieldError'];

/** The contract's limit on request bodies (16 KiB); a real server refuses more before parsing. */
export const BODY_LIMIT_BYTES = 16 * 1024;

type StrictBody = { body: Record<string, unknown> } | { response: Response };

/**
 * Reads a JSON request body the way a strict server does: 415 unless it is `application/json`,
 * 413 over BODY_LIMIT_BYTES (by Content-Length before reading, and by size after), 400 unless it
 * is a JSON object, and 422 for any property the schema does not define
 * (`additionalProperties: false` in the contract).
 */
export async function readStrictBody(
  request: Request,
  knownFields: readonly string[],
): Promise<StrictBody> {
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return {
      response: problem(415, `The request body must be application/json, not ${type ?? 'absent'}.`),
    };
  }
  const tooLarge = () => ({
    response: problem(413, `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`),
  });
  if (Number(request.headers.get('Content-Length') ?? 0) > BODY_LIMIT_BYTES) return tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).length > BODY_LIMIT_BYTES) return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { response: problem(400, 'The request body is not valid JSON.') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { response: problem(400, 'The request body must be a JSON object.') };
  }
  const unknown: FieldError[] = Object.keys(body)
    .filter((field) => !knownFields.includes(field))
    .map((field) => ({ field, message: `Unknown property ${field}.` }));
  if (unknown.length > 0) return { response: validationProblem(unknown) };
  return { body: body as Record<string, unknown> };
}

/** A canonical form of a create request, to tell a replay from a reuse with another body. */
export function canonicalBody(body: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(body)
      .sort()
      .map((field) => [field, body[field]]),
  );
}
