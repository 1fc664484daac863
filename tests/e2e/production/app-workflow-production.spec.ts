import { expect, test } from '../fixtures';

// The production build against the mock backend over HTTP (see production-build.spec.ts). That
// backend is shared by the tests of a run, so this test makes its own App and deletes it.
test('the production build creates an App, reveals its key and deletes it', async ({
  page,
  appsList,
}, testInfo) => {
  const name = `Prod-Workflow-${testInfo.workerIndex}-${Date.now()}`;
  await appsList.goto();

  await page.getByRole('button', { name: 'Create App' }).click();
  const create = page.getByRole('dialog', { name: 'Create app' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
  await create.getByRole('button', { name: 'Save' }).click();

  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await expect(details.getByRole('checkbox', { name: 'Audit Records', exact: true })).toBeChecked();
  // A fresh App opens with its credentials shown, as its "created" message says.
  await expect(details.getByRole('group', { name: 'Key' }).getByRole('code')).toHaveText(
    /^eght_\S{48}$/,
  );
  await details.getByRole('button', { name: 'Hide key' }).click();
  await expect(details.getByRole('button', { name: 'Show key' })).toBeVisible();

  await details.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete app ${name}?` });
  await confirm.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
  await confirm.getByRole('button', { name: 'Delete app' }).click();

  await expect(page.getByRole('alert').filter({ hasText: `${name} deleted` })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await appsList.search(name);
  await expect(page.getByText(`No Apps match “${name}”`)).toBeVisible();
});
