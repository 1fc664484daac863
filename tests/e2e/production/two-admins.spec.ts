import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, FAILED_REQUEST, test } from '../fixtures';
import { backendApp, backendAppsNamed, createBackendApp, uniqueName } from './backend';

// Two admins (two browser contexts: separate tabs, separate caches) on the same App, against the
// production build and the shared HTTP mock backend. Each test makes its own App.

async function secondAdmin(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  return context.newPage();
}

async function openDetails(page: Page, appId: string, name: string) {
  await page.goto(`/api-keys/${appId}`);
  const drawer = page.getByRole('dialog', { name, exact: true });
  await expect(drawer.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  return drawer;
}

test('a lost update is refused: the second admin sees what changed, reloads and re-applies', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const app = await createBackendApp(request, uniqueName('Lost-Update'), ['audit-records']);
  const pageB = await secondAdmin(browser, testInfo);
  const drawerA = await openDetails(page, app.id, app.name);
  const drawerB = await openDetails(pageB, app.id, app.name);

  // A adds Contact Search and saves.
  await drawerA.getByRole('checkbox', { name: 'Contact Search', exact: true }).check();
  await drawerA.getByRole('button', { name: 'Save' }).click();
  await expect(drawerA.getByRole('alert').filter({ hasText: 'API products saved' })).toBeVisible();

  // B, still showing the App without it, adds Contact Management and saves: refused (412).
  await drawerB.getByRole('checkbox', { name: 'Contact Management', exact: true }).check();
  await drawerB.getByRole('button', { name: 'Save' }).click();
  const conflict = drawerB
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this App while you were editing it' });
  await expect(conflict).toContainText('Added meanwhile: Contact Search');
  // Nothing of B's is lost, nothing of A's is overwritten.
  await expect(
    drawerB.getByRole('checkbox', { name: 'Contact Management', exact: true }),
  ).toBeChecked();
  expect((await backendApp(request, app.id)).app?.productIds.sort()).toEqual([
    'audit-records',
    'contact-search',
  ]);

  await conflict.getByRole('button', { name: 'Reload the App' }).click();
  await conflict.getByRole('button', { name: 'Re-apply my changes' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(
    drawerB.getByRole('checkbox', { name: 'Contact Search', exact: true }),
  ).toBeChecked();
  await expect(
    drawerB.getByRole('checkbox', { name: 'Contact Management', exact: true }),
  ).toBeChecked();
  await drawerB.getByRole('button', { name: 'Save' }).click();
  await expect(drawerB.getByRole('alert').filter({ hasText: 'API products saved' })).toBeVisible();
  expect((await backendApp(request, app.id)).app?.productIds.sort()).toEqual([
    'audit-records',
    'contact-management',
    'contact-search',
  ]);

  // A's open drawer, polling while the change applies, shows B's product and keeps A's own.
  await expect(
    drawerA.getByRole('checkbox', { name: 'Contact Management', exact: true }),
  ).toBeChecked({ timeout: 15_000 });
  await expect(
    drawerA.getByRole('checkbox', { name: 'Contact Search', exact: true }),
  ).toBeChecked();
  await pageB.context().close();
});

test('an unsaved choice is never overwritten by a refresh showing a colleague’s change', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const app = await createBackendApp(request, uniqueName('Poll-Keeps'), ['audit-records']);
  const pageB = await secondAdmin(browser, testInfo);
  const drawerB = await openDetails(pageB, app.id, app.name);
  const saveB = async (product: string) => {
    await drawerB.getByRole('checkbox', { name: product, exact: true }).check();
    await drawerB.getByRole('button', { name: 'Save' }).click();
    await expect(drawerB.getByRole('button', { name: 'Save' })).toBeDisabled();
  };
  // B's change is still applying, so A's drawer, opened now, polls the App.
  await saveB('Contact Search');
  const drawerA = await openDetails(page, app.id, app.name);
  await expect(
    drawerA.getByRole('checkbox', { name: 'Contact Search', exact: true }),
  ).toBeChecked();
  // A starts choosing (unsaved) while B saves another change.
  await drawerA.getByRole('checkbox', { name: 'Work Analytics', exact: true }).check();
  await saveB('Contact Management');

  const conflict = drawerA
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this App while you were editing it' });
  await expect(conflict).toContainText('Added meanwhile: Contact Management');
  await expect(
    drawerA.getByRole('checkbox', { name: 'Work Analytics', exact: true }),
  ).toBeChecked();
  // Saving over the newer App is not possible until the admin decides.
  await expect(drawerA.getByRole('button', { name: 'Save' })).toBeDisabled();
  await conflict.getByRole('button', { name: 'Reload the App' }).click();
  await conflict.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(
    drawerA.getByRole('checkbox', { name: 'Work Analytics', exact: true }),
  ).not.toBeChecked();
  await expect(
    drawerA.getByRole('checkbox', { name: 'Contact Management', exact: true }),
  ).toBeChecked();
  await pageB.context().close();
});

test('acting on an App deleted in another tab: told so, choice kept, delete is "already deleted"', async ({
  page,
  request,
  browser,
  consoleMessages,
}, testInfo) => {
  consoleMessages.allow(FAILED_REQUEST); // the server answers 404 for the deleted App
  const app = await createBackendApp(request, uniqueName('Gone-Elsewhere'), ['audit-records']);
  const drawerA = await openDetails(page, app.id, app.name);

  // The other tab deletes it.
  const pageB = await secondAdmin(browser, testInfo);
  const drawerB = await openDetails(pageB, app.id, app.name);
  await drawerB.getByRole('button', { name: 'Delete' }).click();
  const confirmB = pageB.getByRole('dialog', { name: `Delete app ${app.name}?` });
  await confirmB.getByRole('textbox', { name: `Type ${app.name} to confirm` }).fill(app.name);
  await confirmB.getByRole('button', { name: 'Delete app' }).click();
  await expect(pageB.getByRole('alert').filter({ hasText: `${app.name} deleted` })).toBeVisible();
  await pageB.context().close();

  // This tab still shows it. Revealing says it is gone.
  await drawerA.getByRole('button', { name: 'Show key' }).click();
  await expect(drawerA.getByRole('group', { name: 'Key' }).getByRole('alert')).toContainText(
    'error 404',
  );
  await drawerA.getByRole('button', { name: 'Hide key' }).click();

  // Saving says so and keeps the choice.
  await drawerA.getByRole('checkbox', { name: 'Contact Search', exact: true }).check();
  await drawerA.getByRole('button', { name: 'Save' }).click();
  await expect(drawerA.getByRole('alert').filter({ hasText: 'error 404' })).toContainText(
    'It was deleted, by someone else or in another tab',
  );
  await expect(
    drawerA.getByRole('checkbox', { name: 'Contact Search', exact: true }),
  ).toBeChecked();

  // Deleting it is a success: it is already deleted.
  await drawerA.getByRole('button', { name: 'Delete' }).click();
  const confirmA = page.getByRole('dialog', { name: `Delete app ${app.name}?` });
  await confirmA.getByRole('textbox', { name: `Type ${app.name} to confirm` }).fill(app.name);
  await confirmA.getByRole('button', { name: 'Delete app' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: `${app.name} was already deleted` }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('link', { name: app.name, exact: true })).toHaveCount(0);
  expect(await backendAppsNamed(request, app.name)).toEqual([]);
});
