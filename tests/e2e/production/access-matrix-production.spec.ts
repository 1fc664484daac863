import { expect, FAILED_REQUEST, test } from '../fixtures';

// The production build against the mock API over HTTP, shared by the tests of a run: this test
// makes its own Apps (found by a unique prefix) and deletes them afterwards.
test('the access matrix saves per App: one failing update stays staged, the others are saved', async ({
  page,
  consoleMessages,
}, testInfo) => {
  consoleMessages.allow(FAILED_REQUEST); // one App's update fails on purpose (503)
  const prefix = `Matrix-${testInfo.workerIndex}-${Date.now()}`;
  const names = ['A', 'B', 'C'].map((suffix) => `${prefix}-${suffix}`);
  const ids: string[] = [];
  for (const name of names) {
    const response = await page.request.post('/api/v1/apps', {
      headers: { 'Idempotency-Key': `${name}-create` },
      data: { name, productIds: ['audit-records'] },
    });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  try {
    await page.goto(`/api-keys/access?q=${prefix}`);
    const grid = page.getByRole('grid', { name: 'Access matrix' });
    await expect(grid.getByRole('rowheader', { name: names[2] })).toBeVisible();

    // The update of B fails on the server's side; A and C go through.
    const failing = `**/api/v1/apps/${ids[1]}`;
    await page.route(failing, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Service unavailable',
              status: 503,
            }),
          })
        : route.continue(),
    );
    await grid.getByRole('checkbox', { name: 'Contact Search for all Apps on this page' }).check();
    await expect(page.getByText('3 changes to 3 Apps, not saved yet')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Could not save 1 App' })).toContainText(
      `${names[1]}: The service is unavailable right now (error 503)`,
    );
    await expect(page.getByText('1 change to 1 App, not saved yet')).toBeVisible();
    await expect(
      grid.getByRole('checkbox', { name: `Contact Search for ${names[1]}` }),
    ).toBeChecked();

    await page.unroute(failing);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 App' })).toContainText(
      names[1] ?? '',
    );
    await expect(page.getByText('No unsaved changes')).toBeVisible();
    for (const id of ids) {
      const app = await (await page.request.get(`/api/v1/apps/${id}`)).json();
      expect((app as { productIds: string[] }).productIds).toContain('contact-search');
    }
  } finally {
    for (const id of ids) await page.request.delete(`/api/v1/apps/${id}`);
  }
});
