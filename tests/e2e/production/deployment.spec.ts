import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, FAILED_REQUEST, test } from '../fixtures';
import { backendAppsNamed, uniqueName } from './backend';

// How the production build is deployed: its security headers (the ones `vite preview` sends, as
// documented in src/config/README.md), its runtime configuration, and what the backend does at its edges.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test('runs under the documented security headers with no CSP violation', async ({
  page,
  appsList,
}) => {
  // Registered before any of the page's scripts; a violation anywhere lands in the list.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspMessages.push(message.text());
  });
  const configRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/config.json') configRequests.push(request.url());
  });

  const response = await page.goto('/api-keys?q=Audit-Trail-SIEM');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain("'unsafe-eval'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');

  // Exercise the styled, scripted parts: list, drawers, reveal, copy, a modal, notifications.
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
  await appsList.reveal('Audit-Trail-SIEM');
  await appsList
    .row('Audit-Trail-SIEM')
    .getByRole('button', { name: /^Copy key for/ })
    .click();
  await page.getByRole('link', { name: 'Audit-Trail-SIEM', exact: true }).click();
  const details = page.getByRole('dialog', { name: 'Audit-Trail-SIEM' });
  await details.getByRole('button', { name: 'Show secret' }).click();
  await expect(details.getByRole('group', { name: 'Secret' }).getByRole('code')).toBeVisible();
  await details.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete app Audit-Trail-SIEM?' })
    .getByRole('button', {
      name: 'Cancel',
    })
    .click();
  await expect(page.getByRole('dialog', { name: 'Delete app Audit-Trail-SIEM?' })).toHaveCount(0);
  await details.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Create App' }).click();
  await expect(page.getByRole('dialog', { name: 'Create app' })).toBeVisible();

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(cspMessages).toEqual([]);
  // Preloaded by index.html and reused by the app's fetch: one request, not two.
  expect(configRequests).toHaveLength(1);
});

test('another origin cannot frame the console', async ({ page, baseURL, consoleMessages }) => {
  // The refusal to be framed is exactly what Chromium reports.
  consoleMessages.allow(/frame-ancestors 'none'/);
  const consoleUrl = `${baseURL}/api-keys`;
  // A page on another origin that embeds the console. Served for real, from this machine: a
  // page answered by page.route would count as public, and Chromium's local network checks
  // would block the frame before the console's own headers could.
  const attacker = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(
      `<!doctype html><title>Win a prize</title><iframe title="prize" src="${consoleUrl}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  const { port } = attacker.address() as AddressInfo;
  try {
    const blocked = page.waitForEvent('requestfailed', (request) => request.url() === consoleUrl);
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    const failure = await blocked;
    expect(failure.failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'API Keys' }),
    ).toHaveCount(0);
    expect(messages.join('\n')).toContain("frame-ancestors 'none'");
  } finally {
    attacker.close();
  }
});

test('a redirect to the sign-in page is an expired session, and the console carries on after it', async ({
  page,
  appsList,
  consoleMessages,
}) => {
  consoleMessages.allow(FAILED_REQUEST);
  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
  // An auth proxy in front of the API sends expired sessions to sign in (SIGN_IN_URL).
  const isApi = (url: URL) => url.pathname.startsWith('/api/v1/');
  await page.route(isApi, (route) =>
    route.fulfill({ status: 302, headers: { Location: '/api/sign-in?return=%2Fapi-keys' } }),
  );
  await appsList.search('Storage');

  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await expect(dialog).toBeVisible();
  const signInTab = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  const tab = await signInTab;
  await expect(tab).toHaveURL(/\/api\/sign-in$/);
  await tab.close();

  // Signed in again: the console notices by itself and reloads what failed.
  await page.unroute(isApi);
  await expect(dialog).toHaveCount(0, { timeout: 10_000 });
  await expect(appsList.searchBox).toHaveValue('Storage');
  await expect(appsList.names.first()).toBeVisible();
});

test('the backend survives 20 concurrent creates and creates each App once', async ({
  request,
}) => {
  const names = Array.from({ length: 20 }, (_, index) => uniqueName(`Burst-${index}`));
  const responses = await Promise.all(
    names.map((name) =>
      request.post('/api/v1/apps', {
        headers: { 'Idempotency-Key': randomUUID() },
        data: { name, productIds: ['audit-records'] },
      }),
    ),
  );
  expect(responses.map((response) => response.status())).toEqual(names.map(() => 201));
  const ids = await Promise.all(responses.map(async (response) => (await response.json()).id));
  expect(new Set(ids).size).toBe(20);
  for (const name of names.slice(0, 3)) {
    expect(await backendAppsNamed(request, name)).toHaveLength(1);
  }
  expect((await request.get('/api/v1/session')).status()).toBe(200);
});
