import type { Page } from '@playwright/test';
import { expect, test, type AppsList } from './fixtures';
import {
  controlsCoveredOnScreen,
  expectAllWithinViewportWidth,
  expectNoSidewaysScroll,
  expectNotCovered,
  focusedControlPlacement,
  resizeTo,
  SCHEMES,
  usableViewport,
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

  test('the demo bar covers none of a drawer’s buttons at any width, nor a dialog’s on a small phone', async ({
    page,
    appsList,
  }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await appsList.goto();
    await page.getByRole('link', { name: 'WallboardRealtime' }).click();
    const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
    await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
    for (const width of [320, 390, 768, 1280]) {
      await resizeTo(page, width, 700);
      await expectNoSidewaysScroll(page);
      for (const name of ['Delete', 'Cancel', 'Save']) {
        await expectNotCovered(details.getByRole('button', { name, exact: true }));
      }
      // The drawer ends where the bar begins: nothing of it is underneath.
      const { bottom } = await usableViewport(page);
      expect(bottom, 'no demo bar across the bottom of the screen').toBeLessThan(700);
      const drawer = await details.boundingBox();
      expect((drawer?.y ?? 0) + (drawer?.height ?? 0)).toBeLessThanOrEqual(bottom);
    }

    // Dialogs over the drawer on a small phone: their buttons stay clear of the bar too.
    await resizeTo(page, 320, 568);
    await details.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirmDelete = page.getByRole('dialog', { name: 'Delete app WallboardRealtime?' });
    await expectNotCovered(
      confirmDelete.getByRole('textbox', { name: 'Type WallboardRealtime to confirm' }),
    );
    for (const name of ['Cancel', 'Delete app']) {
      await expectNotCovered(confirmDelete.getByRole('button', { name, exact: true }));
    }
    await confirmDelete.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirmDelete).toBeHidden();

    await details.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    await details.getByRole('button', { name: 'Cancel', exact: true }).click();
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    for (const name of ['Keep editing', 'Discard changes']) {
      await expectNotCovered(discard.getByRole('button', { name }));
    }
    await discard.getByRole('button', { name: 'Discard changes' }).click();
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

/** "Showing 1–100 of 100,000 Apps", with the user's thousands separators. */
function summaryOf(page: Page) {
  return page.getByText(/^Showing [\d,]+–[\d,]+ of [\d,]+ Apps$/);
}

async function chooseDataSet(page: Page, label: '100,000 Apps') {
  const dataSet = page.getByRole('combobox', { name: 'Data set' });
  await page.getByRole('button', { name: 'Demo settings' }).click();
  await dataSet.selectOption({ label });
  await page.keyboard.press('Escape');
  await expect(dataSet).toBeHidden();
}

test.describe('The demo bar covers no control of a long list', () => {
  // The demo's backend generates the 100,000 Apps in the page: seconds on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  for (const { width, height, list, namesOf } of [
    {
      width: 390,
      height: 844,
      list: 'cards',
      namesOf: (page: Page) =>
        page.getByRole('list', { name: 'Apps' }).getByRole('listitem').getByRole('link'),
    },
    {
      width: 1280,
      height: 720,
      list: 'table',
      namesOf: (page: Page) => page.getByRole('table').getByRole('row').getByRole('link'),
    },
  ] as const) {
    test(`at ${width}×${height} (${list}), mid-scroll every control above the bar is in reach, and Tab keeps the focus above it`, async ({
      page,
      appsList,
    }) => {
      await page.setViewportSize({ width, height });
      await appsList.goto({ size: 100 });
      await chooseDataSet(page, '100,000 Apps');
      await expect(summaryOf(page)).toHaveText('Showing 1–100 of 100,000 Apps');
      const names = namesOf(page);
      await expect(names).toHaveCount(100);

      // Down the whole page in steps of 40% of the screen, so that every row passes the bottom
      // edge at several heights: whatever is on screen above the bar is in reach.
      const { top, bottom } = await usableViewport(page);
      const step = Math.round((bottom - top) * 0.4);
      const covered: string[] = [];
      let atTheEnd = false;
      for (let scrolled = 0; !atTheEnd; scrolled += step) {
        const { y, end } = await page.evaluate((y) => {
          window.scrollTo(0, y);
          const root = document.documentElement;
          return {
            y: root.scrollTop,
            end: root.scrollTop + root.clientHeight >= root.scrollHeight,
          };
        }, scrolled);
        covered.push(...(await controlsCoveredOnScreen(page)).map((what) => `at ${y} px: ${what}`));
        atTheEnd = end;
      }
      expect(covered, 'controls on screen that a click would not reach').toEqual([]);

      // Tab through the first rows from the top: each control that takes the focus is brought
      // wholly into view above the bar (and below the header), where a click reaches it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await names.first().focus();
      const placements: string[] = [];
      for (let stop = 0; stop < 30; stop++) {
        await page.keyboard.press('Tab');
        placements.push(await focusedControlPlacement(page));
      }
      expect(placements.filter((placement) => placement !== 'clear')).toEqual([]);
    });
  }
});
