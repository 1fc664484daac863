import { expect, test } from '../fixtures';
import {
  expectAllWithinViewportWidth,
  expectNoSidewaysScroll,
  expectNotCovered,
  resizeTo,
  WIDTHS,
} from '../layout';

// A backend is free to send what our own contract refuses: here a 10 kB App name, injected into
// the answers of the HTTP mock backend on their way to the production build (no service worker
// there, so the page's requests can be rewritten).
const HUGE_NAME = `Huge-${'W'.repeat(10 * 1024)}`;
const SEED_APP = 'Audit-Trail-SIEM';

test('a 10 kB name from the backend breaks no layout and covers no control', async ({
  page,
  appsList,
}) => {
  let hugeId = '';
  await page.route(
    (url) => url.pathname.startsWith('/api/v1/apps'),
    async (route) => {
      const response = await route.fetch();
      const url = new URL(route.request().url());
      if (route.request().method() !== 'GET' || !response.ok()) return route.fulfill({ response });
      const body = (await response.json()) as {
        items?: { id: string; name: string }[];
        id?: string;
        name?: string;
      };
      if (url.pathname === '/api/v1/apps' && body.items) {
        for (const app of body.items) {
          if (app.name === SEED_APP) {
            app.name = HUGE_NAME;
            hugeId = app.id;
          }
        }
      } else if (body.name === SEED_APP) {
        body.name = HUGE_NAME;
      }
      return route.fulfill({ response, json: body });
    },
  );

  await appsList.goto({ q: SEED_APP });
  const eye = page.getByRole('button', { name: /^Show credentials for Huge-W+$/ });
  await expect(eye).toBeVisible();
  expect(hugeId).not.toBe('');

  for (const width of WIDTHS) {
    await resizeTo(page, width, 800);
    await expectNoSidewaysScroll(page);
    await expectAllWithinViewportWidth(
      page.getByRole('button', { name: /^(Show|Hide) credentials for / }),
    );
    await expectNotCovered(eye);
    await expectNotCovered(page.getByRole('button', { name: 'Create App' }));
  }

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('link', { name: /^Huge-W+$/ }).click();
  const details = page.getByRole('dialog', { name: /^Huge-W+$/ });
  await expect(details.getByRole('checkbox', { name: 'Audit Records', exact: true })).toBeChecked();
  for (const width of [320, 390, 1280]) {
    await resizeTo(page, width, 720);
    await expectNoSidewaysScroll(page);
    await expectNotCovered(details.getByText(/^Created on /));
    for (const name of ['Close', 'Show key', 'Delete', 'Cancel']) {
      await expectNotCovered(details.getByRole('button', { name, exact: true }));
    }
    await expectNotCovered(details.getByRole('checkbox', { name: 'Audit Records', exact: true }));
  }
});
