import type { Page } from '@playwright/test';
import { expect, test, type NetworkMode, FAILED_REQUEST } from './fixtures';

/**
 * Switches the mock network from the Demo settings panel without pressing Escape (which the
 * fixture uses to close the panel, and which would also close a dialog open underneath).
 */
async function switchNetwork(page: Page, mode: NetworkMode) {
  const toggle = page.getByRole('button', { name: 'Demo settings' });
  const network = page.getByRole('combobox', { name: 'Network' });
  await toggle.click();
  await network.selectOption({ label: mode });
  await toggle.click();
  await expect(network).toBeHidden();
}

test.describe('Failures keep what the admin entered', () => {
  test('a create on a failing network explains it and keeps the form', async ({
    page,
    appsList,
    demo,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the network fails on purpose
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create app' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Offline-Attempt');
    await dialog.getByRole('checkbox', { name: 'Contact Search' }).check();

    await demo.setNetwork('Failing');
    await dialog.getByRole('button', { name: 'Save' }).click();

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Could not create the App');
    await expect(alert).toContainText("Can't reach the server");
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Offline-Attempt');
    await expect(dialog.getByRole('checkbox', { name: 'Contact Search' })).toBeChecked();

    await demo.setNetwork('Normal');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const details = page.getByRole('dialog', { name: 'Offline-Attempt' });
    await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue('Offline-Attempt');
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(appsList.summary).toHaveText('Showing 1–10 of 13 Apps');
  });

  test('a save of products on a failing network explains it and keeps the selection', async ({
    page,
    appsList,
    demo,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the network fails on purpose
    await appsList.goto();
    await page.getByRole('link', { name: 'WallboardRealtime' }).click();
    const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
    await details.getByRole('checkbox', { name: 'Audit Records' }).check();

    await demo.setNetwork('Failing');
    await details.getByRole('button', { name: 'Save' }).click();

    const alert = details.getByRole('alert');
    await expect(alert).toContainText('Could not save the API products');
    await expect(alert).toContainText("Can't reach the server");
    await expect(details.getByRole('checkbox', { name: 'Audit Records' })).toBeChecked();
    await expect(details.getByRole('button', { name: 'Save' })).toBeEnabled();

    await demo.setNetwork('Normal');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Applying changes')).toBeVisible();
    // The failure's message is gone; the one alert left says the save went through.
    await expect(details.getByRole('alert')).toHaveText(/API products saved/);
  });

  test('a delete on a failing network explains it, keeps the typed name, deletes nothing', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the network fails on purpose
    await appsList.goto();
    await page.getByRole('link', { name: 'Helpdesk-Contact-Lookup' }).click();
    const details = page.getByRole('dialog', { name: 'Helpdesk-Contact-Lookup', exact: true });
    await details.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete app Helpdesk-Contact-Lookup?' });
    const typed = confirm.getByRole('textbox', { name: 'Type Helpdesk-Contact-Lookup to confirm' });
    await typed.fill('Helpdesk-Contact-Lookup');

    await switchNetwork(page, 'Failing');
    await confirm.getByRole('button', { name: 'Delete app' }).click();

    const alert = confirm.getByRole('alert');
    await expect(alert).toContainText('Could not delete the App');
    await expect(alert).toContainText("Can't reach the server");
    await expect(typed).toHaveValue('Helpdesk-Contact-Lookup');
    await expect(details).toBeVisible();

    await switchNetwork(page, 'Normal');
    await confirm.getByRole('button', { name: 'Delete app' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Helpdesk-Contact-Lookup' })).toHaveCount(0);
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
  });

  test('a double click on Save over a slow network creates one App', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await demo.setNetwork('Slow');
    await page.getByRole('button', { name: 'Create App' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create app' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Slow-Double-Click');
    await dialog.getByRole('checkbox', { name: 'Audit Records' }).check();

    await dialog.getByRole('button', { name: 'Save' }).dblclick();

    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
    const details = page.getByRole('dialog', { name: 'Slow-Double-Click' });
    await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue('Slow-Double-Click');
    await demo.setNetwork('Normal');
    await details.getByRole('button', { name: 'Close' }).click();
    await appsList.search('Slow-Double-Click');
    await expect(appsList.summary).toHaveText('Showing 1–1 of 1 Apps');
  });
});

test.describe('Personas', () => {
  test('a Company Admin may give an App the Cloud Storage Service', async ({ page }) => {
    await page.goto('/api-keys/new');
    const dialog = page.getByRole('dialog', { name: 'Create app' });
    await expect(dialog.getByRole('checkbox', { name: 'Cloud Storage Service' })).toBeEnabled();
    await expect(dialog.getByText(/Requires the Storage API assignment/)).toHaveCount(0);
  });

  test('without the Storage API assignment, Cloud Storage Service is disabled with the reason', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await demo.signInAs('Company Admin without Storage API');
    await page.getByRole('button', { name: 'Create App' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create app' });
    const cloudStorage = dialog.getByRole('checkbox', { name: 'Cloud Storage Service' });

    await expect(cloudStorage).toBeDisabled();
    await expect(
      dialog.getByText('Requires the Storage API assignment, which only a Super Admin can grant'),
    ).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Select all' }).check();
    await expect(cloudStorage).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Contact Management' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('dialog', { name: 'Discard unsaved changes?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await expect(dialog).toBeHidden();

    // An App that already has it keeps it: the assignment is needed to add it, not to keep it.
    await page.getByRole('link', { name: 'Storage-Archiver-EU' }).click();
    const details = page.getByRole('dialog', { name: 'Storage-Archiver-EU' });
    await expect(details.getByRole('checkbox', { name: 'Cloud Storage Service' })).toBeChecked();
    await expect(details.getByRole('checkbox', { name: 'Cloud Storage Service' })).toBeEnabled();
  });

  test('without Application Credentials there is no API Keys link, and an explanation', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await demo.signInAs('User without Application Credentials');

    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'API Keys' })).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();

    // Deep links to the drawers explain the same, and show no form.
    await page.goto('/api-keys/new');
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText(/Application Credentials/).first()).toBeVisible();
  });
});
