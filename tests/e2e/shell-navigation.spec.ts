import { expect, test } from './fixtures';

test.describe('Shell', () => {
  test('Home shows the SETUP tile that leads to API Keys', async ({ page, appsList }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Setup' })).toBeVisible();
    const tile = page.getByRole('main').getByRole('link', { name: /^API Keys/ });
    await expect(tile).toContainText('Manage API access keys');

    await tile.click();
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.heading).toBeVisible();
  });

  test('the breadcrumb shows Home / API Keys', async ({ page, appsList }) => {
    await appsList.goto();
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb).toHaveText(/^Home\s*\/\s*API Keys$/);
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');

    await breadcrumb.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  test('the Main navigation links to Home and API Keys', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(['Home', 'API Keys']);
  });
});
