import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockDb, server } from '../../../mocks/node';
import { insertApp } from '../../../testing/factories';
import { renderApp } from '../../../testing/render';

function serverProblem(status: number, title: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function openCreateDrawer() {
  const view = renderApp('/api-keys/new');
  const dialog = await screen.findByRole('dialog', { name: 'Create app' });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' });
  const nameField = within(dialog).getByRole('textbox', { name: 'Name' });
  const save = within(dialog).getByRole('button', { name: 'Save' });
  return { ...view, dialog, nameField, save };
}

describe('Create app', { timeout: 20_000 }, () => {
  it('asks for a name and at least one API product before sending anything', async () => {
    const appCount = mockDb.apps.length;
    const { user, dialog, nameField, save } = await openCreateDrawer();
    expect(nameField).toHaveFocus();

    await user.click(save);

    expect(nameField).toBeInvalid();
    expect(nameField).toHaveAccessibleDescription(
      expect.stringContaining('Enter a name for the App.'),
    );
    expect(within(dialog).getByText('Choose at least one API product.')).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'API Products' })).toHaveAccessibleDescription(
      'Choose at least one API product.',
    );
    expect(nameField).toHaveFocus();
    expect(mockDb.apps).toHaveLength(appCount);

    // With a valid name, focus goes to the products, which are what is missing.
    await user.type(nameField, 'Named-App');
    await user.click(save);
    expect(within(dialog).getByRole('textbox', { name: 'Search API products' })).toHaveFocus();
  });

  it('rejects spaces as they are typed and offers a one-click fix', async () => {
    const { user, dialog, nameField } = await openCreateDrawer();

    await user.type(nameField, 'All CC Reports');
    expect(nameField).toHaveAccessibleDescription(
      expect.stringContaining('Names can’t contain spaces.'),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Use All-CC-Reports' }));
    expect(nameField).toHaveValue('All-CC-Reports');
    expect(nameField).toBeValid();
    expect(within(dialog).queryByText(/contain spaces/)).not.toBeInTheDocument();
  });

  it('rejects tabs, names over 64 characters and characters outside the contract', async () => {
    const { user, nameField } = await openCreateDrawer();

    await user.click(nameField);
    await user.paste('Reports\tEU');
    expect(nameField).toHaveAccessibleDescription(
      expect.stringContaining('Names can’t contain tabs.'),
    );

    await user.clear(nameField);
    await user.paste('a'.repeat(65));
    expect(nameField).toHaveAccessibleDescription(
      expect.stringContaining('at most 64 characters long (this one has 65)'),
    );
    await user.type(nameField, '{Backspace}');
    expect(nameField).toBeValid();

    await user.clear(nameField);
    await user.paste('Reports/EU');
    expect(nameField).toHaveAccessibleDescription(expect.stringContaining('remove “/”'));
  });

  it('shows markup typed as a name as text, never as markup', async () => {
    const { user, dialog, nameField } = await openCreateDrawer();
    const markup = '<img src=x onerror=alert(1)>';

    await user.click(nameField);
    await user.paste(markup);

    expect(nameField).toHaveValue(markup);
    expect(nameField).toBeInvalid();
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use img-srcx-onerroralert1' }));
    expect(nameField).toHaveValue('img-srcx-onerroralert1');
  });

  it('reports a duplicate name from the server on the field, keeping the input', async () => {
    const existing = insertApp({ name: 'Billing-Export' });
    const typedName = existing.name.toLowerCase();
    const appCount = mockDb.apps.length;
    const { user, dialog, nameField, save } = await openCreateDrawer();
    await user.type(nameField, typedName);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Work Analytics' }));

    await user.click(save);

    await waitFor(() =>
      expect(nameField).toHaveAccessibleDescription(
        expect.stringContaining(`An App named ${typedName} already exists.`),
      ),
    );
    expect(nameField).toHaveValue(typedName);
    expect(nameField).toHaveFocus();
    expect(within(dialog).getByRole('checkbox', { name: 'Work Analytics' })).toBeChecked();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(mockDb.apps).toHaveLength(appCount);
  });

  it('names each product exactly, describes it, and selects all that is visible', async () => {
    const { user, dialog } = await openCreateDrawer();
    const picker = within(dialog).getByRole('group', { name: 'API Products' });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(11);
    for (const name of [
      'Select all',
      'Contact Center Historical Analytics',
      'Contact Center Realtime Analytics',
      'Cloud Storage Service',
      'Customer Experience Recent Calls',
      'Customer Experience Post Call Survey',
      'Quality Management & Speech Analytics',
      'Work Analytics',
      'Audit Records',
      'Contact Search',
      'Contact Management',
    ]) {
      expect(within(picker).getByRole('checkbox', { name })).toHaveAccessibleName(name);
    }
    expect(
      within(picker).getByRole('checkbox', { name: 'Audit Records' }),
    ).toHaveAccessibleDescription('Administrative audit trail of the platform.');

    await user.type(
      within(picker).getByRole('textbox', { name: 'Search API products' }),
      'contact',
    );
    expect(
      within(picker).queryByRole('checkbox', { name: 'Audit Records' }),
    ).not.toBeInTheDocument();
    const selectAll = within(picker).getByRole('checkbox', { name: 'Select all' });
    await user.click(selectAll);
    expect(within(picker).getByRole('checkbox', { name: 'Contact Search' })).toBeChecked();
    expect(within(picker).getByRole('checkbox', { name: 'Contact Management' })).toBeChecked();

    await user.clear(within(picker).getByRole('textbox', { name: 'Search API products' }));
    expect(within(picker).getByRole('checkbox', { name: 'Audit Records' })).not.toBeChecked();
    expect(selectAll).not.toBeChecked();
    expect(selectAll).toHaveProperty('indeterminate', true);
  });

  it('shows Cloud Storage Service disabled, with the reason, without the Storage API assignment', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const { user, dialog } = await openCreateDrawer();
    const cloudStorage = within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' });

    expect(cloudStorage).toBeDisabled();
    expect(cloudStorage).toHaveAccessibleDescription(
      expect.stringContaining(
        'Requires the Storage API assignment, which only a Super Admin can grant',
      ),
    );

    await user.click(within(dialog).getByRole('checkbox', { name: 'Select all' }));
    expect(cloudStorage).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Work Analytics' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Select all' })).toBeChecked();
  });

  it('shows the server’s 403 when a product needs an assignment the user lost', async () => {
    const appCount = mockDb.apps.length;
    const { user, dialog, nameField, save } = await openCreateDrawer();
    // The session said the user had the Storage API assignment; the server knows better.
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    await user.type(nameField, 'Recordings-Export');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' }));

    await user.click(save);

    const alert = await within(dialog).findByRole('alert', { name: 'Could not create the App' });
    expect(alert).toHaveTextContent(
      'Cloud Storage Service requires the Storage API assignment, which only a Super Admin can grant.',
    );
    expect(within(dialog).getByRole('group', { name: 'API Products' })).toHaveAccessibleDescription(
      'Requires the Storage API assignment.',
    );
    expect(nameField).toHaveValue('Recordings-Export');
    expect(mockDb.apps).toHaveLength(appCount);
  });

  it('creates the App, then opens its details saying so, with the credentials shown', async () => {
    const { user, dialog, nameField, save, router } = await openCreateDrawer();
    await user.type(nameField, 'Quarterly-Reports');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Work Analytics' }));

    await user.click(save);

    const details = await screen.findByRole('dialog', { name: 'Quarterly-Reports' });
    const created = mockDb.findAppByName('Quarterly-Reports');
    expect(created?.productIds).toEqual(['work-analytics', 'audit-records']);
    expect(router.state.location.pathname).toBe(`/api-keys/${created?.id}`);
    expect(within(details).getByText(/^Created on .+ at .+/)).toBeInTheDocument();
    expect(
      await within(details).findByRole('alert', { name: 'Quarterly-Reports created' }),
    ).toHaveTextContent('Its Key and Secret are shown below');
    // The credentials are shown at once, as the message says.
    expect(within(details).getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await within(details).findByText(created?.key ?? 'no key')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Hide secret' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Quarterly-Reports' })).toBeInTheDocument();
  });

  it('creates exactly one App when Save is double-clicked', async () => {
    const appCount = mockDb.apps.length;
    const { user, dialog, nameField, save } = await openCreateDrawer();
    await user.type(nameField, 'Double-Click');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    await user.dblClick(save);

    await screen.findByRole('dialog', { name: 'Double-Click' });
    expect(mockDb.apps.filter((app) => app.name === 'Double-Click')).toHaveLength(1);
    expect(mockDb.apps).toHaveLength(appCount + 1);
  });

  it('finds out after a lost response, by replaying it, that the App was created: exactly one', async () => {
    // The server creates the App but its answer never arrives.
    server.use(
      http.post(
        '*/api/v1/apps',
        async ({ request }) => {
          await getResponse(createHandlers(mockDb), request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user, dialog, nameField, save } = await openCreateDrawer();
    await user.type(nameField, 'Lost-Response');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    await user.click(save);

    await screen.findByRole('dialog', { name: 'Lost-Response' });
    expect(mockDb.apps.filter((app) => app.name === 'Lost-Response')).toHaveLength(1);
  });

  it('reuses the Idempotency-Key for the same values and makes a new one when they change', async () => {
    // As on a console served over plain HTTP, where crypto.randomUUID does not exist.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    const restoreRandomUUID = () => {
      Reflect.deleteProperty(crypto, 'randomUUID');
    };
    onTestFinished(restoreRandomUUID);
    const keys: Array<string | null> = [];
    server.use(
      http.post('*/api/v1/apps', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        // 503: refused before any work, so each Save is a plain retry (a 500 would be replayed).
        return keys.length < 3 ? serverProblem(503, 'Service unavailable') : undefined;
      }),
    );
    const { user, dialog, nameField, save } = await openCreateDrawer();
    await user.type(nameField, 'Key-Reuse');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    await user.click(save);
    await within(dialog).findByRole('alert');
    // The mock backend needs it to make the App's id.
    restoreRandomUUID();
    await user.click(save);
    await waitFor(() => expect(keys).toHaveLength(2));
    await user.type(nameField, '-2');
    await user.click(save);

    await screen.findByRole('dialog', { name: 'Key-Reuse-2' });
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it.each([
    ['a server error', () => serverProblem(500, 'Internal server error'), 'error 500'],
    ['no network', () => HttpResponse.error(), "Can't reach the server"],
  ])('keeps everything typed and explains %s', async (_, respond, message) => {
    server.use(http.post('*/api/v1/apps', respond));
    const { user, dialog, nameField, save } = await openCreateDrawer();
    await user.type(nameField, 'Kept-Input');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Contact Search' }));

    await user.click(save);

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(nameField).toHaveValue('Kept-Input');
    expect(within(dialog).getByRole('checkbox', { name: 'Contact Search' })).toBeChecked();
    expect(save).toBeEnabled();
  });

  it('asks before discarding what was typed', async () => {
    const { user, dialog, nameField, router } = await openCreateDrawer();
    await user.type(nameField, 'Half-Done');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Discard unsaved changes?' }),
      ).not.toBeInTheDocument(),
    );
    expect(nameField).toHaveValue('Half-Done');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole(
        'button',
        { name: 'Discard changes' },
      ),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(screen.queryByRole('dialog', { name: 'Create app' })).not.toBeInTheDocument();
  });

  it('closes at once when nothing was typed or chosen', async () => {
    const { user, dialog, router } = await openCreateDrawer();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(
      screen.queryByRole('dialog', { name: 'Discard unsaved changes?' }),
    ).not.toBeInTheDocument();
  });

  it('gives focus back to Create App when closed', async () => {
    const { user } = renderApp('/api-keys');
    const createButton = await screen.findByRole('button', { name: 'Create App' });
    await user.click(createButton);
    const dialog = await screen.findByRole('dialog', { name: 'Create app' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus(),
    );

    await user.keyboard('{Escape}');

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Create app' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(createButton).toHaveFocus());
  });

  it('shows when the catalog cannot be loaded, and retries', async () => {
    let failing = true;
    server.use(
      http.get('*/api/v1/products', () =>
        failing ? serverProblem(500, 'Internal server error') : undefined,
      ),
    );
    const { user } = renderApp('/api-keys/new');
    const dialog = await screen.findByRole('dialog', { name: 'Create app' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load API products');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(dialog).findByRole('checkbox', { name: 'Work Analytics' }),
    ).toBeInTheDocument();
  });
});
