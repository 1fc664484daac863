import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

async function openMatrix(page: Page, search = '') {
  await page.goto(`/api-keys/access${search ? `?q=${encodeURIComponent(search)}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Access matrix' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Access matrix' });
  await expect(grid.getByRole('rowheader').nth(1)).toBeVisible();
  return grid;
}

test.describe('Access matrix', () => {
  test('is linked from the list, and grants one product to several Apps in one save', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('link', { name: 'Access matrix' }).click();
    const grid = page.getByRole('grid', { name: 'Access matrix' });
    await grid.getByRole('checkbox', { name: 'Audit Records for All-CC-Analytics' }).check();
    await grid.getByRole('checkbox', { name: 'Audit Records for PowerBI_Dashboards' }).check();
    await grid.getByRole('checkbox', { name: 'Audit Records for WallboardRealtime' }).check();
    await expect(page.getByText('3 changes to 3 Apps, not saved yet')).toBeVisible();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 3 Apps' })).toContainText(
      'All-CC-Analytics, PowerBI_Dashboards, WallboardRealtime',
    );
    await expect(page.getByText('No unsaved changes')).toBeVisible();

    await appsList.goto({ q: 'WallboardRealtime' });
    await expect(appsList.row('WallboardRealtime')).toContainText('Audit Records');
  });

  test('a column toggle stages the whole page, highlighted and counted; Discard undoes it', async ({
    page,
  }) => {
    const grid = await openMatrix(page, 'analytics');
    const column = grid.getByRole('checkbox', { name: 'Contact Search for all Apps on this page' });
    await column.check();
    await expect(
      grid.getByRole('checkbox', { name: 'Contact Search for All-CC-Analytics' }),
    ).toBeChecked();
    await expect(
      grid.getByRole('checkbox', { name: 'Contact Search for Tableau_WorkAnalytics' }),
    ).toBeChecked();
    await expect(page.getByText('2 changes to 2 Apps, not saved yet')).toBeVisible();
    await expect(
      grid.getByRole('checkbox', { name: 'Contact Search for All-CC-Analytics' }),
    ).toHaveAccessibleDescription('Changed, not saved yet');

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByText('No unsaved changes')).toBeVisible();
    await expect(column).not.toBeChecked();
    await expect(
      grid.getByRole('checkbox', { name: 'Contact Search for All-CC-Analytics' }),
    ).not.toBeChecked();
  });

  test('a save where one App fails keeps its change staged and saves the others', async ({
    page,
  }) => {
    const grid = await openMatrix(page);
    await grid.getByRole('checkbox', { name: 'Work Analytics for WallboardRealtime' }).check();
    // Audit Records is Audit-Trail-SIEM's only product: an App cannot be left with none.
    await grid.getByRole('checkbox', { name: 'Audit Records for Audit-Trail-SIEM' }).uncheck();
    await expect(page.getByText('2 changes to 2 Apps, not saved yet')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();

    const failure = page.getByRole('alert').filter({ hasText: 'Could not save 1 App' });
    await expect(failure).toContainText('Audit-Trail-SIEM: An App needs at least one API product');
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 App' })).toContainText(
      'WallboardRealtime',
    );
    await expect(page.getByText('1 change to 1 App, not saved yet')).toBeVisible();
    await expect(
      grid.getByRole('checkbox', { name: 'Audit Records for Audit-Trail-SIEM' }),
    ).not.toBeChecked();
    await expect(
      grid.getByRole('checkbox', { name: 'Work Analytics for WallboardRealtime' }),
    ).toBeChecked();

    // Fixing the staged change and saving again goes through.
    await grid.getByRole('checkbox', { name: 'Contact Search for Audit-Trail-SIEM' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 App' })).toContainText(
      'Audit-Trail-SIEM',
    );
    await expect(page.getByText('No unsaved changes')).toBeVisible();
  });

  test('leaving with staged changes asks first', async ({ page }) => {
    const grid = await openMatrix(page);
    await grid.getByRole('checkbox', { name: 'Contact Search for DataLake-Ingest' }).check();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await confirm.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(/\/api-keys\/access$/);
    await expect(
      grid.getByRole('checkbox', { name: 'Contact Search for DataLake-Ingest' }),
    ).toBeChecked();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await confirm.getByRole('button', { name: 'Discard changes and leave' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('works with the keyboard alone', async ({ page }) => {
    const grid = await openMatrix(page, 'analytics');
    await page.getByRole('textbox', { name: 'Search apps' }).focus();
    // Tab passes Clear search, then reaches the grid's single tab stop: the first App's first cell.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const first = grid.getByRole('checkbox', {
      name: 'Contact Center Historical Analytics for All-CC-Analytics',
    });
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(
      grid.getByRole('checkbox', { name: 'Cloud Storage Service for Tableau_WorkAnalytics' }),
    ).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('End');
    await expect(
      grid.getByRole('checkbox', { name: 'All products for Tableau_WorkAnalytics' }),
    ).toBeFocused();
    await expect(page.getByText('1 change to 1 App, not saved yet')).toBeVisible();

    // Tab leaves the grid (one tab stop) for the page's next controls.
    await page.keyboard.press('Tab');
    await expect(grid.getByRole('checkbox').first()).not.toBeFocused();
    await page.getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 App' })).toBeVisible();
  });

  test('has no accessibility violations, in light and dark colour schemes', async ({ page }) => {
    const grid = await openMatrix(page);
    await grid.getByRole('checkbox', { name: 'Audit Records for DataLake-Ingest' }).uncheck();
    await expect(page.getByText('1 change to 1 App, not saved yet')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await expectNoAxeViolations(page);
  });

  test('disables Cloud Storage, with the reason, for an admin without Storage API', async ({
    page,
    demo,
  }) => {
    await openMatrix(page);
    await demo.signInAs('Company Admin without Storage API');
    const grid = page.getByRole('grid', { name: 'Access matrix' });
    const storage = grid.getByRole('checkbox', {
      name: 'Cloud Storage Service for DataLake-Ingest',
    });
    await expect(storage).toBeDisabled();
    await expect(storage).toHaveAccessibleDescription(/requires the Storage API assignment/);
    await expectNoAxeViolations(page);
  });
});
