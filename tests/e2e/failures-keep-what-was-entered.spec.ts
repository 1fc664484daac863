import { expect, test, FAILED_REQUEST } from './fixtures';
import { switchNetwork } from './drawers';

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
