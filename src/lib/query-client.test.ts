import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import {
  createQueryClient,
  MAX_AUTOMATIC_RETRY_WAIT_MS,
  retryDelay,
  shouldRetry,
} from './query-client';

describe('automatic retries of queries', () => {
  const now = 1_000_000;

  it('retry what may pass later, never what cannot', () => {
    expect(shouldRetry(0, new ApiError(0), now)).toBe(true);
    expect(shouldRetry(0, new ApiError(200, undefined, { kind: 'invalid-response' }), now)).toBe(
      true,
    );
    expect(shouldRetry(0, new ApiError(500), now)).toBe(true);
    expect(shouldRetry(0, new ApiError(429, undefined, { retryAt: now + 5000 }), now)).toBe(true);
    expect(shouldRetry(0, new ApiError(503, undefined, { retryAt: now + 5000 }), now)).toBe(true);
    expect(shouldRetry(2, new ApiError(500), now)).toBe(false);
    for (const status of [400, 401, 403, 404, 409, 412, 422]) {
      expect(shouldRetry(0, new ApiError(status), now), String(status)).toBe(false);
    }
    // A wait longer than a screen should stay loading: show the message instead.
    const later = now + MAX_AUTOMATIC_RETRY_WAIT_MS + 1;
    expect(shouldRetry(0, new ApiError(503, undefined, { retryAt: later }), now)).toBe(false);
  });

  it('waits as long as Retry-After asks, else backs off', () => {
    expect(retryDelay(0, new ApiError(429, undefined, { retryAt: now + 7000 }), now)).toBe(7000);
    expect(retryDelay(0, new ApiError(500), now)).toBe(1000);
    expect(retryDelay(1, new ApiError(500), now)).toBe(2000);
    expect(retryDelay(9, new ApiError(500), now)).toBe(8000);
  });
});

describe('a query answered 429 with Retry-After', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is retried only once the server’s wait is over', async () => {
    const client = createQueryClient();
    const { retry, retryDelay: delay } = client.getDefaultOptions().queries ?? {};
    const queryFn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(429, undefined, { retryAt: Date.now() + 5000 }))
      .mockResolvedValue('the list');

    const result = client.fetchQuery({ queryKey: ['limited'], queryFn, retry, retryDelay: delay });

    await vi.advanceTimersByTimeAsync(4999);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(queryFn).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toBe('the list');
  });
});
