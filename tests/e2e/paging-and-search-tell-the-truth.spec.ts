import { expect, test } from './fixtures';
import { openDetails } from './drawers';

test.describe('Paging and search tell the truth', () => {
  test('a page past the end goes to the last page, replacing the URL', async ({
    page,
    appsList,
  }) => {
    await page.goto('/');
    await appsList.goto({ page: 99 });
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(appsList.summary).toHaveText('Showing 11–12 of 12 Apps');
    await expect(page.getByText('No Apps yet')).toHaveCount(0);
    // Replaced, not added: Back leaves the list.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  test('deleting the last Apps of the last page shows the page before, never "No Apps yet"', async ({
    page,
    appsList,
  }) => {
    await appsList.goto({ page: 2 });
    for (const name of ['RecordingAPIAccess', 'All-CC-Analytics']) {
      const details = await openDetails(page, name);
      await details.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: `Delete app ${name}?` });
      await confirm.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
      await confirm.getByRole('button', { name: 'Delete app' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await expect(appsList.summary).toHaveText('Showing 1–10 of 10 Apps');
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByText('No Apps yet')).toHaveCount(0);
    await expect(appsList.names).toHaveCount(10);
  });

  test('slow and fast typing into the search keeps every character', async ({ page, appsList }) => {
    await appsList.goto();
    // Slower than the search's pause between keys: each key sends a search while typing goes on.
    await appsList.searchBox.pressSequentially('Dash', { delay: 350 });
    await expect(appsList.searchBox).toHaveValue('Dash');
    await expect(page).toHaveURL(/[?&]q=Dash(&|$)/);
    await expect(appsList.names).toHaveText(['PowerBI_Dashboards']);

    // Just past the pause: each key lands as the previous search reaches the URL.
    await appsList.searchBox.clear();
    await appsList.searchBox.pressSequentially('Wallboard', { delay: 310 });
    await expect(appsList.searchBox).toHaveValue('Wallboard');
    await expect(appsList.names).toHaveText(['WallboardRealtime']);

    await appsList.searchBox.clear();
    await appsList.searchBox.pressSequentially('Realtime', { delay: 20 });
    await expect(appsList.searchBox).toHaveValue('Realtime');
    await expect(appsList.names).toHaveText(['WallboardRealtime']);
  });

  test('a slow search keeps the old rows on screen, marked as being updated', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);
    await demo.setNetwork('Slow');
    // Switching the network reloads the list (slowly): the rows are back first.
    await expect(appsList.names).toHaveCount(10, { timeout: 15_000 });
    await appsList.search('Wallboard');
    const updating = page.getByRole('status').filter({ hasText: 'Updating the list…' });
    await expect(updating).toHaveCount(1);
    await expect(appsList.names).toHaveCount(10);
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(appsList.names).toHaveText(['WallboardRealtime'], { timeout: 15_000 });
    await expect(updating).toHaveCount(0);
  });

  test('Back and Forward restore the search, the sort and the page', async ({ page, appsList }) => {
    await appsList.goto();
    await appsList.search('e');
    await expect(page).toHaveURL(/\?q=e$/);
    await appsList.sortBy('App Name');
    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(appsList.names).toHaveText(['WallboardRealtime']);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=e&sort=name&order=asc$/);
    await expect(appsList.names.first()).toHaveText('Audit-Trail-SIEM');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=e$/);
    await expect(appsList.searchBox).toHaveValue('e');
    await page.goBack();
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.searchBox).toHaveValue('');
    await expect(appsList.summary).toHaveText('Showing 1–10 of 12 Apps');
    await page.goForward();
    await expect(appsList.searchBox).toHaveValue('e');
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
  });
});
