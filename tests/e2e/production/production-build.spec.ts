import { expect, test, FAILED_REQUEST } from '../fixtures';

// The production build, served by `vite preview` with /api proxied to `npm run mock-api`: the same
// mock backend, but over HTTP like a real one, so the bundle itself must contain no mock code.
test('the production build lists Apps from the HTTP backend and runs no mock code', async ({
  page,
  appsList,
}) => {
  // On the context, not the page: a service worker's script is fetched outside the page.
  const workerScripts: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().includes('mockServiceWorker')) workerScripts.push(request.url());
  });
  const apiCall = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v1/apps' && response.ok(),
  );

  // A seed App by name: other production tests may add and delete Apps meanwhile.
  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await apiCall;
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
  await expect(appsList.summary).toHaveText('Showing 1–1 of 1 Apps');
  // No demo-only UI either.
  await expect(page.getByRole('button', { name: 'Demo settings' })).toHaveCount(0);

  await appsList.reveal('Audit-Trail-SIEM');
  await expect(
    appsList.row('Audit-Trail-SIEM').getByRole('cell', { name: /^eght_/ }),
  ).toBeVisible();

  expect(workerScripts).toEqual([]);
  expect(page.context().serviceWorkers()).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});

const isAppList = (url: URL) => url.pathname === '/api/v1/apps';

test('when the backend cannot be reached, Retry loads the list once it is back', async ({
  page,
  appsList,
  consoleMessages,
}) => {
  consoleMessages.allow(FAILED_REQUEST); // the requests are cut off on purpose
  // Without a service worker, the page's requests can be cut off on their way to the backend.
  await page.route(isAppList, (route) => route.abort('connectionrefused'));
  await appsList.goto();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load Apps' });
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();

  await page.unroute(isAppList);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(appsList.names.first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});
