import { expect, FAILED_REQUEST, test } from './fixtures';
import { openDetails, switchNetwork } from './drawers';
import { expectNotCovered } from './layout';

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
});
