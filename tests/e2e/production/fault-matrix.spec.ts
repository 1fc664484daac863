import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Locator, Page, Request, Route } from '@playwright/test';
import { expect, FAILED_REQUEST, test } from '../fixtures';
import {
  backendApp,
  backendAppsNamed,
  backendCredentials,
  createBackendApp,
  uniqueName,
  type BackendApp,
} from './backend';

/**
 * The fault matrix: every operation of the console × every way its request can fail, against
 * the production build (no service worker, so `page.route` sees the page's requests). Each cell
 * checks that the admin is told the truth (the message), that nothing typed or chosen is lost,
 * that the backend holds no duplicate and no unseen App, and that no page error occurred.
 *
 * Faults are injected on the one request under test. Statuses are answered without reaching the
 * backend (it did nothing); "no answer", "malformed JSON", "HTML body" and "empty body" on a
 * write let the request reach the backend and then break its answer, the hard case: the write
 * happened, and the console must find that out before saying anything. "slow" holds the request,
 * checks the busy state, then lets it through (no real 15 s wait).
 *
 * Each operation is one test (parallel across workers); its cells run in order within it, and
 * each writes its row to test-results/fault-matrix/, which the global teardown prints as one
 * table with the pass count.
 */

const FIELD_MESSAGE = 'Rejected by the fault matrix.';
const INJECTED_MARKUP =
  '<!doctype html><title>Portal</title><h1>Welcome</h1>' +
  '<img src="x" onerror="window.__faultInjected = true">' +
  '<script>window.__faultInjected = true</script>';

type FaultId =
  | '422 fields'
  | '401'
  | '403'
  | '404'
  | '409'
  | '412'
  | '429'
  | '500'
  | '503'
  | 'no answer'
  | 'slow'
  | 'malformed JSON'
  | 'HTML body'
  | 'empty body';

const faultIds: FaultId[] = [
  '422 fields',
  '401',
  '403',
  '404',
  '409',
  '412',
  '429',
  '500',
  '503',
  'no answer',
  'slow',
  'malformed JSON',
  'HTML body',
  'empty body',
];

function problem(status: number, extra: Record<string, unknown> = {}, headers = {}) {
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
    body: JSON.stringify({ type: 'about:blank', title: `Error ${status}`, status, ...extra }),
  };
}

/** Whether the fault lets a write reach the backend and breaks only its answer. */
const reachesBackend = (fault: FaultId) =>
  fault === 'no answer' ||
  fault === 'malformed JSON' ||
  fault === 'HTML body' ||
  fault === 'empty body';

/** Answers `route` with the fault (everything but "slow", which the cell handles). */
async function injectFault(route: Route, fault: FaultId, isWrite: boolean) {
  if (isWrite && reachesBackend(fault)) await route.fetch();
  switch (fault) {
    case '422 fields':
      return route.fulfill(
        problem(422, {
          detail: FIELD_MESSAGE,
          errors: ['name', 'productIds', 'search'].map((field) => ({
            field,
            message: FIELD_MESSAGE,
          })),
        }),
      );
    case '401':
      return route.fulfill(problem(401, { signInUrl: '/api/sign-in' }));
    case '429':
    case '503':
      return route.fulfill(problem(Number(fault), {}, { 'Retry-After': '1' }));
    case 'no answer':
      return route.abort('connectionreset');
    case 'malformed JSON':
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "' });
    case 'HTML body':
      return route.fulfill({ status: 200, contentType: 'text/html', body: INJECTED_MARKUP });
    case 'empty body':
      return route.fulfill({ status: 200, contentType: 'application/json', body: '' });
    default:
      return route.fulfill(problem(Number(fault)));
  }
}

/** What the console must say for a fault it cannot see through (a failed read, a refused write). */
function failureMessage(fault: FaultId): RegExp {
  switch (fault) {
    case '422 fields':
      return new RegExp(FIELD_MESSAGE);
    case '401':
      return /Your session has expired\. Sign in again; what you entered stays here\./;
    case '429':
      return /error 429\)\. You can try again in \d+ seconds? \(at /;
    case '503':
      return /error 503\)\. You can try again in \d+ seconds? \(at /;
    case 'no answer':
      return /Can't reach the server: no answer came back/;
    case 'malformed JSON':
      return /not in a form the console understands \(malformed JSON\)/;
    case 'HTML body':
      return /not in a form the console understands \(a web page instead of data\)/;
    case 'empty body':
      return /not in a form the console understands \(an empty answer with status 200\)/;
    default:
      return new RegExp(`error ${fault}\\)`);
  }
}

