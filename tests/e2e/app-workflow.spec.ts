import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type AppsList, FAILED_REQUEST } from './fixtures';
import { settled } from './lifecycle-helpers';

/** The create drawer, open and with the product catalog loaded. */
async function openCreateDrawer(page: Page) {
  await page.getByRole('button', { name: 'Create App' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create app' });
  await expect(dialog.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  // Fully slid in, so nothing is caught mid-animation.
  await expect(dialog).toBeInViewport({ ratio: 1 });
  return dialog;
}

/** The details drawer of `name`, opened from its link in the list. */
async function openDetails(appsList: AppsList, name: string) {
  await appsList.page.getByRole('link', { name, exact: true }).click();
  const dialog = appsList.page.getByRole('dialog', { name, exact: true });
  await expect(dialog.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  return dialog;
}

async function createApp(page: Page, name: string, products: string[]) {
  const dialog = await openCreateDrawer(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  for (const product of products) {
    await dialog.getByRole('checkbox', { name: product, exact: true }).check();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  const details = page.getByRole('dialog', { name });
  await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  return details;
}

function checkbox(dialog: Locator, name: string) {
  return dialog.getByRole('checkbox', { name, exact: true });
}

test.describe('App workflow', () => {
  test('creates an App, which opens its details and appears in the list with its products', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();

    const details = await createApp(page, 'Ops-Dashboard', ['Contact Search', 'Audit Records']);

    await expect(
      page.getByRole('alert').filter({ hasText: 'Ops-Dashboard created' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/api-keys\/[\w-]+$/);
    await expect(
      details.getByText(/^Created on \d\d\/\d\d\/\d{4} at \d{1,2}:\d\d [AP]M$/),
    ).toBeVisible();
    await expect(checkbox(details, 'Contact Search')).toBeChecked();
    await expect(checkbox(details, 'Audit Records')).toBeChecked();
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();

    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.names.first()).toHaveText('Ops-Dashboard');
    await expect(appsList.row('Ops-Dashboard')).toContainText('Audit Records, Contact Search');
  });

  test('reveals and copies the Key and the Secret from the details', async ({
    page,
    appsList,
    clipboardText,
  }) => {
    await appsList.goto();
    const details = await openDetails(appsList, 'DataLake-Ingest');
    await expect(details.getByText('••••••••')).toHaveCount(2);

    // Copied while masked: fetched on demand, never shown.
    await details.getByRole('button', { name: 'Copy key' }).click();
    await expect(details.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copiedKey = await clipboardText();
    expect(copiedKey).toMatch(/^eght_\S{48}$/);
    await expect(details.getByText(copiedKey)).toHaveCount(0);

    await details.getByRole('button', { name: 'Show key' }).click();
    await expect(details.getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(details.getByText(copiedKey, { exact: true })).toBeVisible();

    await details.getByRole('button', { name: 'Show secret' }).click();
    const secret = details.getByRole('group', { name: 'Secret' }).getByRole('code');
    await expect(secret).toHaveText(/^[\w-]{43}$/);
    await details.getByRole('button', { name: 'Copy secret' }).click();
    // The clipboard is written once the value is in hand, which "Copied" announces.
    await expect(
      details
        .getByRole('group', { name: 'Secret' })
        .getByRole('status')
        .filter({ hasText: 'Copied' }),
    ).toBeVisible();
    expect(await clipboardText()).toBe(await secret.textContent());

    await details.getByRole('button', { name: 'Hide key' }).click();
    await details.getByRole('button', { name: 'Hide secret' }).click();
    await expect(details.getByText('••••••••')).toHaveCount(2);
    await expect(details.getByText(copiedKey)).toHaveCount(0);

    // Escape closes the drawer even with the pointer's tooltip showing over a button.
    await expect(page.getByRole('tooltip', { name: 'Show secret' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });

  test('adds and removes products, shows "Applying changes" then "Active", and keeps it', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    const details = await openDetails(appsList, 'PowerBI_Dashboards');
    const save = details.getByRole('button', { name: 'Save' });
    await expect(save).toBeDisabled();

    await checkbox(details, 'Audit Records').check();
    await details.getByRole('button', { name: 'Remove Work Analytics' }).click();
    await expect(checkbox(details, 'Work Analytics')).not.toBeChecked();
    await expect(
      details.getByRole('list', { name: 'Chosen API products (2)' }).getByRole('listitem'),
    ).toHaveText(['Contact Center Historical Analytics', 'Audit Records']);
    await save.click();
    // Work Analytics was used in the last 7 days: confirmed with the figure first (issue #8).
    await page
      .getByRole('dialog', { name: 'Remove API products still in use?' })
      .getByRole('button', { name: 'Remove and save' })
      .click();

    await expect(
      page.getByText('It may take a few minutes for the change to apply everywhere.'),
    ).toBeVisible();
    await expect(details.getByText('Applying changes')).toBeVisible();
    await expect(appsList.row('PowerBI_Dashboards').getByText('Applying changes')).toBeVisible();
    await expect(save).toBeDisabled();
    // The demo applies changes after 10 seconds; the details poll every 3.
    await expect(details.getByText('Active')).toBeVisible({ timeout: 20_000 });
    await expect(appsList.row('PowerBI_Dashboards').getByText('Applying changes')).toHaveCount(0);

    await page.reload();
    const reloaded = page.getByRole('dialog', { name: 'PowerBI_Dashboards' });
    await expect(checkbox(reloaded, 'Audit Records')).toBeChecked();
    await expect(checkbox(reloaded, 'Work Analytics')).not.toBeChecked();
    await expect(checkbox(reloaded, 'Contact Center Historical Analytics')).toBeChecked();
    await expect(appsList.row('PowerBI_Dashboards')).toContainText(
      'Contact Center Historical Analytics, Audit Records',
    );
  });

  test('deletes an App once its name is typed', async ({ page, appsList }) => {
    await appsList.goto();
    const details = await openDetails(appsList, 'Audit-Trail-SIEM');

    await details.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete app Audit-Trail-SIEM?' });
    await expect(confirm).toContainText('revokes its Key and Secret');
    const deleteButton = confirm.getByRole('button', { name: 'Delete app' });
    const typed = confirm.getByRole('textbox', { name: 'Type Audit-Trail-SIEM to confirm' });
    await expect(typed).toBeFocused();
    await expect(deleteButton).toBeDisabled();
    await typed.fill('Audit-Trail');
    await expect(deleteButton).toBeDisabled();
    await typed.fill('Audit-Trail-SIEM');
    await deleteButton.click();

    await expect(
      page.getByRole('alert').filter({ hasText: 'Audit-Trail-SIEM deleted' }),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
    await expect(page.getByRole('link', { name: 'Audit-Trail-SIEM' })).toHaveCount(0);

    await page.reload();
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
    await expect(page.getByRole('link', { name: 'Audit-Trail-SIEM' })).toHaveCount(0);
  });

  test('a created App survives a reload of the demo, and opens from a deep link', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await createApp(page, 'Survives-Reload', ['Work Analytics']);
    const detailsUrl = page.url();

    await page.reload();
    await expect(
      page.getByRole('dialog', { name: 'Survives-Reload' }).getByRole('textbox', { name: 'Name' }),
    ).toHaveValue('Survives-Reload');

    await appsList.goto();
    await expect(appsList.names.first()).toHaveText('Survives-Reload');
    await page.goto(detailsUrl);
    await expect(page.getByRole('dialog', { name: 'Survives-Reload' })).toBeVisible();
  });

  test('an unknown App id shows a not-found state with a way back', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the server answers 404
    await page.goto('/api-keys/no-such-app');
    const dialog = page.getByRole('dialog', { name: 'App not found' });
    await expect(dialog).toContainText('This App does not exist');

    await dialog.getByRole('button', { name: 'Back to API Keys' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.heading).toBeVisible();
  });

  test('the whole create flow works with the keyboard alone', async ({ page, appsList }) => {
    await appsList.goto();
    const createButton = page.getByRole('button', { name: 'Create App' });
    await createButton.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Create app' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeFocused();
    await page.keyboard.type('Keyboard Only');
    const fix = dialog.getByRole('button', { name: 'Use Keyboard-Only' });
    await page.keyboard.press('Tab');
    await expect(fix).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(name).toHaveValue('Keyboard-Only');
    await expect(name).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Search API products' })).toBeFocused();
    await page.keyboard.type('audit');
    await page.keyboard.press('Tab'); // the search box's clear button
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('checkbox', { name: 'Select all' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(checkbox(dialog, 'Audit Records')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(checkbox(dialog, 'Audit Records')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('combobox', { name: 'Expires' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused();
    await page.keyboard.press('Enter');

    const details = page.getByRole('dialog', { name: 'Keyboard-Only' });
    await expect(details).toBeVisible();
    await expect(details.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    // Nothing was focused before these details opened: focus lands on the new App's link.
    await expect(page.getByRole('link', { name: 'Keyboard-Only' })).toBeFocused();
  });

  test('focus stays in the drawer and returns to where it was after closing', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    const link = page.getByRole('link', { name: 'WallboardRealtime' });
    await link.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
    await expect(details.getByRole('button', { name: 'Close' })).toBeFocused();
    // The drawer opens, with the focus on Close, before the details have loaded ("Loading the
    // App…"): until then Close is its only control, and Shift+Tab rightly stays on it. Wait for
    // the last control, as a keyboard user would see it, before tabbing around.
    await expect(details.getByRole('button', { name: 'Cancel' })).toBeVisible();
    // Tabbing backwards from the first control wraps around to the last one.
    await page.keyboard.press('Shift+Tab');
    await expect(details.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(link).toBeFocused();

    const createButton = page.getByRole('button', { name: 'Create App' });
    await createButton.click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await expect(create.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await create.getByRole('button', { name: 'Cancel' }).click();
    await expect(create).toBeHidden();
    await expect(createButton).toBeFocused();

    // With something typed, closing asks first; keeping on editing keeps it.
    await createButton.click();
    await create.getByRole('textbox', { name: 'Name' }).fill('Unsaved');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(discard).toBeHidden();
    await expect(create.getByRole('textbox', { name: 'Name' })).toHaveValue('Unsaved');
    await page.keyboard.press('Escape');
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await expect(create).toBeHidden();
    await expect(createButton).toBeFocused();
  });

  test('the create, details and delete views have no axe violations', async ({
    page,
    appsList,
  }) => {
    // Four full-page axe runs: more than the default 30 s on a busy 2-core CI machine.
    test.slow();
    await appsList.goto();
    const create = await openCreateDrawer(page);
    await create.getByRole('button', { name: 'Save' }).click();
    await expect(create.getByText('Choose at least one API product.')).toBeVisible();
    await expectNoAxeViolations(page);
    await create.getByRole('button', { name: 'Cancel' }).click();
    await expect(create).toBeHidden();

    const details = await openDetails(appsList, 'DataLake-Ingest');
    await details.getByRole('button', { name: 'Show key' }).click();
    await expect(details.getByText(/^eght_/)).toBeVisible();
    await expectNoAxeViolations(page);
    await checkbox(details, 'Contact Search').check();
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Applying changes')).toBeVisible();
    await expectNoAxeViolations(page);

    await details.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete app DataLake-Ingest?' });
    await expect(confirm).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
  });

  test('the create and details views have no axe violations in the dark colour scheme', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();

    const create = await openCreateDrawer(page);
    await create.getByRole('textbox', { name: 'Name' }).fill('Has spaces');
    await create.getByRole('button', { name: 'Save' }).click();
    await expect(create.getByText('Choose at least one API product.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page
      .getByRole('dialog', { name: 'Discard unsaved changes?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await expect(create).toBeHidden();

    const details = await openDetails(appsList, 'SurveyReports.Legacy');
    await details.getByRole('button', { name: 'Show secret' }).click();
    await checkbox(details, 'Audit Records').check();
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Applying changes')).toBeVisible();
    // Not while the "saved" notification fades in (its text is then still too faint for axe).
    await settled(details.getByRole('alert').filter({ hasText: 'API products saved' }));
    await expectNoAxeViolations(page);
  });
});
