import { AppsList, expect, expectNoAxeViolations, test } from './fixtures';
import { NEWEST_FIRST } from './seed-apps';

const BY_NAME = [
  'All-CC-Analytics',
  'Audit-Trail-SIEM',
  'DataLake-Ingest',
  'Helpdesk-Contact-Lookup',
  'PowerBI_Dashboards',
  'QM-Evaluations-Export',
  'RecordingAPIAccess',
  'Salesforce-CTI-Sync',
  'Storage-Archiver-EU',
  'SurveyReports.Legacy',
  'Tableau_WorkAnalytics',
  'WallboardRealtime',
];
const MASK = '••••••••';

test.describe('App list', () => {
  test('lists the seed Apps from the mock backend, ten per page', async ({ page, appsList }) => {
    await appsList.goto();

    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(0, 10));
    await expect(appsList.summary).toHaveText('Showing 1–10 of 12 Apps');
    for (const column of ['App Name', 'API Products', 'Created on', 'Key', 'Secret']) {
      await expect(page.getByRole('columnheader', { name: column })).toBeVisible();
    }
  });

  test('reveals and hides the Key and Secret of a row', async ({ page, appsList }) => {
    await appsList.goto();
    const row = appsList.row('Audit-Trail-SIEM');
    await expect(row.getByRole('cell', { name: 'Key hidden' })).toHaveText(MASK);
    await expect(row.getByRole('cell', { name: 'Secret hidden' })).toHaveText(MASK);

    await appsList.reveal('Audit-Trail-SIEM');
    await expect(row.getByText(/^eght_/)).toBeVisible();
    await expect(
      row.getByRole('button', { name: 'Copy secret for Audit-Trail-SIEM' }),
    ).toBeVisible();
    // The row's Key and Secret cells say where the values are, in the rows under it.
    await expect(row.getByRole('cell', { name: 'Key shown below' })).toHaveText('See below');
    await expect(row.getByRole('cell', { name: 'Secret shown below' })).toHaveText('See below');
    await expect(row.getByText(MASK)).toHaveCount(0);
    // Only that row is revealed.
    await expect(
      appsList.row('DataLake-Ingest').getByRole('cell', { name: 'Key hidden' }),
    ).toHaveText(MASK);

    await appsList.hide('Audit-Trail-SIEM');
    await expect(row.getByRole('cell', { name: 'Key hidden' })).toHaveText(MASK);
    await expect(row.getByRole('cell', { name: 'Secret hidden' })).toHaveText(MASK);
    await expect(row.getByText(/^eght_/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy key for Audit-Trail-SIEM' })).toHaveCount(
      0,
    );
  });

  test('copies exactly the revealed Key and Secret', async ({ page, appsList, clipboardText }) => {
    await appsList.goto();
    await appsList.reveal('WallboardRealtime');
    const copyKey = page.getByRole('button', { name: 'Copy key for WallboardRealtime' });
    const copySecret = page.getByRole('button', { name: 'Copy secret for WallboardRealtime' });
    const keyCell = appsList.row('WallboardRealtime').getByRole('cell').filter({ has: copyKey });
    const secretCell = appsList
      .row('WallboardRealtime')
      .getByRole('cell')
      .filter({ has: copySecret });
    // Before anything is copied, each cell's text is exactly the revealed value.
    await expect(keyCell).toHaveText(/^eght_\S+$/);
    await expect(secretCell).toHaveText(/^\S+$/);
    const key = await keyCell.textContent();
    const secret = await secretCell.textContent();

    await copyKey.click();
    await expect(keyCell.getByRole('status')).toHaveText('Copied');
    expect(await clipboardText()).toBe(key);

    await copySecret.click();
    await expect(secretCell.getByRole('status')).toHaveText('Copied');
    expect(await clipboardText()).toBe(secret);
  });

  test('search narrows the rows and is kept in the URL', async ({ page, appsList }) => {
    await appsList.goto();
    await appsList.search('analytics');

    await expect(page).toHaveURL(/[?&]q=analytics(&|$)/);
    await expect(appsList.names).toHaveText(['Tableau_WorkAnalytics', 'All-CC-Analytics']);
    await expect(appsList.summary).toHaveText('Showing 1–2 of 2 Apps');
  });

  test('sorts by App Name ascending, then descending', async ({ page, appsList }) => {
    await appsList.goto();

    await appsList.sortBy('App Name');
    await expect(page).toHaveURL(/[?&]sort=name&order=asc(&|$)/);
    await expect(appsList.names).toHaveText(BY_NAME.slice(0, 10));
    await expect(page.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await appsList.sortBy('App Name');
    await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
    await expect(page).not.toHaveURL(/order=asc/);
    await expect(appsList.names).toHaveText(BY_NAME.toReversed().slice(0, 10));
    await expect(page.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('page 2 shows the remaining two Apps', async ({ page, appsList }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Page 2' }).click();

    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(10));
    await expect(appsList.summary).toHaveText('Showing 11–12 of 12 Apps');

    await page.getByRole('button', { name: 'Page 1' }).click();
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(0, 10));
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(10));
  });

  test('a reload and a shared link keep the search, sort and page', async ({
    page,
    browser,
    appsList,
  }) => {
    // Eleven seed Apps have an "e" in their name: sorted by name, page 2 holds the last one.
    const expectView = async (list: typeof appsList) => {
      await expect(list.searchBox).toHaveValue('e');
      await expect(list.names).toHaveText(['WallboardRealtime']);
      await expect(list.summary).toHaveText('Showing 11–11 of 11 Apps');
      await expect(list.page.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
    };
    await appsList.goto();
    await appsList.search('e');
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
    await appsList.sortBy('App Name');
    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\?q=e&sort=name&order=asc&page=2$/);
    await expectView(appsList);
    const sharedLink = page.url();

    await page.reload();
    await expect(page).toHaveURL(sharedLink);
    await expectView(appsList);

    // A colleague opens the link in a browser of their own (fresh demo data, same seed names).
    const context = await browser.newContext();
    try {
      const colleague = new AppsList(await context.newPage());
      await colleague.page.goto(sharedLink);
      await expectView(colleague);
    } finally {
      await context.close();
    }
  });

  test('has no accessibility violations, in light and dark colour schemes', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);
    await appsList.reveal('DataLake-Ingest');
    await expect(appsList.row('DataLake-Ingest').getByText(/^eght_/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a row opens the App details when clicked outside the name link', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await appsList
      .row('Audit-Trail-SIEM')
      .getByRole('cell', { name: /^\d{2}\/\d{2}\/\d{4}$/ })
      .click();

    await expect(page).toHaveURL(/\/api-keys\/[\w-]+$/);
    await expect(page.getByRole('dialog', { name: 'Audit-Trail-SIEM' })).toBeVisible();
  });
});
