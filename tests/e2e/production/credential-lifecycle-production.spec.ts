import { expect, FAILED_REQUEST, test } from '../fixtures';
import { credentialGroup, openActivity, revealedValue } from '../lifecycle-helpers';

// The production build against the HTTP mock API (shared by the run's tests: this test makes its
// own App). Without a service worker, the page's requests can be cut off on their way back.
test('a regeneration whose answer is lost is retried with the same key and happens once', async ({
  page,
  appsList,
  request,
  consoleMessages,
}, testInfo) => {
  consoleMessages.allow(FAILED_REQUEST); // the regeneration's answer is cut off on purpose
  const name = `Prod-Rotation-${testInfo.workerIndex}-${Date.now()}`;
  await appsList.goto();
  await page.getByRole('button', { name: 'Create App' }).click();
  const create = page.getByRole('dialog', { name: 'Create app' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
  await create.getByRole('button', { name: 'Save' }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  const key = await revealedValue(details, 'Key');
  const oldSecret = await revealedValue(details, 'Secret');

  // The first request reaches the server, which regenerates; its answer never arrives.
  const idempotencyKeys: string[] = [];
  await page.route('**/secret/regenerate', async (route) => {
    idempotencyKeys.push((await route.request().headerValue('Idempotency-Key')) ?? '');
    if (idempotencyKeys.length === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await details.getByRole('button', { name: 'Regenerate secret' }).click();
  const dialog = page.getByRole('dialog', { name: `Regenerate secret for ${name}?` });
  await dialog.getByRole('radio', { name: 'For 7 days' }).check();
  await dialog.getByRole('button', { name: 'Regenerate secret' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not regenerate the secret');
  await expect(alert).toContainText('Trying again is safe');
  await expect(dialog.getByRole('radio', { name: 'For 7 days' })).toBeChecked();

  await dialog.getByRole('button', { name: 'Regenerate secret' }).click();
  await expect(dialog).toBeHidden();
  expect(idempotencyKeys).toHaveLength(2);
  expect(idempotencyKeys[1]).toBe(idempotencyKeys[0]);

  const newSecret = await revealedValue(details, 'Secret');
  expect(newSecret).not.toBe(oldSecret);
  expect(await revealedValue(details, 'Previous secret')).toBe(oldSecret);
  await expect(credentialGroup(details, 'Previous secret')).toBeVisible();

  // At 8x8's token endpoint (the mock's stand-in): both secrets work during the grace period.
  const origin = process.env.E2E_MOCK_API_ORIGIN ?? 'http://127.0.0.1:4010';
  const token = (secret: string) =>
    request.post(`${origin}/oauth/v2/token`, {
      headers: { Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}` },
      form: { grant_type: 'client_credentials' },
    });
  expect((await token(newSecret)).status()).toBe(200);
  expect((await token(oldSecret)).status()).toBe(200);
  expect((await token('not-the-secret')).status()).toBe(401);

  const events = await openActivity(details);
  await expect(events.filter({ hasText: 'regenerated the Secret' })).toHaveCount(1);
});
