import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainBackend } from '../../../mocks/model/capabilities';
import { createHandlers } from '../../../mocks/handlers';
import { mockDb, server } from '../../../mocks/node';
import { insertApp, type InsertedApp } from '../../../testing/factories';
import { renderApp } from '../../../testing/render';

const HOUR = 60 * 60 * 1000;

async function openDetails(app: InsertedApp) {
  const view = renderApp(`/api-keys/${app.id}`);
  // The first render loads the drawer's modules: give it more than the default second.
  const dialog = await screen.findByRole('dialog', { name: app.name }, { timeout: 5000 });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' }, { timeout: 5000 });
  return { ...view, app, dialog };
}

/** Everything the query and mutation caches hold, as text. */
function cachedText(queryClient: ReturnType<typeof renderApp>['queryClient']) {
  return JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data),
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.data),
  ]);
}

describe('Regenerate secret', { timeout: 20_000 }, () => {
  it('stopping the old secret needs the name typed; the new one replaces it on screen and in the cache', async () => {
    const { user, app, dialog, queryClient } = await openDetails(insertApp());
    const oldSecret = app.credentials.secret;
    await user.click(within(dialog).getByRole('button', { name: 'Show secret' }));
    await within(dialog).findByText(oldSecret);

    await user.click(within(dialog).getByRole('button', { name: 'Regenerate secret' }));
    const confirm = await screen.findByRole('dialog', {
      name: `Regenerate secret for ${app.name}?`,
    });
    expect(
      within(confirm).getByRole('radiogroup', { name: 'Previous secret keeps working' }),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('radio', { name: 'No, stop it now' }));
    const submit = within(confirm).getByRole('button', { name: 'Regenerate secret' });
    expect(submit).toBeDisabled();
    await user.type(
      within(confirm).getByRole('textbox', { name: `Type ${app.name} to confirm` }),
      app.name,
    );
    await user.click(submit);

    const newSecret = await waitFor(() => {
      const stored = mockDb.findApp(app.id)!.secret;
      expect(stored).not.toBe(oldSecret);
      return stored;
    });
    expect(await within(dialog).findByText(newSecret)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    expect(screen.queryByText(oldSecret)).not.toBeInTheDocument();
    expect(cachedText(queryClient)).not.toContain(oldSecret);
    expect(within(dialog).queryByRole('group', { name: 'Previous secret' })).toBeNull();
  });

  it('a double click sends one request', async () => {
    let requests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/secret/regenerate')) requests += 1;
    });
    const { user, app, dialog } = await openDetails(insertApp());
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate secret' }));
    const confirm = await screen.findByRole('dialog', {
      name: `Regenerate secret for ${app.name}?`,
    });
    await user.dblClick(within(confirm).getByRole('button', { name: 'Regenerate secret' }));
    await within(dialog).findByRole('group', { name: 'Previous secret' });
    expect(requests).toBe(1);
    expect(mockDb.activityOf(app.id).filter((e) => e.type === 'secret-regenerated')).toHaveLength(
      1,
    );
    server.events.removeAllListeners('request:start');
  });

  it('explains a failed regeneration and keeps the choice for a retry', async () => {
    server.use(http.post('*/api/v1/apps/:appId/secret/regenerate', () => HttpResponse.error()));
    const { user, app, dialog } = await openDetails(insertApp({ previousSecret: null }));
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate secret' }));
    const confirm = await screen.findByRole('dialog', {
      name: `Regenerate secret for ${app.name}?`,
    });
    await user.click(within(confirm).getByRole('radio', { name: 'For 7 days' }));
    await user.click(within(confirm).getByRole('button', { name: 'Regenerate secret' }));
    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('Could not regenerate the secret');
    expect(alert).toHaveTextContent("Can't reach the server");
    expect(within(confirm).getByRole('radio', { name: 'For 7 days' })).toBeChecked();
    expect(mockDb.findApp(app.id)?.previousSecret).toBeNull();
  });
});

describe('A grace period', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends by itself: the previous secret disappears when it stops working', async () => {
    // Regenerated 19 hours ago with 24 hours of grace: the previous secret stops in 5 hours.
    const regenerated = insertApp({
      secretCreatedAt: new Date(Date.now() - 19 * HOUR).toISOString(),
      previousSecret: {
        stopsAt: new Date(Date.now() + 5 * HOUR).toISOString(),
        gracePeriod: '24h',
        lastUsedAt: null,
      },
    });
    // The clock (Date and timers) jumps; real time still runs, so requests are answered.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { dialog, app } = await openDetails(regenerated);
    const previous = within(dialog).getByRole('group', { name: 'Previous secret' });
    expect(within(dialog).getByText(/^Stops working on .+ \(in 5 hours\)\.$/)).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(
      Date.parse(app.previousSecret!.stopsAt) - Date.now() - 60_000,
    );
    expect(previous).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(61_000);
    await waitFor(() => expect(previous).not.toBeInTheDocument());
    expect(within(dialog).queryByRole('button', { name: 'Revoke previous secret now' })).toBeNull();
  });
});

describe('Copies', { timeout: 20_000 }, () => {
  it('are reported to the backend with the credential’s name, never its value', async () => {
    const bodies: string[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/activity')) {
        bodies.push(await request.clone().text());
      }
    });
    const { user, app, dialog } = await openDetails(insertApp());
    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(JSON.parse(bodies[0]!)).toEqual({ type: 'credential-copied', credential: 'secret' });
    await waitFor(() =>
      expect(mockDb.activityOf(app.id).at(-1)).toMatchObject({
        type: 'credential-copied',
        credentials: ['secret'],
      }),
    );
    server.events.removeAllListeners('request:start');
  });
});

describe('A plain 8x8 backend', { timeout: 20_000 }, () => {
  it('gets the 8x8 details, and no request for what it does not offer', async () => {
    server.use(...createHandlers(mockDb, plainBackend));
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => {
      paths.push(new URL(request.url).pathname);
    });
    const { user, dialog } = await openDetails(insertApp());
    await user.click(within(dialog).getByRole('button', { name: 'Copy key' }));
    await within(dialog).findByText('Copied');
    expect(within(dialog).queryByRole('tablist')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Regenerate secret' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: 'Expires' })).toBeNull();
    expect(within(dialog).queryByRole('heading', { name: 'Usage' })).toBeNull();
    expect(paths.filter((path) => /usage|activity|attention|secret\//.test(path))).toEqual([]);
    server.events.removeAllListeners('request:start');
  });
});
