import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The mock backend's generated data set (src/mocks/store/data-sets.ts): 100,000 Apps, in the demo
// build's in-browser backend. Nothing here asserts on time; `npm run bench` measures that.

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** "Showing 1–10 of 100,000 Apps", with the user's thousands separators. */
function summaryOf(page: Page) {
  return page.getByText(/^Showing [\d,]+–[\d,]+ of [\d,]+ Apps$/);
}

async function chooseDataSet(page: Page, label: '100,000 Apps' | 'Seed Apps' | 'No Apps') {
  const dataSet = page.getByRole('combobox', { name: 'Data set' });
  await page.getByRole('button', { name: 'Demo settings' }).click();
  await dataSet.selectOption({ label });
  await page.keyboard.press('Escape');
  await expect(dataSet).toBeHidden();
}

function expectSorted(names: string[], order: 'asc' | 'desc') {
  const sorted = [...names].sort((a, b) => byName.compare(a, b) * (order === 'asc' ? 1 : -1));
  expect(names).toEqual(sorted);
}

test.describe('100,000 Apps', () => {
  // The demo's backend generates the 100,000 Apps in the page (again after a reload): seconds
  // on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ page, appsList }) => {
    await appsList.goto();
    await chooseDataSet(page, '100,000 Apps');
    await expect(summaryOf(page)).toHaveText('Showing 1–10 of 100,000 Apps');
  });

  test('pages, jumps to the last page and to a far page, and back to the first', async ({
    page,
    appsList,
  }) => {
    const firstPage = await appsList.names.allTextContents();
    expect(firstPage).toHaveLength(10);

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(summaryOf(page)).toHaveText('Showing 11–20 of 100,000 Apps');
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(appsList.names.first()).not.toHaveText(firstPage[0]!);

    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(summaryOf(page)).toHaveText('Showing 99,991–100,000 of 100,000 Apps');
    await expect(page.getByRole('button', { name: 'Page 10,000' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const goTo = page.getByRole('spinbutton', { name: 'Go to page' });
    await goTo.fill('5000');
    await goTo.press('Enter');
    await expect(summaryOf(page)).toHaveText('Showing 49,991–50,000 of 100,000 Apps');
    await expect(page).toHaveURL(/[?&]page=5000(&|$)/);
    await expect(appsList.names).toHaveCount(10);

    await goTo.fill('10001');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(page.getByText('Enter a page from 1 to 10,000.')).toBeVisible();
    await expect(goTo).toHaveValue('10001');
    await expect(summaryOf(page)).toHaveText('Showing 49,991–50,000 of 100,000 Apps');

    await page.getByRole('button', { name: 'First page' }).click();
    await expect(summaryOf(page)).toHaveText('Showing 1–10 of 100,000 Apps');
    await expect(appsList.names).toHaveText(firstPage);
  });

  test('sorts by name both ways, also on a far page', async ({ page, appsList }) => {
    await appsList.sortBy('App Name');
    await expect(page.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page).toHaveURL(/sort=name&order=asc/);
    await expect(appsList.names).toHaveCount(10);
    const ascending = await appsList.names.allTextContents();
    expectSorted(ascending, 'asc');

    await appsList.sortBy('App Name');
    await expect(page.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(appsList.names.first()).not.toHaveText(ascending[0]!);
    const descending = await appsList.names.allTextContents();
    expectSorted(descending, 'desc');
    // The last page of one order is the first page of the other, reversed.
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(summaryOf(page)).toHaveText('Showing 99,991–100,000 of 100,000 Apps');
    await expect(appsList.names).toHaveText([...ascending].reverse());
  });

  test('searches among all the Apps, and pages through the results', async ({ page, appsList }) => {
    await appsList.search('Sales-Bot-1');
    await expect(page).toHaveURL(/q=Sales-Bot-1/);
    await expect(summaryOf(page)).not.toHaveText(/of 100,000 Apps/);
    const names = await appsList.names.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain('sales-bot-1');

    await appsList.search('no-such-app-anywhere');
    await expect(page.getByText('No Apps match “no-such-app-anywhere”')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).first().click();
    await expect(summaryOf(page)).toHaveText('Showing 1–10 of 100,000 Apps');
  });

  test('filters by attention and sorts by Last used both ways, among all the Apps', async ({
    page,
    appsList,
  }) => {
    const lastUsed = page.getByRole('button', { name: 'Last used', exact: true });
    const header = page.getByRole('columnheader', { name: 'Last used' });
    const never = page.getByRole('table').getByRole('cell', { name: 'Never', exact: true });

    // Oldest use first: thousands of Apps were never used, and they come first.
    await lastUsed.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=lastUsedAt&order=asc/);
    await expect(never).toHaveCount(10);
    await lastUsed.click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    // Descending is the default order: the address leaves it out.
    await expect(page).toHaveURL(/sort=lastUsedAt(&|$)/);
    await expect(page).not.toHaveURL(/order=asc/);
    await expect(never).toHaveCount(0);
    await expect(appsList.names).toHaveCount(10);

    // The count depends on the clock (the generated uses are relative to today): read it.
    const idle = page.getByRole('button', { name: /^Idle 90\+ days [\d,]+$/ });
    const count = /[\d,]+$/.exec((await idle.textContent()) ?? '')?.[0] ?? '';
    expect(count).toMatch(/^\d{1,3}(,\d{3})*$/);
    await idle.click();
    await expect(idle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/attention=idle/);
    await expect(summaryOf(page)).toHaveText(`Showing 1–10 of ${count} Apps`);
    await expect(never).toHaveCount(0);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const newestIdle = await appsList.names.allTextContents();

    // The last page of one order is the first page of the other, reversed.
    await lastUsed.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(summaryOf(page)).toHaveText(
      new RegExp(`^Showing [\\d,]+–${count} of ${count} Apps$`),
    );
    await expect(idle).toHaveAttribute('aria-pressed', 'true');
    const oldestLast = await appsList.names.allTextContents();
    expect([...oldestLast].reverse()).toEqual(newestIdle.slice(0, oldestLast.length));
  });

  test('shows 100 Apps per page', async ({ page, appsList }) => {
    await page.getByRole('combobox', { name: 'Apps per page' }).selectOption('100');
    await expect(summaryOf(page)).toHaveText('Showing 1–100 of 100,000 Apps');
    await expect(appsList.names).toHaveCount(100);
    await expect(page).toHaveURL(/size=100/);

    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(summaryOf(page)).toHaveText('Showing 99,901–100,000 of 100,000 Apps');
    await expect(appsList.names).toHaveCount(100);
  });

  test('keeps the data set over a reload, and goes back to the seed Apps', async ({
    page,
    appsList,
  }) => {
    await page.reload();
    await expect(summaryOf(page)).toHaveText('Showing 1–10 of 100,000 Apps');

    await chooseDataSet(page, 'No Apps');
    await expect(page.getByText('No Apps yet')).toBeVisible();

    await chooseDataSet(page, 'Seed Apps');
    await expect(summaryOf(page)).toHaveText('Showing 1–10 of 12 Apps');
    await expect(appsList.names).toHaveCount(10);
  });
});
