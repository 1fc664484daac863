import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until `target` has focus (at most `max` times); returns what was focused on the way. */
async function tabUntil(page: Page, target: Locator, max: number): Promise<string[]> {
  const passed: string[] = [];
  for (let stop = 0; stop < max; stop += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return passed;
    passed.push(
      await page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null;
        const label = active?.labels?.[0]?.textContent ?? active?.getAttribute('aria-label');
        return label ?? active?.textContent ?? '';
      }),
    );
  }
  throw new Error(`${max} Tabs did not reach the target; passed ${passed.join(', ')}`);
}

test.describe('Keyboard', () => {
  test('the first Tab offers Skip to content, which leads past the header and navigation', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    // The console itself, not index.html's frame, which shows the heading before it renders.
    await expect(page.getByRole('button', { name: 'Create App' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // From the page itself: the breadcrumb's Home, then Create App (six Tabs before).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Create App' })).toBeFocused();
  });

  test('Enter in the product search chooses the match instead of saving the form', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('button', { name: 'Create App' }).click();
    const drawer = page.getByRole('dialog', { name: 'Create app' });
    await drawer.getByRole('textbox', { name: 'Search API products' }).fill('audit rec');
    await page.keyboard.press('Enter');
    await expect(drawer.getByRole('checkbox', { name: 'Audit Records' })).toBeChecked();
    await expect(drawer.getByRole('textbox', { name: 'Search API products' })).toHaveValue('');
    await expect(drawer.getByText('Choose at least one API product.')).toBeHidden();
    await expect(drawer).toBeVisible();
  });

  test('the details’ read-only Name is no Tab stop: Tab goes on to Show key', async ({
    page,
    appsList,
  }) => {
    await appsList.goto();
    await page.getByRole('link', { name: 'PowerBI_Dashboards' }).click();
    const drawer = page.getByRole('dialog', { name: 'PowerBI_Dashboards' });
    const name = drawer.getByRole('textbox', { name: 'Name' });
    const showKey = drawer.getByRole('button', { name: 'Show key' });
    await expect(showKey).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).focus();
    const passed = await tabUntil(page, showKey, 8);
    expect(passed).not.toContain('Name');
    await expect(name).not.toBeFocused();
    await expect(showKey).toBeFocused();
  });
});
