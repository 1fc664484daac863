import type { APIRequestContext } from '@playwright/test';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from '../../../src/config/security-headers';
import { expect, test } from '../fixtures';

// What `npm run serve` (nginx.conf.template) answers, request by request: the production build
// in dist-e2e-<port>, /api/ proxied to the HTTP mock, SIGN_IN_URL set (playwright.config.ts).

/** The hashed script and stylesheet files index.html loads. */
async function entryAssets(request: APIRequestContext) {
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
  expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
  return { html, assets };
}

test('client routes answer the page, never cached without revalidation', async ({ request }) => {
  const { html } = await entryAssets(request);
  for (const route of ['/', '/api-keys', '/api-keys/app-123', '/api-keys/access', '/index.html']) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    expect(response.headers()['content-type'], route).toBe('text/html; charset=utf-8');
    expect(response.headers()['cache-control'], route).toBe('no-cache');
    expect(await response.text(), route).toBe(html);
  }
});

test('a missing file is a 404, never the page', async ({ request }) => {
  for (const missing of ['/assets/nope.js', '/assets/index-0000.css', '/nope.js', '/logo.png']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expect(await response.text(), missing).not.toContain('<div id="root">');
    // A year-long cache of a 404 would outlive the next deployment.
    expect(response.headers()['cache-control'] ?? '', missing).not.toContain('immutable');
  }
});

test('hashed assets are cached for good and sent compressed', async ({ request }) => {
  const { assets } = await entryAssets(request);
  for (const asset of assets) {
    const response = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-encoding'], asset).toBe('gzip');
  }
  const page = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
});

test('config.json is the one made from the environment, revalidated each time', async ({
  request,
}) => {
  const response = await request.get('/config.json');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  // SIGN_IN_URL over the build's file, which has no sign-in URL of its own.
  expect(await response.json()).toEqual({ apiBaseUrl: '/api/v1', signInUrl: '/api/sign-in' });
});

test('every answer of the build carries exactly the headers of security-headers.ts', async ({
  request,
}) => {
  const { assets } = await entryAssets(request);
  const expected = Object.fromEntries(
    Object.entries(securityHeaders()).map(([name, value]) => [name.toLowerCase(), value]),
  );
  for (const url of [
    '/',
    '/api-keys/app-123',
    '/config.json',
    '/favicon.svg',
    '/assets/nope.js',
    ...assets,
  ]) {
    const headers = (await request.get(url)).headers();
    const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]));
    expect(sent, url).toEqual(expected);
    expect(headers['strict-transport-security'], url).toBeUndefined();
  }
});

test('HSTS is sent when a TLS-terminating proxy says the request was https', async ({
  request,
}) => {
  const overHttps = await request.get('/api-keys', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
  const overHttp = await request.get('/api-keys', { headers: { 'X-Forwarded-Proto': 'http' } });
  expect(overHttp.headers()['strict-transport-security']).toBeUndefined();
});

test('/api/ goes to the backend, and /api-keys stays the page', async ({ request }) => {
  const session = await request.get('/api/v1/session');
  expect(session.status()).toBe(200);
  expect(session.headers()['content-type']).toMatch(/^application\/json/);
  expect(await session.json()).toMatchObject({ role: 'Company Admin' });
  // The backend's answers carry the backend's headers, not the page's.
  expect(session.headers()['content-security-policy']).toBeUndefined();
  expect((await request.get('/api-keys')).headers()['content-type']).toMatch(/^text\/html/);
});
