import type { Page } from '@playwright/test';
import { expect, test, FAILED_REQUEST } from './fixtures';

async function openCreateDrawer(page: Page) {
  await page.goto('/api-keys/new');
  const dialog = page.getByRole('dialog', { name: 'Create app' });
  await expect(dialog.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  return {
    dialog,
    name: dialog.getByRole('textbox', { name: 'Name' }),
    save: dialog.getByRole('button', { name: 'Save' }),
    product: (name: string) => dialog.getByRole('checkbox', { name, exact: true }),
  };
}

test.describe('Create app: bad names', () => {
  test('an empty form says what is missing and creates nothing', async ({ page, appsList }) => {
    const { dialog, name, save } = await openCreateDrawer(page);

    await save.click();

    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Enter a name for the App\./);
    await expect(name).toBeFocused();
    await expect(dialog.getByRole('group', { name: 'API Products' })).toHaveAccessibleDescription(
      'Choose at least one API product.',
    );
    await expect(dialog).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(appsList.summary).toHaveText('Showing 1–10 of 12 Apps');
  });

  test('spaces are refused as they are typed, with a one-click fix', async ({ page }) => {
    const { dialog, name, save, product } = await openCreateDrawer(page);

    await name.fill('Contact Center Reports');
    await expect(name).toHaveAccessibleDescription(/Names can’t contain spaces\./);
    await product('Contact Search').check();
    await save.click();
    await expect(dialog).toBeVisible();
    await expect(name).toHaveValue('Contact Center Reports');

    await dialog.getByRole('button', { name: 'Use Contact-Center-Reports' }).click();
    await expect(name).toHaveValue('Contact-Center-Reports');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await save.click();
    await expect(page.getByRole('dialog', { name: 'Contact-Center-Reports' })).toBeVisible();
  });

  test('tabs are refused', async ({ page }) => {
    const { name } = await openCreateDrawer(page);

    await name.fill('Reports\tEU');

    await expect(name).toHaveAccessibleDescription(/Names can’t contain tabs\./);
    await expect(name).toHaveValue('Reports\tEU');
  });

  test('a name over 64 characters is refused, one of 64 is fine', async ({ page }) => {
    const { name } = await openCreateDrawer(page);

    await name.fill('x'.repeat(65));
    await expect(name).toHaveAccessibleDescription(
      /at most 64 characters long \(this one has 65\)/,
    );
    await expect(name).toHaveValue('x'.repeat(65));

    await name.press('Backspace');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('markup in a name is shown as text, never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { name, save, product } = await openCreateDrawer(page);
    const markup = '<img src=x onerror=alert(1)>';

    await name.fill(markup);
    await product('Audit Records').check();
    await save.click();

    await expect(name).toHaveValue(markup);
    await expect(name).toHaveAccessibleDescription(/Names can’t contain spaces\./);
    // No element was made from it: the page has no images at all.
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    await name.fill('<img>');
    await expect(name).toHaveAccessibleDescription(/remove “<” “>”/);
    expect(dialogs).toEqual([]);
  });

  test('a duplicate name is reported by the server on the field, keeping the input', async ({
    page,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the server answers 409
    const { dialog, name, save, product } = await openCreateDrawer(page);
    await name.fill('all-cc-analytics');
    await product('Work Analytics').check();

    await save.click();

    await expect(name).toHaveAccessibleDescription(
      /An App named all-cc-analytics already exists\. Choose another name\./,
    );
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('all-cc-analytics');
    await expect(product('Work Analytics')).toBeChecked();
    await expect(dialog).toBeVisible();

    // Changing the name clears the server's message and the App can be created.
    await name.fill('all-cc-analytics-2');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await save.click();
    await expect(page.getByRole('dialog', { name: 'all-cc-analytics-2' })).toBeVisible();
  });
});