interface Cell {
  page: Page;
  request: APIRequestContext;
  fault: FaultId;
  /** The App this cell works on (not for list and create). */
  app: BackendApp;
  /** The name typed into the create form. */
  name: string;
}

interface Operation {
  id: string;
  /** The page's request this operation makes, which gets the fault. */
  targets: (request: Request, cell: Cell) => boolean;
  isWrite: boolean;
  /** Needs an App of its own in the backend. */
  needsApp: boolean;
  /** Brings the page to the moment just before the operation. */
  prepare: (cell: Cell) => Promise<void>;
  trigger: (cell: Cell) => Promise<void>;
  /** Shown while the request is held ("slow"). */
  busy: (cell: Cell) => Locator;
  /** The outcome when the request goes through or the console found out it did. */
  expectDone: (cell: Cell) => Promise<void>;
  /** The message of a failure, and that what the admin typed or chose is still there. */
  expectFailed: (cell: Cell, message: RegExp) => Promise<void>;
  /** The operation's own answer to a fault, where it differs from failureMessage. */
  special?: (fault: FaultId) => 'done' | RegExp | undefined;
}

const detailsDialog = (cell: Cell) =>
  cell.page.getByRole('dialog', { name: cell.app.name, exact: true });

async function openDetails(cell: Cell) {
  await cell.page.goto(`/api-keys/${cell.app.id}`);
  await expect(detailsDialog(cell).getByRole('textbox', { name: 'Name' })).toHaveValue(
    cell.app.name,
  );
}

/** The copy button's own status beside the Key (the field has other statuses too). */
const copyStatus = (cell: Cell) =>
  detailsDialog(cell)
    .getByRole('group', { name: 'Key' })
    .getByRole('status')
    .filter({ hasText: /^(Copying…|Copied|Copy failed:)/ });

const isApiPath = (request: Request, pathname: string, method: string) =>
  request.method() === method && new URL(request.url()).pathname === pathname;

