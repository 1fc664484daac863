import { expect, test } from './fixtures';

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
