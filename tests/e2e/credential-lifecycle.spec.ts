import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, FAILED_REQUEST, test, type AppsList } from './fixtures';
import {
  credentialGroup,
  graceOptions,
  openActivity,
  openDetails,
  regenerate,
  revealedValue,
  settled,
  tokenStatus,
  useColourScheme,
} from './lifecycle-helpers';

/** The browser's log line for a token request the backend refuses (401), on purpose here. */
const REFUSED_TOKEN = /401 \(Unauthorized\).*\/oauth\/v2\/token/;

// Rotation, expiry, usage, activity and attention filters in the demo build (issue #8). Each test
// has its own browser context, so the demo data starts from the seed every time.

test.describe('Regenerate secret', () => {
  /** Regenerates Audit-Trail-SIEM's secret; checks the new one is shown in place and works. */
  async function regenerateAndCheck(page: Page, appsList: AppsList, option: string) {
    const name = 'Audit-Trail-SIEM';
    await appsList.goto();
    const details = await openDetails(page, name);
    const key = await revealedValue(details, 'Key');
    const oldSecret = await revealedValue(details, 'Secret');
    expect(await tokenStatus(page, key, oldSecret)).toBe(200);

    const dialog = await regenerate(page, details, name, option);
    await expect(dialog).toBeHidden();

    // The new secret in place, revealed, with its copy button; the old value gone from it.
    const secret = credentialGroup(details, 'Secret');
    await expect(secret.getByRole('button', { name: 'Hide secret' })).toBeVisible();
    await expect(secret.getByRole('button', { name: 'Copy secret' })).toBeVisible();
    await expect(secret.getByRole('code')).not.toHaveText(oldSecret);
    const newSecret = await revealedValue(details, 'Secret');
    await expect(page.getByText(oldSecret)).toHaveCount(0);
    expect(await tokenStatus(page, key, newSecret)).toBe(200);
    return { details, key, oldSecret };
  }

  test('"No, stop it now" (the name typed): the new secret is shown at once and the old one stops', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    // The backend refuses the old credentials on purpose: the browser logs that 401.
    consoleMessages.allow(REFUSED_TOKEN);
    const { details, key, oldSecret } = await regenerateAndCheck(page, appsList, 'No, stop it now');
    // The backend's verdict: the old secret no longer works.
    expect(await tokenStatus(page, key, oldSecret)).toBe(401);
    await expect(credentialGroup(details, 'Previous secret')).toHaveCount(0);
  });

  for (const { option, stops } of graceOptions) {
    test(`"${option}": the new secret is shown at once and the old one keeps working ${stops}`, async ({
      page,
      appsList,
    }) => {
      const { details, key, oldSecret } = await regenerateAndCheck(page, appsList, option);
      // The backend's verdict: the old secret still works during the grace period.
      expect(await tokenStatus(page, key, oldSecret)).toBe(200);

      // Both secrets on screen: the previous one masked until asked, with when it stops.
      const previous = credentialGroup(details, 'Previous secret');
      await expect(previous.getByText('Previous secret hidden')).toBeAttached();
      await expect(
        details.getByText(
          new RegExp(`^Stops working on \\d\\d/\\d\\d/\\d{4}, .+ UTC \\(${stops}\\)\\.$`),
        ),
      ).toBeVisible();
      expect(await revealedValue(details, 'Previous secret')).toBe(oldSecret);
      await expect(previous.getByRole('button', { name: 'Copy previous secret' })).toBeVisible();
      // Each secret's last use, as the backend saw it just now.
      await expect(
        details.getByText('Previous secret last used less than a minute ago'),
      ).toBeVisible();
      await expect(details.getByText('Secret last used less than a minute ago')).toBeVisible();
    });
  }

  test('revoking the previous secret early asks first, then the old secret stops working', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    // The backend refuses the old credentials on purpose: the browser logs that 401.
    consoleMessages.allow(REFUSED_TOKEN);
    const name = 'Salesforce-CTI-Sync'; // in a seed grace period that ends in 5 hours
    await appsList.goto();
    const details = await openDetails(page, name);
    await expect(details.getByText(/^Stops working on .+ UTC \(in 5 hours\)\.$/)).toBeVisible();
    const key = await revealedValue(details, 'Key');
    const previous = await revealedValue(details, 'Previous secret');
    expect(await tokenStatus(page, key, previous)).toBe(200);

    await details.getByRole('button', { name: 'Revoke previous secret now' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke previous secret now?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(credentialGroup(details, 'Previous secret')).toBeVisible();

    await details.getByRole('button', { name: 'Revoke previous secret now' }).click();
    await confirm.getByRole('button', { name: 'Revoke previous secret' }).click();
    await expect(confirm).toBeHidden();
    await expect(credentialGroup(details, 'Previous secret')).toHaveCount(0);
    await expect(page.getByText(previous)).toHaveCount(0);
    expect(await tokenStatus(page, key, previous)).toBe(401);
    await expect(details.getByRole('button', { name: 'Regenerate secret' })).toBeFocused();
  });

  test('a double click regenerates once', async ({ page, appsList }) => {
    const name = 'WallboardRealtime';
    await appsList.goto();
    const details = await openDetails(page, name);
    await details.getByRole('button', { name: 'Regenerate secret' }).click();
    const dialog = page.getByRole('dialog', { name: `Regenerate secret for ${name}?` });
    await dialog.getByRole('radio', { name: 'For 1 hour' }).check();
    await dialog.getByRole('button', { name: 'Regenerate secret' }).dblclick();
    await expect(dialog).toBeHidden();
    const events = await openActivity(details);
    const regenerations = events.filter({ hasText: 'regenerated the Secret' });
    await expect(regenerations).toHaveCount(1);
    await expect(regenerations).toHaveAccessibleName(
      'Dana Whitfield regenerated the Secret; the previous one kept working for 1 hour',
    );
  });
});

