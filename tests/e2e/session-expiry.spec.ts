import { expect, FAILED_REQUEST, test } from './fixtures';

// Demo mode: "Expire the session" in the demo controls makes the mock backend answer 401 until
// the presenter signs in again in the tab that "Sign in again" opens (the demo's stand-in for
// an identity provider, sharing the mock data through localStorage).
test('an expired session keeps what was typed; signing in again in a new tab resumes the console', async ({
  page,
  appsList,
  consoleMessages,
}) => {
  consoleMessages.allow(FAILED_REQUEST); // the expired session answers 401
  await appsList.goto();
  await page.getByRole('button', { name: 'Create App' }).click();
  const create = page.getByRole('dialog', { name: 'Create app' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Typed-Before-Expiry');
  await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();

  // Demo control, without Escape (which would also close the drawer).
  const toggle = page.getByRole('button', { name: 'Demo settings' });
  await toggle.click();
  await page.getByRole('button', { name: 'Expire the session' }).click();

  const expired = page.getByRole('dialog', { name: 'Session expired' });
  await expect(expired).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Session expired' })).toHaveCount(1);

  const signInTab = page.context().waitForEvent('page');
  await expired.getByRole('button', { name: 'Sign in again' }).click();
  const tab = await signInTab;
  await expect(tab.getByRole('dialog', { name: 'Signed in again' })).toBeVisible();
  await tab.close();

  // The console finds the session back by itself; nothing typed was lost.
  await expect(expired).toHaveCount(0, { timeout: 10_000 });
  await expect(create.getByRole('textbox', { name: 'Name' })).toHaveValue('Typed-Before-Expiry');
  await expect(create.getByRole('checkbox', { name: 'Audit Records', exact: true })).toBeChecked();
  await create.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Typed-Before-Expiry' })).toBeVisible();
});
