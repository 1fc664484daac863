import { expect, test } from '../fixtures';

// `npm run dev:backend` (vite --mode backend): the dev server with the in-browser mock off and
// /api/ proxied to API_PROXY_TARGET, here `npm run mock-api` (playwright.config.ts).

test('the dev server proxies /api/ to the backend, and only /api/', async ({ request }) => {
  const session = await request.get('/api/v1/session');
  expect(session.status()).toBe(200);
  expect(session.headers()['content-type']).toMatch(/^application\/json/);
  expect(await session.json()).toMatchObject({ role: 'Company Admin' });
  // The page /api-keys shares the prefix "/api" and must stay the dev server's own.
  const page = await request.get('/api-keys');
  expect(page.headers()['content-type']).toMatch(/^text\/html/);
  expect(await page.text()).toContain('<div id="root">');
});

test('the console in development lists the backend’s Apps, with no mock in the page', async ({
  page,
  appsList,
}) => {
  // The first load compiles the console's modules on demand.
  test.slow();
  const apiCall = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v1/apps' && response.ok(),
  );
  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await apiCall;
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
  await expect(page.getByRole('button', { name: 'Demo settings' })).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});
