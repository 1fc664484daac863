import { expect, FAILED_REQUEST, test } from '../fixtures';
import { uniqueName } from '../production/backend';
import { watchCspViolations } from './csp';

// The admin's workflow on the production build served by nginx (`npm run serve`), against the
// HTTP mock behind its /api/ proxy, with no CSP violation from the first script to the last click.

test('lists, creates, reveals, copies, edits and deletes an App under nginx', async ({
  page,
  appsList,
  clipboardText,
}) => {
  const cspViolations = await watchCspViolations(page);
  const name = uniqueName('Nginx-Workflow');
  const configRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/config.json') configRequests.push(request.url());
  });

  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
  // index.html's preload of config.json is reused under nginx's no-cache too: one request.
  expect(configRequests).toHaveLength(1);

  await page.getByRole('button', { name: 'Create App' }).click();
  const create = page.getByRole('dialog', { name: 'Create app' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
  await create.getByRole('button', { name: 'Save' }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await details.getByRole('button', { name: 'Cancel' }).click();
  await expect(details).toBeHidden();

  await appsList.search(name);
  await expect(appsList.names).toHaveText([name]);
  await appsList.reveal(name);
  const copyKey = page.getByRole('button', { name: `Copy key for ${name}` });
  const keyCell = appsList.row(name).getByRole('cell').filter({ has: copyKey });
  await expect(keyCell).toHaveText(/^eght_\S{48}$/);
  const key = await keyCell.textContent();
  await copyKey.click();
  await expect(keyCell.getByRole('status')).toHaveText('Copied');
  expect(await clipboardText()).toBe(key);
  await appsList.hide(name);

  await page.getByRole('link', { name, exact: true }).click();
  await details.getByRole('checkbox', { name: 'Contact Search', exact: true }).check();
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText('It may take a few minutes for the change to apply everywhere.'),
  ).toBeVisible();
  await page.reload();
  await expect(
    details.getByRole('checkbox', { name: 'Contact Search', exact: true }),
  ).toBeChecked();

  await details.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete app ${name}?` });
  await confirm.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
  await confirm.getByRole('button', { name: 'Delete app' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${name} deleted` })).toBeVisible();
  await expect(page.getByText(`No Apps match “${name}”`)).toBeVisible();

  expect(await cspViolations()).toEqual([]);
});

test('an expired session opens the sign-in URL that SIGN_IN_URL set, then carries on', async ({
  page,
  appsList,
  consoleMessages,
}) => {
  consoleMessages.allow(FAILED_REQUEST);
  const cspViolations = await watchCspViolations(page);
  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);

  // An auth proxy in front of the API sends expired sessions to the sign-in page; the console
  // recognises it only as the signInUrl of config.json, which nginx made from SIGN_IN_URL.
  const isApi = (url: URL) => url.pathname.startsWith('/api/v1/');
  await page.route(isApi, (route) =>
    route.fulfill({ status: 302, headers: { Location: '/api/sign-in?return=%2Fapi-keys' } }),
  );
  await appsList.search('Storage');
  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await expect(dialog).toBeVisible();
  const signInTab = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  const tab = await signInTab;
  await expect(tab).toHaveURL(/\/api\/sign-in$/);
  await tab.close();

  await page.unroute(isApi);
  await expect(dialog).toHaveCount(0, { timeout: 10_000 });
  await expect(appsList.searchBox).toHaveValue('Storage');
  await expect(appsList.names.first()).toBeVisible();
  expect(await cspViolations()).toEqual([]);
});