test.describe('Expiry', () => {
  test('is chosen at creation, shown in the list and the details, changed and removed', async ({
    page,
    appsList,
  }) => {
    const name = 'Expiring-Integration';
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await create.getByRole('textbox', { name: 'Name' }).fill(name);
    await create.getByRole('combobox', { name: 'Expires' }).selectOption({ label: 'In 30 days' });
    await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    await create.getByRole('button', { name: 'Save' }).click();

    const details = page.getByRole('dialog', { name, exact: true });
    const expires = details.getByRole('combobox', { name: 'Expires' });
    await expect(
      details.getByText(/^Expires on \d\d\/\d\d\/\d{4}, \d{1,2}:\d\d [AP]M UTC \(in 1 month\)\.$/),
    ).toBeVisible();
    await expect(appsList.row(name).getByText('Expires in 1 month')).toBeVisible();

    await expires.selectOption({ label: 'In 90 days' });
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(
      details.getByRole('alert').filter({ hasText: `${name}: expiry saved` }),
    ).toBeVisible();
    await expect(details.getByText(/\(in 3 months\)\.$/)).toBeVisible();
    await expect(appsList.row(name).getByText('Expires in 3 months')).toBeVisible();

    await expires.selectOption({ label: 'Never' });
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Never expires.')).toBeVisible();
    await expect(appsList.row(name).getByText(/^Expires/)).toHaveCount(0);

    const events = await openActivity(details);
    await expect(events.nth(0)).toHaveAccessibleName('Dana Whitfield removed the expiry');
    await expect(events.nth(1)).toHaveAccessibleName(
      /^Dana Whitfield set the expiry to \d\d\/\d\d\/\d{4}, .+ UTC$/,
    );
  });

  test('an expired App is marked, and the backend refuses its credentials', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    // The backend refuses the old credentials on purpose: the browser logs that 401.
    consoleMessages.allow(REFUSED_TOKEN);
    const name = 'SurveyReports.Legacy';
    await appsList.goto();
    await expect(appsList.row(name).getByText('Expired', { exact: true })).toBeVisible();
    const details = await openDetails(page, name);
    await expect(
      details.getByText(
        /^Expired on .+ UTC \(12 days ago\)\. Its Key and Secret no longer work\.$/,
      ),
    ).toBeVisible();
    const key = await revealedValue(details, 'Key');
    const secret = await revealedValue(details, 'Secret');
    expect(await tokenStatus(page, key, secret)).toBe(401);

    // A new expiry brings it back.
    await details.getByRole('combobox', { name: 'Expires' }).selectOption({ label: 'In 1 year' });
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText(/^Expires on .+ \(in 1 year\)\.$/)).toBeVisible();
    expect(await tokenStatus(page, key, secret)).toBe(200);
  });
});

