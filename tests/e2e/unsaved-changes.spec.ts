import { expect, test } from './fixtures';
import { openDetails } from './drawers';

test.describe('Unsaved changes', () => {
  test('Back with an unsaved change asks first; keeping on editing keeps it', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    const details = await openDetails(page, 'PowerBI_Dashboards');
    await details.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();

    await page.goBack();
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(
      details.getByRole('checkbox', { name: 'Audit Records', exact: true }),
    ).toBeChecked();
    await expect(page).toHaveURL(/\/api-keys\/[\w-]+$/);

    await page.goBack();
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await expect(details).toBeHidden();
    await expect(page).toHaveURL(/\/api-keys$/);
  });

  test('Back asks first even while the code of the notifications and dialogs is still loading', async ({
    page,
    appsList,
  }) => {
    // That code (app/overlays.tsx, the dialogs' styles) loads after the first render: on a slow
    // network or a busy machine it may still be on its way when the admin presses Back. Held
    // back here (the demo's service worker fetches it, hence the context's route).
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.context().route('**/assets/overlays-*', async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    await appsList.goto();
    const details = await openDetails(page, 'PowerBI_Dashboards');
    await details.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    expect(held, 'the overlays were not held back: has their chunk been renamed?').toBeGreaterThan(
      0,
    );

    await page.goBack();
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect(discard).toBeVisible();
    release();
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(
      details.getByRole('checkbox', { name: 'Audit Records', exact: true }),
    ).toBeChecked();
    await expect(page).toHaveURL(/\/api-keys\/[\w-]+$/);
  });

  test('Back with nothing changed closes the drawer at once', async ({ page, appsList }) => {
    await appsList.goto();
    const details = await openDetails(page, 'PowerBI_Dashboards');
    await page.goBack();
    await expect(details).toBeHidden();
    await expect(page.getByRole('dialog', { name: 'Discard unsaved changes?' })).toHaveCount(0);
  });
});
