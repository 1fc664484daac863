import { expect, test } from './fixtures';

// Known bug, not yet fixed: this fails about 2 runs in 10 on a busy machine (all pass when Enter
// is pressed after the details drawer has finished closing). A closing drawer no longer navigates
// back to the list over a navigation under way (use-route-drawer.ts), which made it fail every
// time; something else still loses the navigation now and then. Kept as the reproduction.
test.fixme('Create App chosen from the keyboard while the details drawer is closing opens the create drawer', async ({
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
  // Closing gives the focus back to the list at once; a keyboard user need not wait for the
  // drawer to slide away.
  await expect(page.getByRole('link', { name: 'PowerBI_Dashboards', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Create App' }).focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveCount(0);
  release();

  await expect(page.getByRole('dialog', { name: 'Create app' })).toBeVisible();
  await expect(page).toHaveURL(/\/api-keys\/new$/);
});
