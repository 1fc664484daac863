import { expect, test } from '../fixtures';

// Lighthouse and slow phones: the page's frame and heading must not wait for JavaScript.
test.describe('before any JavaScript runs', () => {
  test.use({ javaScriptEnabled: false });

  test('the page already shows its frame, heading and what it is for', async ({ page }) => {
    await page.goto('/api-keys');
    await expect(page.getByRole('heading', { level: 1, name: 'API Keys' })).toBeVisible();
    await expect(page.getByText('Each App is a Key and Secret pair')).toBeVisible();
    await expect(page.getByText('8x8 Admin Console')).toBeVisible();
  });
});

test('robots.txt is a robots file, not the app', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await response.text()).toMatch(/^User-agent: \*$/m);
});
