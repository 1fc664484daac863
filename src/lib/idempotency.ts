import { useState } from 'react';

/**
 * A random UUID for an Idempotency-Key. `crypto.randomUUID` exists only in secure contexts
 * (HTTPS, localhost); a console served over plain HTTP builds one from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The console's one way to send a write that must happen once (create an App, regenerate a
 * secret). An attempt is what the admin asks for, told apart by a `signature` (the form values,
 * the grace period): it keeps one Idempotency-Key until it succeeds, so a double click or a retry
 * after a lost answer is the same request to the server, which does it once; and a second send
 * of the same attempt while the first is out joins it instead of going out again.
 */
export class IdempotentAttempts<T> {
  private current: { signature: string; key: string } | null = null;
  private inFlight: { signature: string; request: Promise<T> } | null = null;

  /** The key of the attempt with this signature: the same one until `succeeded()`. */
  keyFor(signature: string): string {
    if (this.current?.signature !== signature) {
      this.current = { signature, key: newIdempotencyKey() };
    }
    return this.current.key;
  }

  /** Starts the attempt, or joins it if the same one is already out. */
  send(signature: string, start: () => Promise<T>): Promise<T> {
    if (this.inFlight?.signature === signature) return this.inFlight.request;
    const request = start().finally(() => {
      if (this.inFlight?.request === request) this.inFlight = null;
    });
    this.inFlight = { signature, request };
    return request;
  }

  /** Done: the next attempt, even with the same signature, is a new one with a new key. */
  succeeded(): void {
    this.current = null;
  }
}

/** One IdempotentAttempts for the component's lifetime. */
export function useIdempotentAttempts<T>(): IdempotentAttempts<T> {
  const [attempts] = useState(() => new IdempotentAttempts<T>());
  return attempts;
}
