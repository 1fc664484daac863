/**
 * The access matrix's budget: a page of 100 Apps × 10 products renders, and a whole column
 * toggles, without a long task over 50 ms. Called by bench.ts with the servers it started.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';

export const MATRIX_LONG_TASK_BUDGET_MS = 50;
const RUNS = 3;
const APPS_NEEDED = 100;

/** Collects the page's long tasks from the moment `window.__benchMark()` is called. */
const LONG_TASK_SCRIPT = `
  window.__longTasks = [];
  window.__since = Infinity;
  window.__benchMark = () => { window.__longTasks = []; window.__since = performance.now(); };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime >= window.__since) window.__longTasks.push(entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/** Makes sure the mock API has at least a page of 100 Apps. */
async function seedApps(mockApiOrigin: string) {
  const list = await fetch(`${mockApiOrigin}/api/v1/apps?pageSize=1`);
  const { total } = (await list.json()) as { total: number };
  for (let index = total; index < APPS_NEEDED; index += 1) {
    const name = `Bench-Matrix-${String(index).padStart(3, '0')}`;
    const response = await fetch(`${mockApiOrigin}/api/v1/apps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${name}` },
      body: JSON.stringify({ name, productIds: ['audit-records', 'contact-search'] }),
    });
    if (!response.ok) throw new Error(`Could not create ${name}: ${response.status}`);
  }
}

/** Long tasks are reported after they end: give the observer a moment before reading. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => window.setTimeout(resolve, 300)));

const worst = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values));

export async function measureAccessMatrix(baseUrl: string, mockApiOrigin: string) {
  await seedApps(mockApiOrigin);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const render: number[] = [];
  const toggle: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        locale: 'en-US',
        timezoneId: 'UTC',
        bypassCSP: true,
      });
      try {
        const page = await context.newPage();
        await page.addInitScript(LONG_TASK_SCRIPT);
        await page.goto(`${baseUrl}/api-keys/access`);
        const grid = page.getByRole('grid', { name: 'Access matrix' });
        await grid.getByRole('rowheader').nth(25).waitFor();

        // From a page of 25 to a page of 100 Apps: the render of 1,200 cells.
        await page.evaluate('window.__benchMark()');
        await page.getByRole('combobox', { name: 'Apps per page' }).selectOption('100');
        await grid.getByRole('rowheader').nth(100).waitFor();
        await settle(page);
        render.push(worst(await page.evaluate<number[]>('window.__longTasks')));

        await page.evaluate('window.__benchMark()');
        await grid
          .getByRole('checkbox', { name: 'Work Analytics for all Apps on this page' })
          .click();
        await page.getByText(/ Apps?, not saved yet$/).waitFor();
        await settle(page);
        toggle.push(worst(await page.evaluate<number[]>('window.__longTasks')));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { render, toggle };
}
