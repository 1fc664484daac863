import { describe, expect, it } from 'vitest';
import { IdempotentAttempts, newIdempotencyKey } from './idempotency';

describe('IdempotentAttempts', () => {
  it('keeps one key per attempt until it succeeds', () => {
    const attempts = new IdempotentAttempts<string>();
    const first = attempts.keyFor('a');
    expect(attempts.keyFor('a')).toBe(first);
    expect(attempts.keyFor('b')).not.toBe(first);
    const second = attempts.keyFor('b');
    attempts.succeeded();
    expect(attempts.keyFor('b')).not.toBe(second);
  });

  it('joins a send of the same attempt while it is out, and sends again once it is back', async () => {
    const attempts = new IdempotentAttempts<number>();
    let sent = 0;
    let finish: (value: number) => void = () => undefined;
    const start = () => {
      sent += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const one = attempts.send('a', start);
    const two = attempts.send('a', start);
    expect(two).toBe(one);
    expect(sent).toBe(1);
    finish(7);
    await expect(one).resolves.toBe(7);
    void attempts.send('a', start);
    expect(sent).toBe(2);
  });
});

describe('newIdempotencyKey', () => {
  it('is a version 4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
