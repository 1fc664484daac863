import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { resizeTo } from './layout';
import { NEWEST_FIRST } from './seed-apps';

// Issue #18: a revealed value reads in one piece, and nothing moves under the pointer.

/** The lines a piece of text is laid out on: the distinct tops of its text's line boxes. */
async function linesOf(value: Locator): Promise<number> {
  return value.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return tops.size;
  });
}

type Box = { x: number; y: number; width: number; height: number };

/** The boxes of what the locator finds, in page coordinates (independent of the scroll). */
async function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        x: Math.round(rect.left + scrollX),
        y: Math.round(rect.top + scrollY),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      };
    }),
  );
}

/** The boxes once they are the same in two frames in a row (a drawer sliding in has ended). */
async function stillBoxesOf(locator: Locator): Promise<Box[]> {
  const frame = () =>
    locator.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  let previous: Box[] = [];
  let now = await boxesOf(locator);
  while (JSON.stringify(now) !== JSON.stringify(previous)) {
    await frame();
    previous = now;
    now = await boxesOf(locator);
  }
  return now;
}

/** Every eyeball of the list, each App's in the order shown. */
function eyeballs(page: Page) {
  return page.getByRole('main').getByRole('button', { name: /^(Show|Hide) credentials for / });
}

test.describe('A revealed value reads in one piece', () => {
  for (const width of [320, 390, 1024, 1280, 1920]) {
    const phone = width < 992;

    test(`at ${width} px the Key is on ${phone ? 'two lines at most' : 'one line'}, exactly the key, and a double-click selects it whole`, async ({
      page,
      appsList,
      clipboardText,
    }) => {
      await resizeTo(page, width, 900);
      await appsList.goto();
      await appsList.reveal('DataLake-Ingest');
      const main = page.getByRole('main');
      const key = main.getByText(/^eght_/);
      await expect(key).toBeVisible();

      await main.getByRole('button', { name: 'Copy key for DataLake-Ingest' }).click();
      const copied = await clipboardText();
      expect(copied).toMatch(/^eght_[A-Za-z0-9+/=]{48}$/);
      await expect(key).toHaveText(copied, { useInnerText: true });

      expect(await linesOf(key), `lines of the 53-character key at ${width} px`).toBe(
        phone ? 2 : 1,
      );
      await main.getByRole('button', { name: 'Copy secret for DataLake-Ingest' }).click();
      const secret = main.getByText(await clipboardText(), { exact: true });
      expect(await linesOf(secret), `lines of the secret at ${width} px`).toBeLessThanOrEqual(
        phone ? 2 : 1,
      );

      await key.dblclick();
      expect(await page.evaluate(() => getSelection()?.toString())).toBe(copied);
      // Selecting the value opened nothing.
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  }

  test('in the details drawer at 1024 px, the Key is on one line', async ({ page, appsList }) => {
    await resizeTo(page, 1024, 900);
    await appsList.goto();
    await page.getByRole('link', { name: 'WallboardRealtime' }).click();
    const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
    await details.getByRole('button', { name: 'Show key' }).click();
    const key = details.getByRole('group', { name: 'Key' }).getByRole('code');
    await expect(key).toHaveText(/^eght_\S{48}$/);
    expect(await linesOf(key)).toBe(1);
  });
});

test.describe('Nothing moves under the pointer', () => {
  for (const width of [1024, 1280]) {
    test(`at ${width} px, hover, focus, copy, the countdown and the auto-hide move no eyeball, and a reveal none above its own`, async ({
      page,
      appsList,
    }) => {
      await page.clock.install();
      await resizeTo(page, width, 900);
      await appsList.goto();
      const eyes = eyeballs(page);
      await expect(eyes).toHaveCount(10);

      await appsList.reveal('Storage-Archiver-EU');
      await expect(
        page.getByRole('button', { name: 'Copy secret for Storage-Archiver-EU' }),
      ).toBeVisible();
      const revealed = await boxesOf(eyes);
      // The App's own row (appsList.row would add its credentials rows).
      const powerBiRow = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: 'PowerBI_Dashboards', exact: true }) });
      const powerBiHeight = (await powerBiRow.boundingBox())?.height;

      // Hovering another row, its long product list among others: it stays on one line.
      await powerBiRow.getByText('Contact Center Historical Analytics, Work Analytics').hover();
      expect((await powerBiRow.boundingBox())?.height).toBe(powerBiHeight);
      expect(await boxesOf(eyes), 'after hovering a row').toEqual(revealed);

      // Keyboard focus in that row: its whole product list shows over the rows, not in its own.
      await powerBiRow.getByRole('link', { name: 'PowerBI_Dashboards' }).focus();
      await page.keyboard.press('Tab');
      await expect(
        page.getByRole('button', { name: 'Show credentials for PowerBI_Dashboards' }),
      ).toBeFocused();
      expect((await powerBiRow.boundingBox())?.height).toBe(powerBiHeight);
      expect(await boxesOf(eyes), 'after focusing a row').toEqual(revealed);
      // Back to its name, cut at this width: shown whole over the rows, not in its own.
      await page.keyboard.press('Shift+Tab');
      await expect(powerBiRow.getByRole('link', { name: 'PowerBI_Dashboards' })).toBeFocused();
      expect((await powerBiRow.boundingBox())?.height).toBe(powerBiHeight);
      expect(await boxesOf(eyes), 'after focusing a name').toEqual(revealed);

      // Copying: "Copied" appears, the check replaces the icon in place.
      const copyKey = page.getByRole('button', { name: 'Copy key for Storage-Archiver-EU' });
      const copyBefore = await copyKey.boundingBox();
      await copyKey.click();
      await expect(appsList.row('Storage-Archiver-EU').getByRole('status').first()).toHaveText(
        'Copied',
      );
      expect(await copyKey.boundingBox()).toEqual(copyBefore);
      expect(await boxesOf(eyes), 'after a copy').toEqual(revealed);

      // Revealing another row further down opens its Key and Secret rows under it: its own
      // eyeball and every one above stay; those below move together, by that height.
      const audit = NEWEST_FIRST.indexOf('Audit-Trail-SIEM');
      await appsList.reveal('Audit-Trail-SIEM');
      await expect(
        page.getByRole('button', { name: 'Copy secret for Audit-Trail-SIEM' }),
      ).toBeVisible();
      const twoRevealed = await boxesOf(eyes);
      expect(twoRevealed.slice(0, audit + 1), 'at and above the revealed row').toEqual(
        revealed.slice(0, audit + 1),
      );
      const shifts = new Set(
        twoRevealed.slice(audit + 1).map((box, i) => box.y - revealed[audit + 1 + i]!.y),
      );
      expect(shifts.size, 'the rows below move together').toBe(1);

      // The countdown, then the auto-hide of both: nothing moves.
      await page.clock.runFor(51_000);
      await expect(appsList.row('Storage-Archiver-EU').getByText(/^Hides in \d+ s$/)).toBeVisible();
      expect(await boxesOf(eyes), 'during the countdown').toEqual(twoRevealed);
      await page.clock.runFor(15_000);
      await expect(page.getByRole('button', { name: /^Copy (key|secret) for / })).toHaveCount(0);
      expect(await boxesOf(eyes), 'after the auto-hide').toEqual(twoRevealed);
      // Masked where they were, saying so.
      await expect(
        appsList.row('Storage-Archiver-EU').getByText('Hidden after 1 min'),
      ).toBeVisible();
      await expect(appsList.row('Audit-Trail-SIEM').getByText('Hidden after 1 min')).toBeVisible();

      // Revealed again where the masked values are: nothing moves either.
      await appsList.reveal('Storage-Archiver-EU');
      await expect(
        page.getByRole('button', { name: 'Copy key for Storage-Archiver-EU' }),
      ).toBeVisible();
      expect(await boxesOf(eyes), 'revealed again').toEqual(twoRevealed);

      // Hidden by hand: the rows under it close; the eyeball under the pointer stays.
      await appsList.hide('Storage-Archiver-EU');
      const hidden = await boxesOf(eyes);
      expect(hidden.slice(0, 2)).toEqual(twoRevealed.slice(0, 2));
    });
  }

  for (const width of [390, 1024, 1440]) {
    test(`in the details drawer at ${width} px, copying, revealing and the auto-hide move neither eyeball nor copy button`, async ({
      page,
      appsList,
    }) => {
      await page.clock.install();
      await resizeTo(page, width, 900);
      await appsList.goto();
      await page.getByRole('link', { name: 'WallboardRealtime' }).click();
      const details = page.getByRole('dialog', { name: 'WallboardRealtime' });
      const controls = details.getByRole('button', {
        name: /^(Show|Hide|Copy) (key|secret)$/,
      });
      await expect(controls).toHaveCount(4);
      await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
      // The drawer slides in: measure once its controls are still.
      const masked = await stillBoxesOf(controls);

      await details.getByRole('button', { name: 'Copy key' }).click();
      await expect(
        details
          .getByRole('group', { name: 'Key' })
          .getByRole('status')
          .filter({ hasText: 'Copied' }),
      ).toBeVisible();
      expect(await boxesOf(controls), 'after copying the masked key').toEqual(masked);

      await details.getByRole('button', { name: 'Show key' }).click();
      await details.getByRole('button', { name: 'Show secret' }).click();
      await expect(details.getByRole('group', { name: 'Secret' }).getByRole('code')).toBeVisible();
      await expect(details.getByRole('group', { name: 'Key' }).getByRole('code')).toBeVisible();
      expect(await boxesOf(controls), 'after revealing').toEqual(masked);

      await details.getByRole('button', { name: 'Copy secret' }).click();
      await expect(
        details
          .getByRole('group', { name: 'Secret' })
          .getByRole('status')
          .filter({ hasText: 'Copied' }),
      ).toBeVisible();
      expect(await boxesOf(controls), 'after copying the revealed secret').toEqual(masked);

      await page.clock.runFor(51_000);
      await expect(details.getByRole('group', { name: 'Key' })).toContainText(
        /Hides again in \d+ s/,
      );
      expect(await boxesOf(controls), 'during the countdown').toEqual(masked);
      await page.clock.runFor(10_000);
      await expect(details.getByRole('group', { name: 'Key' })).toContainText(
        'Hidden again after a minute on screen',
      );
      expect(await boxesOf(controls), 'after the auto-hide').toEqual(masked);
    });
  }
});
