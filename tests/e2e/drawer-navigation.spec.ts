import { expect, test } from './fixtures';

test('Create App chosen from the keyboard while the details drawer is closing opens the create drawer', async ({
  page,
  appsList,
}) => {
  // Hold back the create drawer's code, so that going to it is still under way when the details
  // drawer has finished closing (as on a slow network, or before the code was preloaded).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/create-app-drawer-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await appsList.goto();
  await page.getByRole('link', { name: 'PowerBI_Dashboards', exact: true }).click();
  const details = page.getByRole('dialog', { name: 'PowerBI_Dashboards' });
  await details.getByRole('button', { name: 'Cancel' }).click();
  // A keyboard user need not wait for the drawer to slide away.
  await page.getByRole('button', { name: 'Create App' }).focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveCount(0);
  release();

  await expect(page.getByRole('dialog', { name: 'Create app' })).toBeVisible();
  await expect(page).toHaveURL(/\/api-keys\/new$/);
});
