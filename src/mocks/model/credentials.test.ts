import { describe, expect, it, vi } from 'vitest';
import { generateId, generateKey, generateSecret } from './credentials';

const RUNS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('mock credentials', () => {
  it('makes Keys of eght_ and the base64 of a UUID, 53 characters, all distinct', () => {
    const keys = Array.from({ length: RUNS }, generateKey);
    for (const key of keys) {
      expect(key).toMatch(/^eght_[A-Za-z0-9+/=]{48}$/);
      expect(key).toHaveLength(53);
      expect(atob(key.slice('eght_'.length))).toMatch(UUID);
    }
    expect(new Set(keys).size).toBe(RUNS);
  });

  it('makes opaque Secrets of at least 32 characters, all distinct', () => {
    const secrets = Array.from({ length: RUNS }, generateSecret);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(new Set(secrets).size).toBe(RUNS);
  });

  it('makes UUID ids', () => {
    expect(generateId()).toMatch(UUID);
  });

  it('draws on the Web Crypto API, never Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    const getRandomValues = vi.spyOn(crypto, 'getRandomValues');
    for (let run = 0; run < 20; run += 1) {
      generateKey();
      generateSecret();
      generateId();
    }
    expect(random).not.toHaveBeenCalled();
    expect(randomUUID).toHaveBeenCalled();
    expect(getRandomValues).toHaveBeenCalled();
  });
});
