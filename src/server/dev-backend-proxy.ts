import type { ProxyOptions } from 'vite';

export const DEFAULT_API_PROXY_TARGET = 'http://127.0.0.1:4010';

/**
 * The dev server's proxy for `npm run dev:backend`: the page's /api/ requests go to a real
 * backend (API_PROXY_TARGET; by default `npm run mock-api`), so the console in development runs
 * the same-origin way it runs behind nginx in production.
 * - The key is '^/api/', a regular expression: a '/api' prefix would also send the page URL
 *   /api-keys to the backend.
 * - changeOrigin: the backend sees its own host name, as behind nginx (`proxy_pass` sends the
 *   upstream's host too).
 * - cookieDomainRewrite '': a session cookie the backend sets for its own domain becomes one for
 *   the dev server's host, so the browser sends it back; cookies and Set-Cookie otherwise pass
 *   through unchanged (the proxy keeps request and response headers).
 */
export function devBackendProxy(target = DEFAULT_API_PROXY_TARGET): Record<string, ProxyOptions> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(
      `API_PROXY_TARGET must be a URL like ${DEFAULT_API_PROXY_TARGET}; got ${target}`,
    );
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`API_PROXY_TARGET must be an http:// or https:// URL; got ${target}`);
  }
  return {
    '^/api/': { target: url.origin, changeOrigin: true, cookieDomainRewrite: '' },
  };
}
