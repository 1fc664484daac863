import type { Page, Request } from '@playwright/test';
import { expect, FAILED_REQUEST, test, type NetworkMode } from './fixtures';
import { expectNotCovered } from './layout';

/** Switches the mock network without Escape, which would also close the drawer underneath. */
async function switchNetwork(page: Page, mode: NetworkMode) {
  const toggle = page.getByRole('button', { name: 'Demo settings' });
  const network = page.getByRole('combobox', { name: 'Network' });
  await toggle.click();
  await network.selectOption({ label: mode });
  await toggle.click();
  await expect(network).toBeHidden();
}

async function openDetails(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  return details;
}

test.describe('Focus and errors stay where the admin is (1280×720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Save: with no product, after a failure and after a success, focus stays in the drawer and the message is in view', async ({
    page,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST);
    await appsList.goto();
    const details = await openDetails(page, 'WallboardRealtime');
    const save = details.getByRole('button', { name: 'Save' });

    // No product left: the message is next to the products' search box, which has the focus.
    const granted: string[] = [];
    while ((await details.getByRole('button', { name: /^Remove / }).count()) > 0) {
      const remove = details.getByRole('button', { name: /^Remove / }).first();
      granted.push(((await remove.getAttribute('aria-label')) ?? '').replace(/^Remove /, ''));
      await remove.click();
    }
    await save.click();
    const noProduct = details.getByText('Choose at least one API product.');
    await expect(details.getByRole('textbox', { name: 'Search API products' })).toBeFocused();
    await expectNotCovered(noProduct);

    // A failed save: the error comes into view above the buttons and takes the focus. (The App
    // keeps its products, so that no "still in use" question comes first.)
    for (const name of granted) {
      await details.getByRole('checkbox', { name, exact: true }).check();
    }
    await details.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    await switchNetwork(page, 'Failing');
    await save.click();
    const failure = details
      .getByRole('alert')
      .filter({ hasText: 'Could not save the API products' });
    await expect(failure).toBeInViewport({ ratio: 1 });
    await expectNotCovered(failure);
    expect(await failure.evaluate((alert) => alert.parentElement === document.activeElement)).toBe(
      true,
    );
    // Escape still closes the top-most layer: here the drawer, after asking.
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(
      details.getByRole('checkbox', { name: 'Audit Records', exact: true }),
    ).toBeChecked();

    // A successful save: Save turns disabled, so focus goes to the confirmation.
    await switchNetwork(page, 'Normal');
    await save.click();
    const saved = details.getByRole('alert').filter({ hasText: 'API products saved' });
    await expect(saved).toBeInViewport();
    expect(await saved.evaluate((status) => status.parentElement === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(await details.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });

  test('a failed create shows its error in view, clear of the buttons, with the focus', async ({
    page,
    appsList,
    demo,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST);
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await create.getByRole('textbox', { name: 'Name' }).fill('Offline-Create');
    await create.getByRole('checkbox', { name: 'Work Analytics', exact: true }).check();
    await demo.setNetwork('Failing');
    await create.getByRole('button', { name: 'Save' }).click();

    const failure = create.getByRole('alert').filter({ hasText: 'Could not create the App' });
    await expect(failure).toBeInViewport({ ratio: 1 });
    await expectNotCovered(failure);
    expect(await failure.evaluate((alert) => alert.parentElement === document.activeElement)).toBe(
      true,
    );
    await expect(create.getByRole('textbox', { name: 'Name' })).toHaveValue('Offline-Create');
  });

  test('with no product chosen, create says so next to the products, in view', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await create.getByRole('textbox', { name: 'Name' }).fill('No-Products');
    await create.getByRole('button', { name: 'Save' }).click();
    await expect(create.getByRole('textbox', { name: 'Search API products' })).toBeFocused();
    await expectNotCovered(create.getByRole('alert').filter({ hasText: 'Choose at least one' }));
  });

  test('after a delete, focus is back on the list, never on the page body', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    const details = await openDetails(page, 'Audit-Trail-SIEM');
    await details.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete app Audit-Trail-SIEM?' });
    await confirm
      .getByRole('textbox', { name: 'Type Audit-Trail-SIEM to confirm' })
      .fill('Audit-Trail-SIEM');
    await confirm.getByRole('button', { name: 'Delete app' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(appsList.heading).toBeFocused();
  });

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

test.describe('Paging and search tell the truth', () => {
  test('a page past the end goes to the last page, replacing the URL', async ({
    page,
    appsList,
  }) => {
    await page.goto('/');
    await appsList.goto({ page: 99 });
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(appsList.summary).toHaveText('Showing 11–12 of 12 Apps');
    await expect(page.getByText('No Apps yet')).toHaveCount(0);
    // Replaced, not added: Back leaves the list.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  test('deleting the last Apps of the last page shows the page before, never "No Apps yet"', async ({
    page,
    appsList,
  }) => {
    await appsList.goto({ page: 2 });
    for (const name of ['RecordingAPIAccess', 'All-CC-Analytics']) {
      const details = await openDetails(page, name);
      await details.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: `Delete app ${name}?` });
      await confirm.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
      await confirm.getByRole('button', { name: 'Delete app' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await expect(appsList.summary).toHaveText('Showing 1–10 of 10 Apps');
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByText('No Apps yet')).toHaveCount(0);
    await expect(appsList.names).toHaveCount(10);
  });

  test('slow and fast typing into the search keeps every character', async ({ page, appsList }) => {
    await appsList.goto();
    // Slower than the search's pause between keys: each key sends a search while typing goes on.
    await appsList.searchBox.pressSequentially('Dash', { delay: 350 });
    await expect(appsList.searchBox).toHaveValue('Dash');
    await expect(page).toHaveURL(/[?&]q=Dash(&|$)/);
    await expect(appsList.names).toHaveText(['PowerBI_Dashboards']);

    // Just past the pause: each key lands as the previous search reaches the URL.
    await appsList.searchBox.clear();
    await appsList.searchBox.pressSequentially('Wallboard', { delay: 310 });
    await expect(appsList.searchBox).toHaveValue('Wallboard');
    await expect(appsList.names).toHaveText(['WallboardRealtime']);

    await appsList.searchBox.clear();
    await appsList.searchBox.pressSequentially('Realtime', { delay: 20 });
    await expect(appsList.searchBox).toHaveValue('Realtime');
    await expect(appsList.names).toHaveText(['WallboardRealtime']);
  });

  test('a slow search keeps the old rows on screen, marked as being updated', async ({
    page,
    appsList,
    demo,
  }) => {
    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);
    await demo.setNetwork('Slow');
    // Switching the network reloads the list (slowly): the rows are back first.
    await expect(appsList.names).toHaveCount(10, { timeout: 15_000 });
    await appsList.search('Wallboard');
    const updating = page.getByRole('status').filter({ hasText: 'Updating the list…' });
    await expect(updating).toHaveCount(1);
    await expect(appsList.names).toHaveCount(10);
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(appsList.names).toHaveText(['WallboardRealtime'], { timeout: 15_000 });
    await expect(updating).toHaveCount(0);
  });

  test('Back and Forward restore the search, the sort and the page', async ({ page, appsList }) => {
    await appsList.goto();
    await appsList.search('e');
    await expect(page).toHaveURL(/\?q=e$/);
    await appsList.sortBy('App Name');
    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(appsList.names).toHaveText(['WallboardRealtime']);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=e&sort=name&order=asc$/);
    await expect(appsList.names.first()).toHaveText('Audit-Trail-SIEM');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=e$/);
    await expect(appsList.searchBox).toHaveValue('e');
    await page.goBack();
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(appsList.searchBox).toHaveValue('');
    await expect(appsList.summary).toHaveText('Showing 1–10 of 12 Apps');
    await page.goForward();
    await expect(appsList.searchBox).toHaveValue('e');
    await expect(appsList.summary).toHaveText('Showing 1–10 of 11 Apps');
  });
});

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
    // That code (app/overlays.tsx, with @mantine/modals) loads after the first render: on a slow
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

test.describe('A cold load', () => {
  test('sends no request that is cancelled or forbidden, for an admin and for a user without the permission', async ({
    page,
    appsList,
    demo,
  }) => {
    const problems: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().includes('/api/'))
        problems.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400)
        problems.push(`${response.url()} ${response.status()}`);
    });
    // A reload cancels what is still on its way (the attention counts, say): that is the test's
    // doing, not the console's, so each reload waits until every API request has an answer.
    const underway = new Set<Request>();
    page.on('request', (request) => {
      if (request.url().includes('/api/')) underway.add(request);
    });
    page.on('requestfinished', (request) => underway.delete(request));
    page.on('requestfailed', (request) => underway.delete(request));
    const allAnswered = () => expect.poll(() => underway.size).toBe(0);

    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);
    await allAnswered();
    await page.reload();
    await expect(appsList.names).toHaveCount(10);
    expect(problems).toEqual([]);

    await demo.signInAs('User without Application Credentials');
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    await allAnswered();
    problems.length = 0;
    await page.reload();
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });
});