test.describe('Usage', () => {
  test('the Last used column sorts both ways, shows the exact time on hover and on the row’s focus, with no Tab stop of its own', async ({
    page,
    appsList,
  }) => {
    await appsList.goto({ size: 25 });
    const header = page.getByRole('columnheader', { name: 'Last used' });
    await page.getByRole('button', { name: 'Last used', exact: true }).click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=lastUsedAt&order=asc/);
    await expect(appsList.names.first()).toHaveText('Tableau_WorkAnalytics');
    await expect(
      appsList.row('Tableau_WorkAnalytics').getByRole('cell', { name: 'Never' }),
    ).toBeVisible();
    await expect(appsList.names.nth(1)).toHaveText('RecordingAPIAccess');

    await page.getByRole('button', { name: 'Last used', exact: true }).click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(appsList.names).toHaveText([
      'WallboardRealtime',
      'DataLake-Ingest',
      'All-CC-Analytics',
      'Audit-Trail-SIEM',
      'Salesforce-CTI-Sync',
      'PowerBI_Dashboards',
      'Storage-Archiver-EU',
      'QM-Evaluations-Export',
      'SurveyReports.Legacy',
      'Helpdesk-Contact-Lookup',
      'RecordingAPIAccess',
      'Tableau_WorkAnalytics',
    ]);

    const row = appsList.row('Audit-Trail-SIEM');
    const when = row.getByText('4 minutes ago');
    const exact = row.getByText(/^ \(\d\d\/\d\d\/\d{4}, .+ UTC\)$/);
    // Clipped to a pixel (for screen readers only) until hovered or the row has keyboard focus.
    expect((await exact.boundingBox())?.width).toBeLessThanOrEqual(1);
    await when.hover();
    await expect.poll(async () => (await exact.boundingBox())?.width).toBeGreaterThan(100);
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await exact.boundingBox())?.width).toBeLessThanOrEqual(1);

    // Last used is no Tab stop of its own: from the App's name, Tab goes to the row's eyeball,
    // and while the row has the keyboard focus the exact time shows.
    const name = row.getByRole('link', { name: 'Audit-Trail-SIEM' });
    const eye = row.getByRole('button', { name: 'Show credentials for Audit-Trail-SIEM' });
    await name.focus();
    await page.keyboard.press('Tab');
    await expect(eye).toBeFocused();
    await expect.poll(async () => (await exact.boundingBox())?.width).toBeGreaterThan(100);
    await page.keyboard.press('Shift+Tab');
    await expect(name).toBeFocused();
    await expect.poll(async () => (await exact.boundingBox())?.width).toBeGreaterThan(100);
    // Focus leaves the row (Shift+Tab to the row above): the exact time hides again.
    await page.keyboard.press('Shift+Tab');
    await expect(name).not.toBeFocused();
    await expect.poll(async () => (await exact.boundingBox())?.width).toBeLessThanOrEqual(1);
  });

  test('the details show the usage per product; deleting or removing a used product warns with the figure', async ({
    page,
    appsList,
  }) => {
    const name = 'PowerBI_Dashboards';
    await appsList.goto();
    const details = await openDetails(page, name);
    const usage = details.getByRole('region', { name: 'Usage' });
    await expect(
      usage.getByRole('row', { name: /^Work Analytics 50 minutes ago .* 1,204$/ }),
    ).toBeVisible();

    await details.getByRole('button', { name: 'Delete' }).click();
    const confirmDelete = page.getByRole('dialog', { name: `Delete app ${name}?` });
    await expect(
      confirmDelete.getByText('Work Analytics: 1,204 calls in the last 7 days'),
    ).toBeVisible();
    await expect(
      confirmDelete.getByText('Contact Center Historical Analytics: 310 calls in the last 7 days'),
    ).toBeVisible();
    await confirmDelete.getByRole('button', { name: 'Cancel' }).click();

    await details.getByRole('button', { name: 'Remove Work Analytics' }).click();
    await details.getByRole('button', { name: 'Save' }).click();
    const warning = page.getByRole('dialog', { name: 'Remove API products still in use?' });
    await expect(warning.getByText('Work Analytics: 1,204 calls in the last 7 days')).toBeVisible();
    await warning.getByRole('button', { name: 'Keep editing' }).click();
    await expect(warning).toBeHidden();
    // Nothing was saved, nothing chosen was lost.
    await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).not.toBeChecked();
    await expect(details.getByRole('button', { name: 'Save' })).toBeEnabled();

    await details.getByRole('button', { name: 'Save' }).click();
    await warning.getByRole('button', { name: 'Remove and save' }).click();
    await expect(
      details.getByRole('alert').filter({ hasText: `${name}: API products saved` }),
    ).toBeVisible();
    await expect(usage.getByRole('row', { name: /^Work Analytics/ })).toHaveCount(0);
  });
});

