import { expect, test } from './fixtures';

test.describe('A fresh App’s credentials hide again after a minute (1280×720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a fresh App shows its credentials, says when they will hide, and hides them', async ({
    page,
    appsList,
  }) => {
    await page.clock.install();
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await create.getByRole('textbox', { name: 'Name' }).fill('Fresh-Credentials');
    await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    await create.getByRole('button', { name: 'Save' }).click();
    const details = page.getByRole('dialog', { name: 'Fresh-Credentials' });
    await expect(
      details.getByRole('alert').filter({ hasText: 'Fresh-Credentials created' }),
    ).toBeVisible();
    await expect(details.getByRole('group', { name: 'Key' }).getByRole('code')).toHaveText(
      /^eght_/,
    );

    await page.clock.runFor(51_000);
    await expect(details.getByRole('group', { name: 'Key' })).toContainText(/Hides again in \d+ s/);
    await page.clock.runFor(10_000);
    await expect(details.getByRole('group', { name: 'Key' })).toContainText(
      'Hidden again after a minute on screen',
    );
    await expect(details.getByRole('group', { name: 'Key' }).getByRole('code')).toHaveCount(0);
  });
});
