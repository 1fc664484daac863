import { expect, test } from '../fixtures';
import { expectAllWithinViewportWidth, expectNoSidewaysScroll, resizeTo } from '../layout';
import { createBackendApp, uniqueName } from './backend';

// Issue #17 item 4: a backend is free to send what our contract refuses. Here the HTTP mock
// backend's answers are rewritten on their way to the production build: an App named with a
// U+202E (right-to-left override), which without isolation turns the delete dialog's own words
// around ("Type Payrollmrifnoc ot tropxE-"), and a 409 whose `detail` is one 10 kB word.
const RLO = '\u202e';
const HUGE_DETAIL = `Conflict-${'W'.repeat(10 * 1024)}`;

test("a bidi override in an App's name cannot reorder the delete dialog, and a 10 kB detail wraps", async ({
  page,
  request,
  consoleMessages,
}) => {
  const created = await createBackendApp(request, uniqueName('Payroll'), ['audit-records']);
  const hostileName = `${created.name}${RLO}-Export`;
  await page.route(
    (url) => url.pathname.startsWith(`/api/v1/apps/${created.id}`),
    async (route) => {
      const method = route.request().method();
      if (method === 'DELETE') {
        return route.fulfill({
          status: 409,
          contentType: 'application/problem+json',
          json: { type: 'about:blank', title: 'Conflict', status: 409, detail: HUGE_DETAIL },
        });
      }
      const response = await route.fetch();
      if (method !== 'GET' || !response.ok()) return route.fulfill({ response });
      const body = (await response.json()) as { id?: string; name?: string };
      if (body.id === created.id) body.name = hostileName;
      return route.fulfill({ response, json: body });
    },
  );
  consoleMessages.allow(/Failed to load resource: the server responded with a status of 409/);

  await page.goto(`/api-keys/${created.id}`);
  const drawer = page.getByRole('dialog', { name: hostileName, exact: true });
  await expect(drawer.getByRole('textbox', { name: 'Name' })).toHaveValue(hostileName);
  // The details say what the name really holds.
  await expect(drawer.getByText('This name contains hidden characters')).toBeVisible();
  await expect(drawer.getByText(`${created.name}⟨U+202E⟩-Export`)).toBeVisible();

  await drawer.getByRole('button', { name: 'Delete', exact: true }).click();
  // The accessible names are the product spec's, character for character.
  const confirm = page.getByRole('dialog', { name: `Delete app ${hostileName}?`, exact: true });
  const field = confirm.getByRole('textbox', {
    name: `Type ${hostileName} to confirm`,
    exact: true,
  });
  await expect(field).toBeVisible();
  await expect(confirm.getByText('This name contains hidden characters')).toBeVisible();

  // As drawn: in the label and the title, the console's words stand where they belong, left of
  // the name and right of it, however the name inside its isolate is drawn.
  const order = async (sentence: string) =>
    confirm
      .getByText(sentence, { exact: false })
      .first()
      .evaluate((element) => {
        const rectOf = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        };
        const isolate = element.querySelector('bdi');
        if (!isolate?.previousSibling || !isolate.nextSibling) return null;
        const before = rectOf(isolate.previousSibling);
        const name = rectOf(isolate);
        const after = rectOf(isolate.nextSibling);
        return {
          beforeIsLeftOfName: before.right <= name.left + 1,
          afterIsRightOfName: after.left >= name.right - 1,
        };
      });
  const inOrder = { beforeIsLeftOfName: true, afterIsRightOfName: true };
  expect(await order('to confirm')).toEqual(inOrder);
  expect(await order('Delete app')).toEqual(inOrder);

  await field.fill(hostileName);
  await confirm.getByRole('button', { name: 'Delete app', exact: true }).click();
  const alert = confirm.getByRole('alert').filter({ hasText: 'Could not delete the App' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Conflict-WWW');

  for (const width of [320, 390, 1280]) {
    await resizeTo(page, width, 720);
    await expectNoSidewaysScroll(page);
    await expectAllWithinViewportWidth(alert);
    // Nor does the dialog scroll sideways inside itself: the 10 kB word wraps.
    const sideways = await alert.evaluate((element) => {
      const scroller = element.closest('section') ?? element;
      return scroller.scrollWidth - scroller.clientWidth;
    });
    expect(sideways, `the dialog scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  }
});
