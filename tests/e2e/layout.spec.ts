import { expect, test, type AppsList } from './fixtures';
import {
  expectAllWithinViewportWidth,
  expectNoSidewaysScroll,
  expectNotCovered,
  resizeTo,
  SCHEMES,
  WIDTHS,
} from './layout';

// A valid name of the maximum length (64 characters), with no break opportunity in it.
const LONG_NAME = `Long-${'x'.repeat(54)}-Name`;

/** The eyeball and copy buttons of every App shown, table rows or cards alike. */
function credentialButtons(appsList: AppsList) {
  return appsList.page
    .getByRole('main')
    .getByRole('button', { name: /^(Show|Hide) credentials for |^Copy (key|secret) for / });
}

test.describe('Screens that hold at every width', () => {
  for (const scheme of SCHEMES) {
    test(`the list fits from 320 to 1920 px, before and after a reveal (${scheme})`, async ({
      page,
      appsList,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await appsList.goto();
      const eyes = page.getByRole('button', { name: /^(Show|Hide) credentials for / });
      await expect(eyes).toHaveCount(10);

      for (const width of WIDTHS) {
        await resizeTo(page, width, 800);
        // Below 992 px the list is cards, from there a table; the same controls either way.
        await expect(page.getByRole('table')).toHaveCount(width >= 992 ? 1 : 0);
        await expect(page.getByRole('list', { name: 'Apps' })).toHaveCount(width >= 992 ? 0 : 1);
        await expectNoSidewaysScroll(page);
        await expectAllWithinViewportWidth(credentialButtons(appsList));

        await page.getByRole('button', { name: 'Show credentials for DataLake-Ingest' }).click();
        await expect(
          page.getByRole('button', { name: 'Copy secret for DataLake-Ingest' }),
        ).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expectAllWithinViewportWidth(credentialButtons(appsList));
        await expectNotCovered(
          page.getByRole('button', { name: 'Copy secret for DataLake-Ingest' }),
        );
        await page.getByRole('button', { name: 'Hide credentials for DataLake-Ingest' }).click();
      }
    });
  }

  test('a 64-character name leaves every control of the list and the drawer in reach', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const create = page.getByRole('dialog', { name: 'Create app' });
    await create.getByRole('textbox', { name: 'Name' }).fill(LONG_NAME);
    await create.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    await create.getByRole('button', { name: 'Save' }).click();
    const details = page.getByRole('dialog', { name: LONG_NAME });
    await expect(details.getByRole('textbox', { name: 'Name' })).toHaveValue(LONG_NAME);

    for (const width of [320, 390, 1024, 1400]) {
      await resizeTo(page, width, 720);
      await expectNoSidewaysScroll(page);
      await expectNotCovered(details.getByText(/^Created on /));
      for (const name of ['Close', 'Hide key', 'Delete', 'Cancel']) {
        await expectNotCovered(details.getByRole('button', { name, exact: true }));
      }
    }
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();

    for (const width of WIDTHS) {
      await resizeTo(page, width, 800);
      await expectNoSidewaysScroll(page);
      await expectAllWithinViewportWidth(credentialButtons(appsList));
      await expectNotCovered(page.getByRole('link', { name: LONG_NAME }));
      await expectNotCovered(
        page.getByRole('button', { name: `Show credentials for ${LONG_NAME}` }),
      );
    }
  });

  test('on a phone the Demo button covers none of the drawer’s buttons', async ({
    page,
    appsList,
  }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await appsList.goto();
    await page.getByRole('link', { name: 'WallboardRealtime' }).click();
    const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
    await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
    for (const width of [320, 390, 768]) {
      await resizeTo(page, width, 700);
      await expectNoSidewaysScroll(page);
      for (const name of ['Delete', 'Cancel', 'Save']) {
        await expectNotCovered(details.getByRole('button', { name, exact: true }));
      }
    }
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();
    // And the last control of the list scrolls clear of it.
    await expectNotCovered(page.getByRole('button', { name: 'Page 2' }));
  });

  test('the API Products cell is no Tab stop, and a click on it, as anywhere on the row, opens the App', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    const products = appsList
      .row('PowerBI_Dashboards')
      .getByText('Contact Center Historical Analytics, Work Analytics');
    // Its whole list shows on hover (title) and while the row has focus, with no focus of its own.
    await expect(products).not.toHaveAttribute('tabindex');
    await expect(products).toHaveAttribute(
      'title',
      'Contact Center Historical Analytics, Work Analytics',
    );

    await products.click();
    await expect(page.getByRole('dialog', { name: 'PowerBI_Dashboards' })).toBeVisible();
  });

  test('each screen names the browser tab', async ({ page, appsList }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Home · 8x8 Admin Console');
    await appsList.goto();
    await expect(page).toHaveTitle('API Keys · 8x8 Admin Console');
    await page.getByRole('button', { name: 'Create App' }).click();
    await expect(page).toHaveTitle('Create app · API Keys · 8x8 Admin Console');
    await page
      .getByRole('dialog', { name: 'Create app' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await expect(page).toHaveTitle('API Keys · 8x8 Admin Console');
    await page.getByRole('link', { name: 'WallboardRealtime' }).click();
    await expect(page).toHaveTitle('WallboardRealtime · API Keys · 8x8 Admin Console');
  });
});