test.describe('Activity', () => {
  test('shows a reveal, a copy, a product change and a regeneration, newest first, with the actor', async ({
    page,
    appsList,
  }) => {
    const name = 'DataLake-Ingest';
    await appsList.goto();
    const details = await openDetails(page, name);
    await details.getByRole('button', { name: 'Show key' }).click();
    await expect(credentialGroup(details, 'Key').getByRole('code')).toBeVisible();
    await details.getByRole('button', { name: 'Copy secret' }).click();
    await expect(details.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    await details.getByRole('checkbox', { name: 'Contact Search', exact: true }).check();
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(
      details.getByRole('alert').filter({ hasText: `${name}: API products saved` }),
    ).toBeVisible();
    await regenerate(page, details, name, 'For 24 hours');
    await expect(credentialGroup(details, 'Previous secret')).toBeVisible();

    const events = await openActivity(details);
    // The new secret shown in place was fetched from the server, which audits that too.
    await expect(events.nth(0)).toHaveAccessibleName(
      'Dana Whitfield revealed the Key, Secret, and previous Secret',
    );
    await expect(events.nth(1)).toHaveAccessibleName(
      'Dana Whitfield regenerated the Secret; the previous one kept working for 24 hours',
    );
    await expect(events.nth(2)).toHaveAccessibleName('Dana Whitfield added Contact Search');
    await expect(events.nth(3)).toHaveAccessibleName('Dana Whitfield copied the Secret');
    await expect(events.nth(4)).toHaveAccessibleName('Dana Whitfield revealed the Key and Secret');
    await expect(events.nth(1).getByText('less than a minute ago')).toBeVisible();
    await expect(events.last()).toHaveAccessibleName(/^Dana Whitfield created the App with/);
  });

  test('pages with Load more', async ({ page, appsList }) => {
    await appsList.goto({ sort: 'name', order: 'asc' });
    const details = await openDetails(page, 'All-CC-Analytics');
    const events = await openActivity(details);
    await expect(events).toHaveCount(10);
    await details.getByRole('button', { name: 'Load more' }).click();
    await expect(events).toHaveCount(13);
    await expect(details.getByRole('button', { name: 'Load more' })).toHaveCount(0);
    await expect(events.last()).toHaveAccessibleName(/^Marcus Lee created the App with/);
  });
});

test.describe('Attention filters', () => {
  const cases = [
    {
      filter: 'Never used',
      param: 'never-used',
      all: ['Tableau_WorkAnalytics'],
      search: 'work',
      matching: ['Tableau_WorkAnalytics'],
    },
    {
      filter: 'Idle 90+ days',
      param: 'idle',
      all: ['Helpdesk-Contact-Lookup', 'RecordingAPIAccess'],
      search: 'record',
      matching: ['RecordingAPIAccess'],
    },
    {
      filter: 'Expiring soon',
      param: 'expiring-soon',
      all: ['Storage-Archiver-EU'],
      search: 'storage',
      matching: ['Storage-Archiver-EU'],
    },
    {
      filter: 'Old secret',
      param: 'old-secret',
      all: [
        'All-CC-Analytics',
        'PowerBI_Dashboards',
        'QM-Evaluations-Export',
        'RecordingAPIAccess',
      ],
      search: 'analytics',
      matching: ['All-CC-Analytics'],
    },
  ] as const;

  for (const { filter, param, all, search, matching } of cases) {
    test(`"${filter}" filters on the server, combines with search and sort, and survives a reload`, async ({
      page,
      appsList,
    }) => {
      await appsList.goto({ sort: 'name', order: 'asc' });
      const toggle = page.getByRole('button', {
        name: new RegExp(`^${filter.replace('+', '\\+')} ${all.length}$`),
      });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page).toHaveURL(new RegExp(`attention=${param}`));
      await expect(appsList.names).toHaveText([...all]);

      await appsList.search(search);
      await expect(appsList.names).toHaveText([...matching]);
      await expect(page).toHaveURL(new RegExp(`q=${search}`));
      // The counts follow the search.
      await expect(
        page.getByRole('button', {
          name: new RegExp(`^${filter.replace('+', '\\+')} ${matching.length}$`),
        }),
      ).toBeVisible();

      await page.reload();
      await expect(appsList.searchBox).toHaveValue(search);
      await expect(
        page.getByRole('button', { name: new RegExp(`^${filter.replace('+', '\\+')}`) }),
      ).toHaveAttribute('aria-pressed', 'true');
      await expect(appsList.names).toHaveText([...matching]);

      // Pressed again: the filter is off, the search stays.
      await page
        .getByRole('button', { name: new RegExp(`^${filter.replace('+', '\\+')}`) })
        .click();
      await expect(page).not.toHaveURL(/attention=/);
      await expect(appsList.searchBox).toHaveValue(search);
    });
  }

  test('pages through the filtered Apps', async ({ page, appsList }) => {
    await appsList.goto({ sort: 'name', order: 'asc', size: 10 });
    await page.getByRole('button', { name: /^Old secret/ }).click();
    await expect(appsList.summary).toHaveText('Showing 1–4 of 4 Apps');
  });
});

