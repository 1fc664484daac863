import { describe, expect, it } from 'vitest';
import { devBackendProxy } from './dev-backend-proxy';

describe('devBackendProxy', () => {
  it('sends /api/ to the backend, and never the page /api-keys', () => {
    const [key] = Object.keys(devBackendProxy());
    // Vite reads a key starting with ^ as a regular expression over the request URL.
    const proxied = new RegExp(key!);
    expect(proxied.test('/api/v1/session')).toBe(true);
    expect(proxied.test('/api/sign-in')).toBe(true);
    expect(proxied.test('/api-keys')).toBe(false);
    expect(proxied.test('/api-keys/access')).toBe(false);
    expect(proxied.test('/')).toBe(false);
  });

  it('keeps cookies working through the proxy', () => {
    expect(devBackendProxy('https://backend.example.com:8443/anything')).toEqual({
      '^/api/': {
        target: 'https://backend.example.com:8443',
        changeOrigin: true,
        cookieDomainRewrite: '',
      },
    });
  });

  it('refuses a target that is not an http(s) URL', () => {
    expect(() => devBackendProxy('127.0.0.1:4010')).toThrow(/^API_PROXY_TARGET must be/);
    expect(() => devBackendProxy('nonsense')).toThrow(/^API_PROXY_TARGET must be/);
  });
});
