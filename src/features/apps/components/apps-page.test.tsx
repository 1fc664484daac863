import { MASK } from '../../../components/credentials/credential-parts';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDb, server } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

const rowsOf = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');

/** The credentials whose copies the backend recorded for an App, oldest first. */
function copiesOf(appId: string) {
  return mockDb
    .activityOf(appId)
    .filter((event) => event.type === 'credential-copied')
    .flatMap((event) => event.credentials ?? []);
}

describe('App list', { timeout: 20_000 }, () => {
  it('shows a loading state, then the Apps from the backend with masked credentials', async () => {
    // The list answers only once the skeleton has been seen: the session, the catalog and the
    // list are requested together, so a fixed delay could end before the page even renders.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get('*/api/v1/apps', async () => {
        await answered;
        return undefined;
      }),
    );
    renderApp('/api-keys');

    const skeleton = await screen.findByRole('table', { name: 'Loading Apps' });
    // The skeleton keeps the table's header, so the page does not jump when the rows arrive.
    expect(
      within(skeleton)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'App Name',
      'API Products',
      'Created on',
      'Last used',
      'Key',
      'Secret',
      'Show or hide credentials',
    ]);
    answer();
    expect(await screen.findByRole('link', { name: 'DataLake-Ingest' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'API Keys' })).toBeInTheDocument();
    for (const name of ['App Name', 'API Products', 'Created on', 'Key', 'Secret']) {
      expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
    }
    expect(rowsOf()).toHaveLength(10);
    expect(screen.getByText('Showing 1–10 of 12 Apps')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /PowerBI_Dashboards/ });
    expect(row).toHaveTextContent('Contact Center Historical Analytics, Work Analytics');
    expect(within(row).getAllByText(MASK)).toHaveLength(2);
  });

  it('reveals a row’s Key and Secret with the eyeball, and hides them again', async () => {
    const { user, queryClient } = renderApp('/api-keys?sort=name&order=asc');
    const app = mockDb.findAppByName('All-CC-Analytics')!;

    await user.click(
      await screen.findByRole('button', { name: 'Show credentials for All-CC-Analytics' }),
    );
    expect(await screen.findByText(app.key)).toBeInTheDocument();
    expect(screen.getByText(app.secret)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy key for All-CC-Analytics' }),
    ).toBeInTheDocument();
    const hide = screen.getByRole('button', { name: 'Hide credentials for All-CC-Analytics' });
    expect(hide).toHaveAttribute('aria-pressed', 'true');

    await user.click(hide);
    expect(screen.queryByText(app.secret)).not.toBeInTheDocument();
    // Hidden means gone: the secret is not kept in the query cache either.
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().findAll({ queryKey: ['apps', 'credentials'] }),
      ).toHaveLength(0),
    );
  });

  it('starts each App masked: a revealed row does not pass its reveal to the App that takes its place', async () => {
    const { user, queryClient } = renderApp('/api-keys?sort=name&order=asc');
    const first = mockDb.findAppByName('All-CC-Analytics')!;
    await user.click(
      await screen.findByRole('button', { name: 'Show credentials for All-CC-Analytics' }),
    );
    expect(await screen.findByText(first.secret)).toBeInTheDocument();

    // Z to A: another App is drawn in the first row (the rows are reused, not rebuilt).
    await user.click(screen.getByRole('button', { name: 'App Name' }));
    await waitFor(() =>
      expect(within(rowsOf()[0]!).getByRole('link')).not.toHaveTextContent('All-CC-Analytics'),
    );
    const nowFirst = within(rowsOf()[0]!);
    expect(nowFirst.getAllByText(MASK)).toHaveLength(2);
    expect(nowFirst.getByRole('button', { name: /^Show credentials for / })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByText(first.secret)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().findAll({ queryKey: ['apps', 'credentials'] }),
      ).toHaveLength(0),
    );
  });

  it('opens an App from a click anywhere on its row, over the same view of the list', async () => {
    const { user, router } = renderApp('/api-keys?sort=name&order=asc');
    const app = mockDb.findAppByName('PowerBI_Dashboards')!;
    await screen.findByRole('link', { name: 'PowerBI_Dashboards' });
    const row = screen.getByRole('row', { name: /PowerBI_Dashboards/ });
    await user.click(within(row).getByText(/Work Analytics/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/api-keys/${app.id}`));
    expect(router.state.location.search).toBe('?sort=name&order=asc');
  });

  it('offers Create App when there are no Apps yet', async () => {
    mockDb.clearApps();
    renderApp('/api-keys');
    expect(await screen.findByText('No Apps yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create your first App' })).toBeInTheDocument();
  });

  it('says so when a search matches nothing', async () => {
    renderApp('/api-keys?q=nothing-like-this');
    expect(await screen.findByText('No Apps match “nothing-like-this”')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search apps' })).toHaveValue('nothing-like-this');
  });

  it('shows the error with Retry, and recovers when the server does', async () => {
    let failing = true;
    server.use(
      http.get('*/api/v1/apps', () =>
        failing
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal server error', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    const { user } = renderApp('/api-keys');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load Apps');
    expect(alert).toHaveTextContent('The server had a problem (error 500)');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'DataLake-Ingest' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains the network is down', async () => {
    server.use(http.get('*/api/v1/apps', () => HttpResponse.error()));
    renderApp('/api-keys');
    expect(await screen.findByRole('alert')).toHaveTextContent("Can't reach the server");
  });

  it('explains the missing permission instead of the list, and hides the navigation link', async () => {
    mockDb.updateSettings({ persona: 'no-credentials' });
    renderApp('/api-keys');
    expect(
      await screen.findByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Application Credentials/, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'API Keys' })).not.toBeInTheDocument();
  });

  it('searches on the server and keeps the search in the URL', async () => {
    const { user, router } = renderApp('/api-keys');
    await screen.findByRole('link', { name: 'DataLake-Ingest' });
    await user.type(screen.getByRole('textbox', { name: 'Search apps' }), 'archiver');
    // The search waits for a pause in typing (debounce), then for the server.
    await waitFor(() => expect(router.state.location.search).toBe('?q=archiver'), {
      timeout: 3000,
    });
    await waitFor(() => expect(rowsOf()).toHaveLength(1), { timeout: 3000 });
    expect(screen.getByRole('link', { name: 'Storage-Archiver-EU' })).toBeInTheDocument();
  });

  it('sorts by name and pages through the Apps', async () => {
    const { user, router } = renderApp('/api-keys');
    await screen.findByRole('link', { name: 'DataLake-Ingest' });
    await user.click(screen.getByRole('button', { name: 'App Name' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&order=asc'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: 'App Name' })).toHaveAttribute(
        'aria-sort',
        'ascending',
      ),
    );
    await waitFor(() =>
      expect(within(rowsOf()[0]!).getByRole('link')).toHaveTextContent('All-CC-Analytics'),
    );

    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(rowsOf()).toHaveLength(2));
    expect(router.state.location.search).toBe('?sort=name&order=asc&page=2');
    expect(screen.getByText('Showing 11–12 of 12 Apps')).toBeInTheDocument();
  });

  it('on a narrow screen lists the Apps as cards, with the same controls and a Sort by select', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: false });
    try {
      const { user, router } = renderApp('/api-keys');
      const cards = await screen.findByRole('list', { name: 'Apps' });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(within(cards).getAllByRole('listitem')).toHaveLength(10);

      const card = within(cards)
        .getAllByRole('listitem')
        .find((item) => within(item).queryByRole('link', { name: 'PowerBI_Dashboards' }));
      expect(card).toHaveTextContent('Contact Center Historical Analytics, Work Analytics');
      await user.click(
        within(card!).getByRole('button', { name: 'Show credentials for PowerBI_Dashboards' }),
      );
      const copyKey = await within(card!).findByRole('button', {
        name: 'Copy key for PowerBI_Dashboards',
      });
      expect(within(card!).getByText(/^eght_/)).toBeInTheDocument();
      // A copy from a card goes to the activity trail, as one from a row does.
      const app = mockDb.findAppByName('PowerBI_Dashboards')!;
      const copiesBefore = copiesOf(app.id);
      await user.click(copyKey);
      await waitFor(() => expect(copiesOf(app.id)).toEqual([...copiesBefore, 'key']));

      // The expiry is marked on the cards as in the table.
      const expiring = within(cards)
        .getAllByRole('listitem')
        .find((item) => within(item).queryByRole('link', { name: 'Storage-Archiver-EU' }));
      expect(await within(expiring!).findByText('Expires in 5 days')).toBeInTheDocument();

      await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name:asc');
      await waitFor(() => expect(router.state.location.search).toBe('?sort=name&order=asc'));
    } finally {
      window.matchMedia = wide;
    }
  });
});