const operations: Operation[] = [
  {
    id: 'list',
    isWrite: false,
    needsApp: false,
    targets: (request) => isApiPath(request, '/api/v1/apps', 'GET'),
    prepare: async ({ page }) => {
      if (!(await page.getByRole('heading', { level: 1, name: 'API Keys' }).isVisible())) {
        await page.goto('/api-keys');
      }
    },
    trigger: ({ page, name }) => page.getByRole('textbox', { name: 'Search apps' }).fill(name),
    busy: ({ page }) =>
      page
        .getByRole('status', { name: 'Refreshing the list' })
        .or(page.getByRole('table', { name: 'Loading Apps' })),
    expectDone: async ({ page, name }) => {
      await expect(page.getByText(`No Apps match “${name}”`)).toBeVisible();
    },
    expectFailed: async ({ page, name }, message) => {
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load Apps' });
      await expect(alert).toContainText(message, { timeout: 15_000 });
      await expect(page.getByRole('textbox', { name: 'Search apps' })).toHaveValue(name);
    },
  },
  {
    id: 'details',
    isWrite: false,
    needsApp: true,
    targets: (request, { app }) => isApiPath(request, `/api/v1/apps/${app.id}`, 'GET'),
    prepare: async () => {},
    trigger: async ({ page, app }) => {
      await page.goto(`/api-keys/${app.id}`);
    },
    busy: ({ page }) => page.getByRole('status').filter({ hasText: 'Loading the App…' }),
    expectDone: async (cell) => {
      await expect(detailsDialog(cell).getByRole('textbox', { name: 'Name' })).toHaveValue(
        cell.app.name,
      );
    },
    expectFailed: async ({ page }, message) => {
      await expect(page.getByRole('dialog', { name: 'Could not load the App' })).toContainText(
        message,
        { timeout: 15_000 },
      );
    },
    special: (fault) => (fault === '404' ? /This App does not exist/ : undefined),
  },
  {
    id: 'create',
    isWrite: true,
    needsApp: false,
    targets: (request) => isApiPath(request, '/api/v1/apps', 'POST'),
    prepare: async ({ page, name }) => {
      await page.goto('/api-keys/new');
      const dialog = page.getByRole('dialog', { name: 'Create app' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('checkbox', { name: 'Audit Records', exact: true }).check();
    },
    trigger: ({ page }) =>
      page
        .getByRole('dialog', { name: 'Create app' })
        .getByRole('button', { name: 'Save' })
        .click(),
    busy: ({ page }) =>
      page.getByRole('dialog', { name: 'Create app' }).getByRole('button', { name: 'Cancel' }),
    expectDone: async ({ page, name }) => {
      // Shown to the admin, so not unseen.
      await expect(page.getByRole('dialog', { name, exact: true })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: `${name} created` })).toBeVisible();
    },
    expectFailed: async ({ page, name }, message) => {
      const dialog = page.getByRole('dialog', { name: 'Create app' });
      await expect(dialog).toContainText(message);
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
      await expect(
        dialog.getByRole('checkbox', { name: 'Audit Records', exact: true }),
      ).toBeChecked();
    },
    // After a 500 the outcome is unknown, so the console replays the request (same
    // Idempotency-Key) to find out; that replay goes through here, and creates the App.
    special: (fault) => (reachesBackend(fault) || fault === '500' ? 'done' : undefined),
  },
  {
    id: 'update',
    isWrite: true,
    needsApp: true,
    targets: (request, { app }) => isApiPath(request, `/api/v1/apps/${app.id}`, 'PATCH'),
    prepare: async (cell) => {
      await openDetails(cell);
      await detailsDialog(cell)
        .getByRole('checkbox', { name: 'Contact Search', exact: true })
        .check();
    },
    trigger: (cell) => detailsDialog(cell).getByRole('button', { name: 'Save' }).click(),
    busy: (cell) => detailsDialog(cell).getByRole('button', { name: 'Save' }),
    expectDone: async (cell) => {
      await expect(
        detailsDialog(cell).getByRole('alert').filter({ hasText: 'API products saved' }),
      ).toBeVisible();
    },
    expectFailed: async (cell, message) => {
      const dialog = detailsDialog(cell);
      const alert = dialog.getByRole('alert').filter({ hasText: 'Could not save' });
      await expect(alert).toContainText(message);
      await expect(
        dialog.getByRole('checkbox', { name: 'Contact Search', exact: true }),
      ).toBeChecked();
      await expect(dialog.getByRole('button', { name: 'Save' })).toBeEnabled();
    },
    special: (fault) =>
      reachesBackend(fault)
        ? 'done'
        : fault === '404'
          ? /error 404\) It was deleted, by someone else or in another tab/
          : undefined,
  },
  {
    id: 'delete',
    isWrite: true,
    needsApp: true,
    targets: (request, { app }) => isApiPath(request, `/api/v1/apps/${app.id}`, 'DELETE'),
    prepare: async (cell) => {
      await openDetails(cell);
      await detailsDialog(cell).getByRole('button', { name: 'Delete' }).click();
      const confirm = cell.page.getByRole('dialog', { name: `Delete app ${cell.app.name}?` });
      await confirm
        .getByRole('textbox', { name: `Type ${cell.app.name} to confirm` })
        .fill(cell.app.name);
    },
    trigger: ({ page, app }) =>
      page
        .getByRole('dialog', { name: `Delete app ${app.name}?` })
        .getByRole('button', { name: 'Delete app' })
        .click(),
    busy: ({ page, app }) =>
      page
        .getByRole('dialog', { name: `Delete app ${app.name}?` })
        .getByRole('button', { name: 'Delete app' }),
    expectDone: async ({ page, app }) => {
      await expect(
        page.getByRole('alert').filter({ hasText: `${app.name} deleted` }),
      ).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
    expectFailed: async ({ page, app }, message) => {
      const confirm = page.getByRole('dialog', { name: `Delete app ${app.name}?` });
      await expect(confirm.getByRole('alert')).toContainText(message);
      await expect(confirm.getByRole('alert')).toContainText('Nothing was deleted.');
      await expect(
        confirm.getByRole('textbox', { name: `Type ${app.name} to confirm` }),
      ).toHaveValue(app.name);
    },
    special: (fault) => (reachesBackend(fault) ? 'done' : fault === '404' ? /already/ : undefined),
  },
  {
    id: 'reveal',
    isWrite: false,
    needsApp: true,
    targets: (request, { app }) =>
      isApiPath(request, `/api/v1/apps/${app.id}/credentials/reveal`, 'POST'),
    prepare: openDetails,
    trigger: (cell) => detailsDialog(cell).getByRole('button', { name: 'Show key' }).click(),
    busy: (cell) => detailsDialog(cell).getByRole('status').filter({ hasText: 'Loading key…' }),
    expectDone: async (cell) => {
      await expect(
        detailsDialog(cell).getByRole('group', { name: 'Key' }).getByRole('code'),
      ).toHaveText(/^eght_/);
    },
    expectFailed: async (cell, message) => {
      const key = detailsDialog(cell).getByRole('group', { name: 'Key' });
      await expect(key.getByRole('alert')).toContainText(message);
      await expect(key.getByRole('alert')).toContainText('Could not show the key.');
    },
  },
  {
    id: 'copy',
    isWrite: false,
    needsApp: true,
    targets: (request, { app }) =>
      isApiPath(request, `/api/v1/apps/${app.id}/credentials/reveal`, 'POST'),
    prepare: async (cell) => {
      await openDetails(cell);
      // Something else on the clipboard, which a failed copy must not leave looking copied.
      await cell.page.evaluate(() => navigator.clipboard.writeText('previous clipboard'));
    },
    trigger: (cell) => detailsDialog(cell).getByRole('button', { name: 'Copy key' }).click(),
    busy: (cell) => copyStatus(cell).filter({ hasText: 'Copying…' }),
    expectDone: async (cell) => {
      await expect(copyStatus(cell)).toHaveText('Copied');
      const { key } = await backendCredentials(cell.request, cell.app.id);
      expect(await cell.page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    },
    expectFailed: async (cell, message) => {
      const status = copyStatus(cell);
      await expect(status).toContainText('Copy failed:');
      await expect(status).toContainText(message);
      expect(await cell.page.evaluate(() => navigator.clipboard.readText())).toBe(
        'previous clipboard',
      );
    },
  },
];

/** No duplicate App and no App the admin was not shown. */
async function expectBackendTruth(cell: Cell, operation: Operation, done: boolean) {
  if (operation.id === 'create') {
    const created = await backendAppsNamed(cell.request, cell.name);
    // Created only when the console said so (and showed it, in expectDone).
    expect(created, 'Apps created with the typed name').toHaveLength(done ? 1 : 0);
    return;
  }
  if (!operation.needsApp) return;
  const { app } = await backendApp(cell.request, cell.app.id);
  if (operation.id === 'delete') {
    if (done) expect(app, 'the deleted App is gone').toBeNull();
    else if (cell.fault !== '404') expect(app, 'a refused delete kept the App').not.toBeNull();
    return;
  }
  if (operation.id === 'update') {
    const expected = done ? ['audit-records', 'contact-search'] : ['audit-records'];
    expect([...(app?.productIds ?? [])].sort(), 'the App’s products').toEqual(expected);
  }
  expect(await backendAppsNamed(cell.request, cell.app.name), 'no duplicate').toHaveLength(1);
}

async function runCell(operation: Operation, cell: Cell) {
  const { page, fault } = cell;
  const pageErrors: string[] = [];
  const onPageError = (error: Error) => pageErrors.push(error.message);
  page.on('pageerror', onPageError);
  try {
    await operation.prepare(cell);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const matcher = (url: URL) => url.pathname.startsWith('/api/v1/');
    let faulted = false;
    const handler = async (route: Route) => {
      // A write's answer is broken once: the console's check afterwards gets the truth.
      if (!operation.targets(route.request(), cell) || (operation.isWrite && faulted)) {
        return route.fallback();
      }
      faulted = true;
      if (fault === 'slow') {
        await held;
        return route.continue();
      }
      return injectFault(route, fault, operation.isWrite);
    };
    await page.route(matcher, handler);
    try {
      await operation.trigger(cell);
      const special = operation.special?.(fault);
      if (fault === 'slow') {
        await expect(operation.busy(cell)).toBeVisible();
        if (operation.id === 'create' || operation.id === 'update' || operation.id === 'delete') {
          await expect(operation.busy(cell)).toBeDisabled();
        }
        release();
        await operation.expectDone(cell);
        await expectBackendTruth(cell, operation, true);
      } else if (special === 'done') {
        await operation.expectDone(cell);
        await expectBackendTruth(cell, operation, true);
      } else if (fault === '404' && operation.id === 'delete') {
        await expect(
          page.getByRole('alert').filter({ hasText: `${cell.app.name} was already deleted` }),
        ).toBeVisible();
        await expectBackendTruth(cell, operation, false);
      } else if (fault === '404' && operation.id === 'details') {
        await expect(page.getByRole('dialog', { name: 'App not found' })).toContainText(
          /This App does not exist/,
        );
      } else {
        await operation.expectFailed(cell, special ?? failureMessage(fault));
        await expectBackendTruth(cell, operation, false);
      }
      if (fault === '401') {
        const dialog = page.getByRole('dialog', { name: 'Session expired' });
        await expect(dialog).toHaveCount(1);
        await expect(dialog.getByRole('button', { name: 'Sign in again' })).toBeVisible();
      }
      expect(
        await page.evaluate(() => (window as { __faultInjected?: boolean }).__faultInjected),
        'injected markup ran',
      ).toBeUndefined();
    } finally {
      release();
      await page.unroute(matcher, handler);
    }
    if (fault === '401') {
      // Signed in again (the mock's session never ended): the console carries on.
      const dialog = page.getByRole('dialog', { name: 'Session expired' });
      await dialog.getByRole('button', { name: 'I have signed in' }).click();
      await expect(dialog).toHaveCount(0);
    }
    expect(pageErrors, 'page errors').toEqual([]);
  } finally {
    page.off('pageerror', onPageError);
  }
}

const resultsDir = path.join('test-results', 'fault-matrix');

async function newCell(
  operation: Operation,
  fault: FaultId,
  page: Page,
  request: APIRequestContext,
) {
  const label = `${operation.id.slice(0, 3)}-${fault.replace(/\W+/g, '')}`;
  return {
    page,
    request,
    fault,
    name: uniqueName(`FM-${label}`),
    app: operation.needsApp
      ? await createBackendApp(request, uniqueName(`FM-${label}`))
      : { id: '', name: '', productIds: [] },
  } satisfies Cell;
}

for (const operation of operations) {
  test(`fault matrix: ${operation.id} × ${faultIds.length} faults`, async ({
    page,
    request,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // every cell fails a request on purpose
    // 14 cells, some waiting for automatic retries (Retry-After 1 s, back-off 1 s + 2 s).
    test.setTimeout(180_000);
    const row: Record<string, 'pass' | 'FAIL'> = {};
    const failures: string[] = [];
    for (const fault of faultIds) {
      await test.step(`${operation.id} × ${fault}`, async () => {
        const cell = await newCell(operation, fault, page, request);
        try {
          await runCell(operation, cell);
          row[fault] = 'pass';
        } catch (error) {
          row[fault] = 'FAIL';
          // The assertion and what was found: enough to see why, in the report.
          const lines = String(error)
            .split('\n')
            .filter((line) => /Error|Expected|Received|Locator/.test(line));
          failures.push(`${operation.id} × ${fault}: ${lines.slice(0, 4).join(' | ')}`);
          // A fresh page for the next cell, whatever state this one left.
          await page.goto('about:blank');
        }
      });
    }
    await mkdir(resultsDir, { recursive: true });
    // Pairs, not an object: an object would put the numeric faults ("401"…) first.
    await writeFile(
      path.join(resultsDir, `${operation.id}.json`),
      JSON.stringify(faultIds.map((fault) => [fault, row[fault] ?? '-'])),
    );
    const passed = Object.values(row).filter((result) => result === 'pass').length;
    process.stdout.write(
      `fault matrix ${operation.id}: ${passed}/${faultIds.length} cells passed\n`,
    );
    expect(failures).toEqual([]);
  });
}
