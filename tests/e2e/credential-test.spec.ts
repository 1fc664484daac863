import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, FAILED_REQUEST, test, type AppsList } from './fixtures';

async function openDetails(page: Page, appsList: AppsList, name: string) {
  await appsList.goto({ q: name });
  await page.getByRole('link', { name, exact: true }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  return details;
}

/** The row of one product in the results. */
function resultRow(details: Locator, product: string) {
  return details
    .getByRole('region', { name: 'Credential test results' })
    .getByRole('row')
    .filter({ has: details.page().getByRole('rowheader', { name: product, exact: true }) });
}

test.describe('Test credentials', () => {
  test('right after adding a product it is not applied yet; once applied, it works', async ({
    page,
    appsList,
  }) => {
    const details = await openDetails(page, appsList, 'WallboardRealtime');
    await details.getByRole('checkbox', { name: 'Audit Records' }).check();
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Applying changes')).toBeVisible();

    await details.getByRole('button', { name: 'Test credentials' }).click();
    const results = details.getByRole('region', { name: 'Credential test results' });
    await expect(results).toContainText(/Tested at \d{1,2}:\d{2}:\d{2}/);
    await expect(resultRow(details, 'Audit Records')).toContainText('Not applied yet');
    await expect(resultRow(details, 'Contact Center Realtime Analytics')).toContainText('Works');

    // The demo applies changes after 10 seconds; the details poll until then.
    await expect(details.getByText('Active')).toBeVisible({ timeout: 20_000 });
    await details.getByRole('button', { name: 'Test credentials' }).click();
    await expect(resultRow(details, 'Audit Records')).toContainText('Works');
  });

  test('Cloud Storage is denied, with the reason, for an admin without Storage API', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await demo.signInAs('Company Admin without Storage API');
    const details = await openDetails(page, appsList, 'Storage-Archiver-EU');
    await details.getByRole('button', { name: 'Test credentials' }).click();
    const storage = resultRow(details, 'Cloud Storage Service');
    await expect(storage).toContainText('Denied');
    await expect(storage).toContainText('requires the Storage API assignment');
    await expect(resultRow(details, 'Audit Records')).toContainText('Works');
  });

  test("an expired App's credentials fail on every product, with the reason", async ({
    page,
    appsList,
  }) => {
    const details = await openDetails(page, appsList, 'SurveyReports.Legacy');
    await details.getByRole('button', { name: 'Test credentials' }).click();
    for (const product of [
      'Customer Experience Recent Calls',
      'Customer Experience Post Call Survey',
    ]) {
      await expect(resultRow(details, product)).toContainText('Failed');
      await expect(resultRow(details, product)).toContainText('no longer work');
    }
  });

  test('a failing network is explained, and the test runs again once it is back', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the demo's network fails on purpose
    const details = await openDetails(page, appsList, 'Audit-Trail-SIEM');
    // Switched without pressing Escape, which would close the drawer too.
    const toggle = page.getByRole('button', { name: 'Demo settings' });
    const network = page.getByRole('combobox', { name: 'Network' });
    await toggle.click();
    await network.selectOption({ label: 'Failing' });
    await toggle.click();

    await details.getByRole('button', { name: 'Test credentials' }).click();
    const alert = details.getByRole('alert');
    await expect(alert).toContainText('Could not test the credentials');
    await expect(alert).toContainText("Can't reach the server");

    await toggle.click();
    await network.selectOption({ label: 'Normal' });
    await toggle.click();
    await details.getByRole('button', { name: 'Test credentials' }).click();
    await expect(resultRow(details, 'Audit Records')).toContainText('Works');
    await expect(details.getByRole('alert')).toHaveCount(0);
  });

  test('the rate limit says when it can run again, keeping the last results', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the server answers 429
    const details = await openDetails(page, appsList, 'Audit-Trail-SIEM');
    const button = details.getByRole('button', { name: 'Test credentials' });
    for (let run = 0; run < 3; run += 1) {
      await button.click();
      await expect(resultRow(details, 'Audit Records')).toContainText('Works');
      await expect(button).toBeEnabled();
    }
    await button.click();
    const alert = details.getByRole('alert');
    await expect(alert).toContainText('Tested too often');
    await expect(alert).toContainText(/You can test again at \d{1,2}:\d{2}:\d{2}/);
    await expect(button).toBeDisabled();
    await expect(resultRow(details, 'Audit Records')).toContainText('Works');
    await expectNoAxeViolations(page);
  });

  test('the results have no accessibility violations in the dark colour scheme', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    const details = await openDetails(page, appsList, 'Storage-Archiver-EU');
    await details.getByRole('button', { name: 'Test credentials' }).click();
    await expect(resultRow(details, 'Cloud Storage Service')).toContainText('Works');
    await expectNoAxeViolations(page);
  });
});