test.describe('Demo data', () => {
  test('shows every lifecycle state again after Reset demo data', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    const details = await openDetails(page, 'Salesforce-CTI-Sync');
    await details.getByRole('button', { name: 'Revoke previous secret now' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke previous secret now?' })
      .getByRole('button', { name: 'Revoke previous secret' })
      .click();
    await expect(credentialGroup(details, 'Previous secret')).toHaveCount(0);
    await details.getByRole('button', { name: 'Close' }).click();
    // Closed before the reset: an open drawer would refetch an App the reset has replaced (404).
    await expect(details).toBeHidden();

    await demo.reset();
    await expect(page.getByRole('button', { name: /^Never used 1$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Idle 90\+ days 2$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Expiring soon 1$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Old secret 4$/ })).toBeVisible();
    await expect(
      appsList.row('SurveyReports.Legacy').getByText('Expired', { exact: true }),
    ).toBeVisible();
    const again = await openDetails(page, 'Salesforce-CTI-Sync');
    await expect(credentialGroup(again, 'Previous secret')).toBeVisible();
  });
});

test.describe('Failures', () => {
  test('a failing network during regenerate, revoke and expiry change says so and keeps the screen as it was', async ({
    page,
    appsList,
    demo,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the demo's network fails on purpose
    const name = 'Salesforce-CTI-Sync';
    await appsList.goto();
    const details = await openDetails(page, name);
    await demo.setNetwork('Failing');

    // Regenerate: the error in the dialog; nothing changed behind it.
    await details.getByRole('button', { name: 'Regenerate secret' }).click();
    const dialog = page.getByRole('dialog', { name: `Regenerate secret for ${name}?` });
    await dialog.getByRole('radio', { name: 'For 7 days' }).check();
    await dialog.getByRole('button', { name: 'Regenerate secret' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Could not regenerate the secret');
    await expect(dialog.getByRole('alert')).toContainText("Can't reach the server");
    await expect(dialog.getByRole('radio', { name: 'For 7 days' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(details.getByText(/^Stops working on .+ \(in 5 hours\)\.$/)).toBeVisible();

    // Revoke: the error in the confirmation; the previous secret still there.
    await details.getByRole('button', { name: 'Revoke previous secret now' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke previous secret now?' });
    await confirm.getByRole('button', { name: 'Revoke previous secret' }).click();
    await expect(confirm.getByRole('alert')).toContainText('Could not revoke the previous secret');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(credentialGroup(details, 'Previous secret')).toBeVisible();

    // Expiry: the error above the buttons; the choice kept for a retry.
    const expires = details.getByRole('combobox', { name: 'Expires' });
    await expires.selectOption({ label: 'In 90 days' });
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByRole('alert')).toContainText('Could not save the expiry');
    await expect(expires).toHaveValue('90d');
    await expect(details.getByText('Never expires.')).toBeVisible();

    await demo.setNetwork('Normal');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText(/^Expires on .+ \(in 3 months\)\.$/)).toBeVisible();
    await details.getByRole('button', { name: 'Regenerate secret' }).click();
    await dialog.getByRole('radio', { name: 'For 7 days' }).check();
    await dialog.getByRole('button', { name: 'Regenerate secret' }).click();
    await expect(details.getByText(/^Stops working on .+ \(in 7 days\)\.$/)).toBeVisible();
  });
});

test.describe('Accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the lifecycle views have no axe violations (${scheme})`, async ({ page, appsList }) => {
      // Six full-page axe runs.
      test.setTimeout(90_000);
      await appsList.goto();
      await useColourScheme(page, scheme);
      await page.getByRole('button', { name: /^Old secret/ }).click();
      await expect(appsList.names).toHaveCount(4);
      await expectNoAxeViolations(page);

      const details = await openDetails(page, 'PowerBI_Dashboards');
      await expect(details.getByRole('region', { name: 'Usage' }).getByRole('row')).toHaveCount(3);
      await expectNoAxeViolations(page);

      const dialog = await regenerate(page, details, 'PowerBI_Dashboards', 'For 1 hour');
      await expect(dialog).toBeHidden();
      await expect(credentialGroup(details, 'Previous secret')).toBeVisible();
      await expectNoAxeViolations(page);

      await details.getByRole('button', { name: 'Regenerate secret' }).click();
      await dialog.getByRole('radio', { name: 'No, stop it now' }).check();
      await settled(dialog);
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();

      await details.getByRole('button', { name: 'Revoke previous secret now' }).click();
      const revoke = page.getByRole('dialog', { name: 'Revoke previous secret now?' });
      await settled(revoke);
      await expectNoAxeViolations(page);
      await revoke.getByRole('button', { name: 'Cancel' }).click();
      await expect(revoke).toBeHidden();

      await details.getByRole('button', { name: 'Delete' }).click();
      const remove = page.getByRole('dialog', { name: 'Delete app PowerBI_Dashboards?' });
      await expect(remove.getByText(/calls in the last 7 days/)).toHaveCount(2);
      await settled(remove);
      await expectNoAxeViolations(page);
      await remove.getByRole('button', { name: 'Cancel' }).click();
      await expect(remove).toBeHidden();

      await openActivity(details);
      await expectNoAxeViolations(page);
    });
  }
});
