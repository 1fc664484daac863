import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects every Content Security Policy violation of the page from its first script on: the
 * `securitypolicyviolation` events in the page and Chromium's console reports of them. Returns
 * what was seen so far, for `expect(...).toEqual([])`.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const reported: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reported.push(message.text());
  });
  return async () => [...((await page.evaluate(() => window.__cspViolations)) ?? []), ...reported];
}
