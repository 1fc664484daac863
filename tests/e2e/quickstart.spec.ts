import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type AppsList } from './fixtures';

/** Opens an App's details on its Quickstart tab and waits until its Key fills the snippets. */
async function openQuickstart(page: Page, appsList: AppsList, name: string) {
  await appsList.goto({ q: name });
  await page.getByRole('link', { name, exact: true }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await details.getByRole('tab', { name: 'Quickstart' }).click();
  const panel = details.getByRole('tabpanel', { name: 'Quickstart' });
  await expect(panel.getByText(/eght_/).first()).toBeVisible();
  return { details, panel };
}

/** The App's real Key and Secret, read from the Overview tab's reveal toggles. */
async function credentialsOf(page: Page, name: string) {
  const details = page.getByRole('dialog', { name, exact: true });
  await details.getByRole('tab', { name: 'Overview' }).click();
  await details.getByRole('button', { name: 'Show key' }).click();
  await details.getByRole('button', { name: 'Show secret' }).click();
  const key = await details.getByRole('group', { name: 'Key' }).getByRole('code').textContent();
  const secret = await details
    .getByRole('group', { name: 'Secret' })
    .getByRole('code')
    .textContent();
  await details.getByRole('tab', { name: 'Quickstart' }).click();
  return { key: key ?? '', secret: secret ?? '' };
}

/**
 * Presses a copy button and waits for its own "Copied": the clipboard write runs within the
 * click but finishes later (the value is a promise handed to the browser), so reading the
 * clipboard at once could read what was there before.
 */
async function copy(scope: Locator, name: string) {
  await scope.getByRole('button', { name }).click();
  await expect(scope.getByRole('status').filter({ hasText: /^Copied$/ })).toBeVisible();
}

test.describe('Quickstart', () => {
  test('an OAuth2 snippet copies with the Secret as a placeholder, then with the Secret shown', async ({
    page,
    appsList,
    clipboardText,
  }) => {
    const { panel } = await openQuickstart(page, appsList, 'All-CC-Analytics');
    const { key, secret } = await credentialsOf(page, 'All-CC-Analytics');
    const product = 'Contact Center Historical Analytics';
    await expect(panel.getByRole('heading', { name: product })).toBeVisible();
    await expect(panel.getByText(/^OAuth2 client credentials/).first()).toBeVisible();

    await copy(panel.getByRole('region', { name: product }), `Copy curl snippet for ${product}`);
    let copied = await clipboardText();
    expect(copied).toContain("curl -s -X POST 'https://api.8x8.com/oauth/v2/token'");
    expect(copied).toContain(`-u '${key}:<your secret>'`);
    expect(copied).toContain("-d 'grant_type=client_credentials'");
    expect(copied).toContain(
      "curl -X GET 'https://api.8x8.com/analytics/cc/v8/historical-metrics/report-types'",
    );
    expect(copied).not.toContain(secret);

    await panel.getByRole('combobox', { name: `Region for ${product}` }).selectOption('eu');
    await panel.getByRole('tab', { name: 'TypeScript' }).click();
    await panel.getByRole('checkbox', { name: 'Show the Secret in the snippets' }).check();
    await copy(
      panel.getByRole('region', { name: product }),
      `Copy TypeScript snippet for ${product}`,
    );
    copied = await clipboardText();
    expect(copied).toContain(`const key = "${key}";`);
    expect(copied).toContain(`const secret = "${secret}";`);
    expect(copied).toContain('Authorization: `Basic ${btoa(`${key}:${secret}`)}`');
    expect(copied).toContain('https://api.8x8.com/eu/analytics/cc/v8/historical-metrics');
  });

  test('a legacy snippet sends the key header pair and never the Secret', async ({
    page,
    appsList,
    clipboardText,
  }) => {
    const { panel } = await openQuickstart(page, appsList, 'SurveyReports.Legacy');
    const { key, secret } = await credentialsOf(page, 'SurveyReports.Legacy');
    const product = 'Customer Experience Recent Calls';
    await panel.getByRole('tab', { name: 'Python' }).click();
    await panel.getByRole('combobox', { name: `Region for ${product}` }).selectOption('uk');
    await copy(panel.getByRole('region', { name: product }), `Copy Python snippet for ${product}`);
    const copied = await clipboardText();
    expect(copied).toContain(`key = "${key}"`);
    expect(copied).toContain(
      'requests.post(\n    "https://api.8x8.com/customerexperience/v1/recentCallData/uk"',
    );
    expect(copied).toContain('"8x8-apikey": key, "token": "<token issued by 8x8 on request>"');
    expect(copied).not.toContain(secret);

    // Showing the Secret changes nothing for a product that does not use it.
    await panel.getByRole('checkbox', { name: 'Show the Secret in the snippets' }).check();
    await copy(panel.getByRole('region', { name: product }), `Copy Python snippet for ${product}`);
    expect(await clipboardText()).not.toContain(secret);
  });

  test('an x-api-key snippet, and Copy as .env with the real Key and Secret', async ({
    page,
    appsList,
    clipboardText,
  }) => {
    const { panel } = await openQuickstart(page, appsList, 'Audit-Trail-SIEM');
    const { key, secret } = await credentialsOf(page, 'Audit-Trail-SIEM');
    await copy(
      panel.getByRole('region', { name: 'Audit Records' }),
      'Copy curl snippet for Audit Records',
    );
    const copied = await clipboardText();
    expect(copied).toContain(
      "curl -X GET 'https://api.8x8.com/administration/audit/v1/audits?startTime=",
    );
    expect(copied).toContain('&service=platform');
    expect(copied).toContain(`-H 'x-api-key: ${key}'`);

    // Its own status sits beside it, above the snippets' sections.
    await panel.getByRole('button', { name: 'Copy as .env' }).click();
    await expect(
      panel.getByRole('button', { name: 'Copy as .env' }).locator('xpath=..').getByText('Copied'),
    ).toBeVisible();
    // Single-quoted: sourced by a shell (`set -a; . .env`), no value can run or add anything.
    expect(await clipboardText()).toBe(`EIGHTX8_KEY='${key}'\nEIGHTX8_SECRET='${secret}'\n`);
  });

  test('has no accessibility violations, in light and dark colour schemes', async ({
    page,
    appsList,
  }) => {
    const name = 'QM-Evaluations-Export';
    const { details, panel } = await openQuickstart(page, appsList, name);
    await expect(panel.getByRole('heading', { name: 'Cloud Storage Service' })).toBeVisible();
    await expectNoAxeViolations(page);

    await details.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await page.getByRole('link', { name, exact: true }).click();
    await details.getByRole('tab', { name: 'Quickstart' }).click();
    await expect(panel.getByRole('heading', { name: 'Cloud Storage Service' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
