import { describe, expect, it } from 'vitest';
import { ApiError, describeError, describeRetryAt, parseRetryAfter } from './api-error';

const NOW = Date.parse('2026-05-04T10:00:00Z');

describe('the error taxonomy', () => {
  it('tells no answer, an unreadable answer and each status apart, each in its own words', () => {
    const said = (error: ApiError) => describeError(error, NOW);
    expect(said(new ApiError(0))).toMatch(/^Can't reach the server: no answer came back\./);
    expect(
      said(new ApiError(200, undefined, { kind: 'invalid-response', reason: 'malformed JSON' })),
    ).toMatch(/^The server answered, but not in a form the console understands \(malformed JSON\)/);
    expect(said(new ApiError(401))).toMatch(/^Your session has expired\. Sign in again/);
    expect(
      said(new ApiError(0, undefined, { kind: 'invalid-response', sessionExpired: true })),
    ).toMatch(/session has expired/);
    const statuses = [400, 403, 404, 409, 412, 413, 422, 429, 500, 502, 503, 504];
    const messages = statuses.map((status) => said(new ApiError(status)));
    statuses.forEach((status, index) => expect(messages[index]).toContain(`error ${status}`));
    expect(new Set(messages).size).toBe(statuses.length);
    expect(said(new ApiError(412))).toMatch(/changed by someone else.*nothing was overwritten/);
  });

  it('uses the server’s detail where it gave one, but keeps the status', () => {
    const problem = { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Nope.' };
    expect(describeError(new ApiError(403, problem))).toBe('Nope. (error 403)');
    expect(describeError(new Error('boom'))).toBe('Something went wrong. Try again.');
  });

  it('knows when a write may have happened although no proper answer came', () => {
    expect(new ApiError(0).outcomeUnknown).toBe(true);
    expect(new ApiError(200, undefined, { kind: 'invalid-response' }).outcomeUnknown).toBe(true);
    expect(new ApiError(500).outcomeUnknown).toBe(true);
    expect(new ApiError(504).outcomeUnknown).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 412, 422, 429, 503]) {
      expect(new ApiError(status).outcomeUnknown, String(status)).toBe(false);
    }
    const checked = new ApiError(0).withOutcome('not-done');
    expect(checked.outcome).toBe('not-done');
    expect(checked.isNetworkError).toBe(true);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('30', NOW)).toBe(NOW + 30_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(NOW);
    expect(parseRetryAfter('Mon, 04 May 2026 10:02:00 GMT', NOW)).toBe(NOW + 120_000);
    // A date in the past means now, never a negative wait.
    expect(parseRetryAfter('Mon, 04 May 2026 09:00:00 GMT', NOW)).toBe(NOW);
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
  });

  it('says when to try again, in the message of a 429 or 503', () => {
    expect(describeRetryAt(NOW + 30_000, NOW)).toMatch(/^in 30 seconds \(at .+\)$/);
    expect(describeRetryAt(NOW + 1000, NOW)).toMatch(/^in 1 second \(at /);
    expect(describeRetryAt(NOW + 300_000, NOW)).toMatch(/^in 5 minutes \(at /);
    expect(describeRetryAt(undefined, NOW)).toBe('in a moment');
    const limited = new ApiError(429, undefined, { retryAt: NOW + 30_000 });
    expect(describeError(limited, NOW)).toMatch(
      /^Too many requests: .* \(error 429\)\. You can try again in 30 seconds \(at /,
    );
    const down = new ApiError(503, undefined, { retryAt: NOW + 90_000 });
    expect(describeError(down, NOW)).toMatch(/\(error 503\)\. You can try again in 2 minutes/);
  });
});
