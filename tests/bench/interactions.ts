/**
 * How fast the list reacts, measured in the page: for each action, the time from the end of the
 * response it waited for (Resource Timing `responseEnd`; the action itself when nothing was
 * fetched) to the first frame that shows the result. Also the long tasks during the actions and
 * the JS heap after forced GC across many page changes. Nothing here depends on the App count,
 * which is the point: the bench runs it at 12 and at 100,000 Apps and compares.
 */
import type { Browser, Page } from '@playwright/test';

export const actions = [
  'page change',
  'jump to page',
  'sort by name',
  'sort descending',
  'search',
  'open App',
  'reveal',
] as const;
export type Action = (typeof actions)[number];

export interface InteractionRun {
  /** ms from the response to the painted result, per action. */
  paint: Record<Action, number>;
  /** Durations of the long tasks (> 50 ms) seen during each action. */
  longTasks: Record<Action, number[]>;
  /**
   * Rows of the table that show another App after the action than before it (a row added counts
   * too): the work an action asks of the page, which must match at both sizes to compare them.
   */
  rowsChanged: Record<Action, number>;
}

/** Collects long tasks from the start, before any script of the app runs. */
const INIT_SCRIPT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  performance.setResourceTimingBufferSize(100000);
`;

/**
 * Arms window.__painted: resolves, at the first frame after `condition` (a JS expression) holds
 * and a response whose URL contains `urlPart` has arrived, with the ms from that response to
 * the frame; with `urlPart` null (an answer from the cache), from arming. Returns before the
 * action, so that the action can follow.
 */
function arm(condition: string, urlPart: string | null) {
  return `
    (() => {
      performance.clearResourceTimings();
      const armedAt = performance.now();
      const urlPart = ${JSON.stringify(urlPart)};
      window.__painted = new Promise((resolve) => {
        const check = () => {
          const responses = urlPart === null ? [] : performance.getEntriesByType('resource')
            .filter((entry) => entry.name.includes(urlPart) && entry.responseEnd > 0)
            .map((entry) => entry.responseEnd);
          if (urlPart !== null && responses.length === 0) return false;
          if (!(${condition})) return false;
          observer.disconnect();
          // After the next frame's rendering work, i.e. once it has been painted.
          requestAnimationFrame(() => setTimeout(() => {
            resolve(performance.now() - Math.max(armedAt, ...responses));
          }, 0));
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          childList: true, subtree: true, characterData: true, attributes: true,
        });
      });
      return undefined;
    })()
  `;
}

const number = new Intl.NumberFormat('en-US');

const settled = `document.querySelector('[aria-busy="false"] table') !== null`;
/** The list's "Showing 11–20 of 100,000 Apps" line for a page of 10. */
function pageSummary(pageNumber: number, total: number) {
  const first = (pageNumber - 1) * 10 + 1;
  const last = Math.min(pageNumber * 10, total);
  return `Showing ${number.format(first)}–${number.format(last)} of ${number.format(total)} Apps`;
}

const summary = (text: string) =>
  `${settled} && [...document.querySelectorAll('p')].some((p) => p.textContent === ${JSON.stringify(text)})`;

const ROW_NAMES = `[...document.querySelectorAll('table tbody tr a')].map((a) => a.textContent)`;

async function measureAction(
  page: Page,
  name: Action,
  condition: string,
  urlPart: string | null,
  act: () => Promise<void>,
) {
  const namesBefore = await page.evaluate<string[]>(ROW_NAMES);
  const tasksBefore = await page.evaluate<number>('window.__longTasks.length');
  await page.evaluate(arm(condition, urlPart));
  await act();
  const painted = page.evaluate<number>('window.__painted');
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`"${name}" showed no result within 20 s`)), 20_000).unref(),
  );
  const paint = await Promise.race([painted, timeout]);
  const longTasks = await page.evaluate<number[]>(`window.__longTasks.slice(${tasksBefore})`);
  const namesAfter = await page.evaluate<string[]>(ROW_NAMES);
  const rowsChanged = namesAfter.filter((app, row) => namesBefore[row] !== app).length;
  return { paint, longTasks, rowsChanged };
}

export interface Scenario {
  /** How many Apps the backend holds. */
  total: number;
  /**
   * The page change: from the page the list is loaded on to a page of ten Apps that must be
   * fetched. At 12 Apps that is page 2 (two Apps) → page 1: going 1 → 2 would compare drawing two
   * rows with drawing ten at 100,000 Apps, i.e. measure the rows, not the App count.
   */
  pageChange: { from: number; to: number };
  /** The page the jump goes to (from the page change's `to`). */
  jumpTo: number;
  searchTerm: string;
}

/** One cold load of /api-keys and each action once, in order. */
export async function measureInteractions(
  browser: Browser,
  baseUrl: string,
  scenario: Scenario,
): Promise<InteractionRun> {
  const context = await browser.newContext({
    bypassCSP: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    const { from, to } = scenario.pageChange;
    await page.goto(`${baseUrl}/api-keys${from === 1 ? '' : `?page=${from}`}`);
    await page.waitForFunction(`${settled} && document.querySelector('table tbody a') !== null`);
    // The first action comes once the page is idle, as a person's first click would: what the
    // console loads when idle (the drawers' code) is then in at both sizes alike, rather than
    // being evaluated during one size's first action and not the other's.
    await page.waitForFunction(
      `performance.getEntriesByType('resource').some((entry) => /app-details-route-[\\w-]+\\.js$/.test(entry.name) && entry.responseEnd > 0)`,
    );
    await page.evaluate(
      'new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 }))',
    );
    const paint = {} as Record<Action, number>;
    const longTasks = {} as Record<Action, number[]>;
    const rowsChanged = {} as Record<Action, number>;
    const record = (
      action: Action,
      measured: { paint: number; longTasks: number[]; rowsChanged: number },
    ) => {
      paint[action] = measured.paint;
      longTasks[action] = measured.longTasks;
      rowsChanged[action] = measured.rowsChanged;
    };

    record(
      'page change',
      await measureAction(
        page,
        'page change',
        summary(pageSummary(to, scenario.total)),
        `page=${to}&`,
        () => page.getByRole('button', { name: to > from ? 'Next page' : 'Previous page' }).click(),
      ),
    );

    // At 12 Apps the jump goes back to the page first loaded, which the cache answers: timed
    // from the action.
    record(
      'jump to page',
      await measureAction(
        page,
        'jump to page',
        summary(pageSummary(scenario.jumpTo, scenario.total)),
        scenario.jumpTo === from ? null : `page=${scenario.jumpTo}&`,
        async () => {
          const goTo = page.getByRole('spinbutton', { name: 'Go to page' });
          await goTo.fill(String(scenario.jumpTo));
          await goTo.press('Enter');
        },
      ),
    );

    record(
      'sort by name',
      await measureAction(
        page,
        'sort by name',
        `${settled} && document.querySelector('th[aria-sort="ascending"]')?.textContent === 'App Name'`,
        'order=asc',
        () => page.getByRole('button', { name: 'App Name', exact: true }).click(),
      ),
    );
    record(
      'sort descending',
      await measureAction(
        page,
        'sort descending',
        `${settled} && document.querySelector('th[aria-sort="descending"]')?.textContent === 'App Name'`,
        'order=desc',
        () => page.getByRole('button', { name: 'App Name', exact: true }).click(),
      ),
    );

    const term = scenario.searchTerm;
    record(
      'search',
      await measureAction(
        page,
        'search',
        `${settled} && location.search.includes('q=') && (() => {
        const names = [...document.querySelectorAll('table tbody a')].map((a) => a.textContent.toLowerCase());
        return names.length > 0 && names.every((name) => name.includes(${JSON.stringify(term)}));
      })()`,
        `search=${term}`,
        () => page.getByRole('textbox', { name: 'Search apps' }).fill(term),
      ),
    );

    const firstName = (await page.locator('css=table tbody a').first().textContent()) ?? '';
    record(
      'open App',
      await measureAction(
        page,
        'open App',
        `(() => {
        const dialog = document.querySelector('[role="dialog"]');
        return dialog !== null && dialog.textContent.includes(${JSON.stringify(firstName)}) &&
          [...dialog.querySelectorAll('button')].some((button) => button.textContent === 'Delete');
      })()`,
        '/api/v1/apps/',
        () => page.getByRole('link', { name: firstName, exact: true }).click(),
      ),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    record(
      'reveal',
      await measureAction(
        page,
        'reveal',
        `[...document.querySelectorAll('table tbody tr')].some((row) => row.textContent.includes('eght_'))`,
        '/credentials/reveal',
        () => page.getByRole('button', { name: `Show credentials for ${firstName}` }).click(),
      ),
    );

    return { paint, longTasks, rowsChanged };
  } finally {
    await context.close();
  }
}

/**
 * JS heap (after forced GC) before and after `count` page changes, in bytes; twelve page changes
 * first warm up what any first use allocates once and fill the pages kept off screen.
 */
export async function measureHeapGrowth(
  browser: Browser,
  baseUrl: string,
  total: number,
  count: number,
): Promise<number> {
  // The bench polls the page with string predicates, which the console's CSP (no 'unsafe-eval')
  // would refuse; bypassing it changes nothing that is measured.
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', bypassCSP: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${baseUrl}/api-keys`);
    await page.waitForFunction(settled);
    const formatted = number.format(total);
    let pageNumber = 1;
    const nextPage = async () => {
      pageNumber++;
      const first = number.format((pageNumber - 1) * 10 + 1);
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForFunction(
        summary(`Showing ${first}–${number.format(pageNumber * 10)} of ${formatted} Apps`),
      );
    };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Warmed up past the list pages the console keeps off screen on purpose (10, see
    // KEPT_LIST_PAGES in app-queries.ts): what grows after that is not bounded, i.e. a leak.
    for (let warmUp = 0; warmUp < 12; warmUp++) await nextPage();
    const before = await heap();
    for (let change = 0; change < count; change++) await nextPage();
    return (await heap()) - before;
  } finally {
    await context.close();
  }
}
