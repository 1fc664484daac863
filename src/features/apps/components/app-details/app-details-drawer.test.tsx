import { MASK } from '../../../../components/credentials/credential-parts';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDb, server } from '../../../../mocks/node';
import { insertApp, type InsertedApp } from '../../../../testing/factories';
import { renderApp } from '../../../../testing/render';

function serverProblem(status: number, title: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function openDetails(app: InsertedApp) {
  const view = renderApp(`/api-keys/${app.id}`);
  const dialog = await screen.findByRole('dialog', { name: app.name });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' });
  return { ...view, app, dialog };
}

describe('App details', { timeout: 20_000 }, () => {
  it('shows the App read-only with its credentials masked and its products chosen', async () => {
    const app = insertApp({ productIds: ['cc-historical-analytics', 'work-analytics'] });
    const { dialog } = await openDetails(app);

    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue(app.name);
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    expect(within(dialog).getByText(/^Created on \d\d\/\d\d\/\d{4} at /)).toBeInTheDocument();
    expect(within(dialog).getAllByText(MASK)).toHaveLength(2);
    expect(within(dialog).getByText('Active')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Contact Center Historical Analytics' }),
    ).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Work Analytics' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Audit Records' })).not.toBeChecked();
    const chosen = within(dialog).getByRole('list', { name: 'Chosen API products (2)' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled();
  });

  it('reveals and hides the Key and the Secret separately, dropping them from the cache', async () => {
    const { user, app, dialog, queryClient } = await openDetails(insertApp());
    const { key, secret } = app.credentials;

    const showKey = within(dialog).getByRole('button', { name: 'Show key' });
    expect(showKey).toHaveAttribute('aria-pressed', 'false');
    await user.click(showKey);
    expect(await within(dialog).findByText(key)).toBeInTheDocument();
    expect(within(dialog).queryByText(secret)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Show secret' }));
    expect(await within(dialog).findByText(secret)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Hide key' }));
    await user.click(within(dialog).getByRole('button', { name: 'Hide secret' }));
    expect(within(dialog).queryByText(key)).not.toBeInTheDocument();
    expect(within(dialog).queryByText(secret)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().findAll({ queryKey: ['apps', 'credentials'] }),
      ).toHaveLength(0),
    );
  });

  it('copies the Key and the Secret, masked or revealed', async () => {
    const { user, app, dialog } = await openDetails(insertApp());
    const { key, secret } = app.credentials;

    await user.click(within(dialog).getByRole('button', { name: 'Copy key' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(key));
    expect(within(dialog).getByText('Copied')).toBeInTheDocument();
    expect(within(dialog).queryByText(key)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Show secret' }));
    await within(dialog).findByText(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(secret));
  });

  it('saves a change of products, then shows "Applying changes" until it is active', async () => {
    mockDb.updateSettings({ propagationDelayMs: 300 });
    const inserted = insertApp({ productIds: ['cc-historical-analytics', 'work-analytics'] });
    // Work Analytics was called in the last 7 days, as the usage pipeline would report it.
    mockDb.updateApp(inserted.id, {
      usage: {
        'work-analytics': {
          lastCallAt: new Date(Date.now() - 50 * 60_000).toISOString(),
          callsLast7Days: 1204,
        },
      },
    });
    const { user, app, dialog } = await openDetails(inserted);
    const save = within(dialog).getByRole('button', { name: 'Save' });

    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));
    expect(save).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Remove Work Analytics' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Work Analytics' })).not.toBeChecked();

    await user.click(save);
    // Work Analytics was called in the last 7 days: the admin is told before it goes.
    const warning = await screen.findByRole('dialog', {
      name: 'Remove API products still in use?',
    });
    expect(
      within(warning).getByText('Work Analytics: 1,204 calls in the last 7 days'),
    ).toBeInTheDocument();
    expect(mockDb.findApp(app.id)?.productIds).toContain('work-analytics');
    await user.click(within(warning).getByRole('button', { name: 'Remove and save' }));

    expect(
      await screen.findByText('It may take a few minutes for the change to apply everywhere.'),
    ).toBeInTheDocument();
    expect(await within(dialog).findByText('Applying changes')).toBeInTheDocument();
    expect(mockDb.findApp(app.id)?.productIds).toEqual([
      'cc-historical-analytics',
      'audit-records',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'Audit Records' })).toBeChecked();
    // The details poll every 3 s while a change is applying.
    expect(await within(dialog).findByText('Active', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(dialog).queryByText('Applying changes')).not.toBeInTheDocument();
  });

  it('does not overwrite a change saved meanwhile in another tab: it shows the conflict', async () => {
    const { user, app, dialog } = await openDetails(insertApp({ productIds: ['work-analytics'] }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    // Another tab saves a change of this App with the App's current ETag: the ETag moves on.
    const url = `http://localhost/api/v1/apps/${app.id}`;
    const etag = (await fetch(url)).headers.get('ETag') ?? '';
    const otherTab = await fetch(url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify({ productIds: [...app.productIds, 'contact-search'] }),
    });
    expect(otherTab.status).toBe(200);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Someone else changed this App while you were editing it'),
    ).toBeInTheDocument();
    // The other tab's change stands, and nothing of this drawer's was saved over it.
    expect(mockDb.findApp(app.id)?.productIds).toContain('contact-search');
    expect(mockDb.findApp(app.id)?.productIds).not.toContain('audit-records');
    expect(within(dialog).getByRole('checkbox', { name: 'Audit Records' })).toBeChecked();
  });

  it('enables Save only while the products differ from the App’s', async () => {
    const { user, dialog } = await openDetails(insertApp({ productIds: ['work-analytics'] }));
    const save = within(dialog).getByRole('button', { name: 'Save' });
    const audit = within(dialog).getByRole('checkbox', { name: 'Audit Records' });

    await user.click(audit);
    expect(save).toBeEnabled();
    await user.click(audit);
    expect(save).toBeDisabled();
  });

  it('refuses to save an App without any product', async () => {
    const { user, app, dialog } = await openDetails(insertApp({ productIds: ['audit-records'] }));

    await user.click(within(dialog).getByRole('button', { name: 'Remove Audit Records' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByRole('group', { name: 'API Products' })).toHaveAccessibleDescription(
      'Choose at least one API product.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Search API products' })).toHaveFocus();
    expect(mockDb.findApp(app.id)?.productIds).toEqual(['audit-records']);
  });

  it.each([
    ['a server error', () => serverProblem(500, 'Internal server error'), 'error 500'],
    ['no network', () => HttpResponse.error(), "Can't reach the server"],
  ])('keeps the unsaved selection and explains %s', async (_, respond, message) => {
    server.use(http.patch('*/api/v1/apps/:appId', respond));
    const { user, app, dialog } = await openDetails(
      insertApp({ productIds: ['cc-historical-analytics', 'work-analytics'] }),
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not save the API products');
    expect(alert).toHaveTextContent(message);
    expect(within(dialog).getByRole('checkbox', { name: 'Audit Records' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(mockDb.findApp(app.id)?.productIds).toEqual([
      'cc-historical-analytics',
      'work-analytics',
    ]);
  });

  it('keeps Cloud Storage on an App that has it, for a user who could not add it', async () => {
    // Cloud Storage Service needs the Storage API assignment, which this persona lacks.
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const { dialog } = await openDetails(insertApp({ productIds: ['cloud-storage'] }));
    const cloudStorage = within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' });
    expect(cloudStorage).toBeChecked();
    expect(cloudStorage).toBeEnabled();
  });

  it('warns, before saving, that Cloud Storage removed by such a user cannot be added back', async () => {
    // Cloud Storage Service needs the Storage API assignment, which this persona lacks.
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const { user, dialog } = await openDetails(insertApp({ productIds: ['cloud-storage'] }));
    expect(within(dialog).queryByText('You cannot add this back')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' }));

    const warning = within(dialog).getByRole('status', { name: 'You cannot add this back' });
    expect(warning).toHaveTextContent('Cloud Storage Service needs the Storage API assignment');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' }));
    expect(within(dialog).queryByText('You cannot add this back')).not.toBeInTheDocument();
  });

  it('a Company Admin, who can add it back, gets no such warning', async () => {
    // The default persona, a Company Admin with the Storage API assignment.
    mockDb.updateSettings({ persona: 'company-admin' });
    const { user, dialog } = await openDetails(insertApp({ productIds: ['cloud-storage'] }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cloud Storage Service' }));
    expect(within(dialog).queryByText('You cannot add this back')).not.toBeInTheDocument();
  });

  it('deletes the App once its name is typed', async () => {
    // Both created now: first in the list's default newest-first order, on its first page.
    const other = insertApp();
    const { user, app, dialog, router } = await openDetails(insertApp({ name: 'Billing-Export' }));

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: `Delete app ${app.name}?` });
    expect(confirm).toHaveTextContent('revokes its Key and Secret');
    const deleteButton = within(confirm).getByRole('button', { name: 'Delete app' });
    const typed = within(confirm).getByRole('textbox', {
      name: `Type ${app.name} to confirm`,
    });
    expect(deleteButton).toBeDisabled();
    await user.type(typed, app.name.toLowerCase());
    expect(deleteButton).toBeDisabled();
    await user.clear(typed);
    await user.type(typed, app.name);
    expect(deleteButton).toBeEnabled();

    await user.click(deleteButton);

    expect(await screen.findByText(`${app.name} deleted`)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mockDb.findApp(app.id)).toBeUndefined();
    await screen.findByRole('link', { name: other.name });
    expect(screen.queryByRole('link', { name: app.name })).not.toBeInTheDocument();
  });

  it.each([
    ['a server error', () => serverProblem(500, 'Internal server error'), 'error 500'],
    ['no network', () => HttpResponse.error(), "Can't reach the server"],
  ])('deletes nothing and explains %s, keeping what was typed', async (_, respond, message) => {
    server.use(http.delete('*/api/v1/apps/:appId', respond));
    const { user, app, dialog } = await openDetails(insertApp());
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: `Delete app ${app.name}?` });
    const typed = within(confirm).getByRole('textbox', {
      name: `Type ${app.name} to confirm`,
    });
    await user.type(typed, app.name);

    await user.click(within(confirm).getByRole('button', { name: 'Delete app' }));

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('Could not delete the App');
    expect(alert).toHaveTextContent(message);
    expect(typed).toHaveValue(app.name);
    expect(mockDb.findApp(app.id)).toBeDefined();
    expect(screen.getByRole('dialog', { name: app.name })).toBeInTheDocument();
  });

  it('asks before discarding an unsaved change of products', async () => {
    const { user, app, dialog, router } = await openDetails(
      insertApp({ productIds: ['cc-historical-analytics', 'work-analytics'] }),
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(mockDb.findApp(app.id)?.productIds).toEqual([
      'cc-historical-analytics',
      'work-analytics',
    ]);
  });

  it('says when the App does not exist, with a way back to the list', async () => {
    const { user, router } = renderApp('/api-keys/no-such-app?q=report');
    const dialog = await screen.findByRole('dialog', { name: 'App not found' });
    expect(within(dialog).getByText(/This App does not exist\./)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Back to API Keys' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(router.state.location.search).toBe('?q=report');
  });

  it('shows a loading error with Retry', async () => {
    let failing = true;
    server.use(
      http.get('*/api/v1/apps/:appId', () =>
        failing ? serverProblem(500, 'Internal server error') : undefined,
      ),
    );
    const app = insertApp();
    const { user } = renderApp(`/api-keys/${app.id}`);
    const dialog = await screen.findByRole('dialog', { name: 'Could not load the App' });
    failing = false;
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('dialog', { name: app.name })).toBeInTheDocument();
  });

  it('gives focus back to the App’s link in the list when closed', async () => {
    // Created now: first in the list's default newest-first order, on its first page.
    const app = insertApp();
    const { user } = renderApp('/api-keys');
    const link = await screen.findByRole('link', { name: app.name });
    await user.click(link);
    const dialog = await screen.findByRole('dialog', { name: app.name });
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus(),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(link).toHaveFocus());
  });
});
