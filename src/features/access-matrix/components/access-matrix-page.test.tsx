import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockDb, server } from '../../../mocks/node';
import { insertApp } from '../../../testing/factories';
import { renderApp } from '../../../testing/render';

// These tests load lazy chunks and run on shared CI machines: wait up to 5 s, not 1 s, for what
// the page shows next (this file only; Vitest isolates each file's Testing Library config).
configure({ asyncUtilTimeout: 5000 });

async function openMatrix(path = '/api-keys/access') {
  const view = renderApp(path);
  // Generous: the first test of a file also loads the page's code.
  await screen.findByRole('heading', { level: 1, name: 'Access matrix' }, { timeout: 5000 });
  const grid = await screen.findByRole('grid', { name: 'Access matrix' }, { timeout: 5000 });
  // The rows render in the background after the grid itself.
  await waitFor(() => expect(within(grid).getAllByRole('rowheader').length).toBeGreaterThan(1));
  return { ...view, grid };
}

const cell = (grid: HTMLElement, product: string, app: string) =>
  within(grid).getByRole('checkbox', { name: `${product} for ${app}` });

describe('Access matrix', { timeout: 30_000 }, () => {
  // The matrix shows every App, in name order: each test starts from an empty App table, so its
  // rows, pages and counts are the Apps the test inserts and nothing else.
  beforeEach(() => {
    mockDb.clearApps();
  });

  it('is linked from the list and shows Apps × the ten products with row and column headers', async () => {
    const analytics = insertApp({
      productIds: ['cc-historical-analytics', 'cc-realtime-analytics'],
    });
    insertApp();
    const { user } = renderApp('/api-keys');
    await user.click(await screen.findByRole('link', { name: 'Access matrix' }, { timeout: 5000 }));
    const grid = await screen.findByRole('grid', { name: 'Access matrix' }, { timeout: 5000 });
    await within(grid).findByRole('rowheader', { name: analytics.name });
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'App',
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
      'All products',
    ]);
    expect(within(grid).getByRole('rowheader', { name: analytics.name })).toBeInTheDocument();
    expect(cell(grid, 'Contact Center Historical Analytics', analytics.name)).toBeChecked();
    expect(cell(grid, 'Audit Records', analytics.name)).not.toBeChecked();
    expect(screen.getByText('Showing 1–2 of 2 Apps')).toBeInTheDocument();
  });

  it('grants one product to several Apps, counts the changes and saves one update per App', async () => {
    const first = insertApp({ productIds: ['cc-historical-analytics'] });
    const second = insertApp({ productIds: ['cc-realtime-analytics'] });
    const { grid, user } = await openMatrix();
    await user.click(cell(grid, 'Audit Records', first.name));
    await user.click(cell(grid, 'Audit Records', second.name));
    expect(screen.getByText('2 changes to 2 Apps, not saved yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved 2 Apps');
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(mockDb.findApp(first.id)?.productIds).toContain('audit-records');
    expect(mockDb.findApp(second.id)?.productIds).toContain('audit-records');
    await waitFor(() => expect(cell(grid, 'Audit Records', second.name)).toBeChecked());
  });

  it('keeps a failed App staged and reports it, while the others are saved', async () => {
    const saved = insertApp({ productIds: ['audit-records'] });
    const failing = insertApp({ productIds: ['audit-records'] });
    server.use(
      http.patch(`*/api/v1/apps/${failing.id}`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal server error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { grid, user } = await openMatrix();
    await user.click(cell(grid, 'Contact Search', saved.name));
    await user.click(cell(grid, 'Contact Search', failing.name));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not save 1 App');
    expect(alert).toHaveTextContent(`${failing.name}: The server had a problem (error 500)`);
    expect(screen.getByText('Saved 1 App')).toBeInTheDocument();
    expect(screen.getByText('1 change to 1 App, not saved yet')).toBeInTheDocument();
    expect(cell(grid, 'Contact Search', failing.name)).toBeChecked();
    expect(mockDb.findApp(failing.id)?.productIds).not.toContain('contact-search');
    expect(mockDb.findApp(saved.id)?.productIds).toContain('contact-search');
  });

  it('toggles a whole column of the page and a whole row, and discards', async () => {
    const audit = insertApp({ productIds: ['audit-records'] });
    const withoutSearch = [
      audit,
      insertApp({ productIds: ['work-analytics'] }),
      insertApp({ productIds: ['cc-realtime-analytics'] }),
    ];
    insertApp({ productIds: ['contact-search'] });
    const { grid, user } = await openMatrix();
    await user.click(
      within(grid).getByRole('checkbox', { name: 'Contact Search for all Apps on this page' }),
    );
    // 4 Apps on the page, one of which has Contact Search already.
    expect(screen.getByText('3 changes to 3 Apps, not saved yet')).toBeInTheDocument();
    await user.click(
      within(grid).getByRole('checkbox', { name: `All products for ${audit.name}` }),
    );
    expect(cell(grid, 'Work Analytics', audit.name)).toBeChecked();
    // The default persona, a Company Admin, has the Storage API assignment Cloud Storage needs.
    expect(cell(grid, 'Cloud Storage Service', audit.name)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    for (const app of withoutSearch) {
      expect(cell(grid, 'Contact Search', app.name)).not.toBeChecked();
    }
  });

  it('disables Cloud Storage cells, with the reason, without the Storage API assignment', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const app = insertApp({ productIds: ['audit-records'] });
    const { grid, user } = await openMatrix();
    const storage = cell(grid, 'Cloud Storage Service', app.name);
    expect(storage).toHaveAttribute('aria-disabled', 'true');
    expect(storage).toHaveAccessibleDescription(/requires the Storage API assignment/);
    await user.click(storage);
    expect(storage).not.toBeChecked();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
  });

  it('moves between cells with the arrow keys, with one tab stop', async () => {
    // In name order, the first row and the one below it.
    const top = insertApp({ name: 'Alpha-Reports', productIds: ['audit-records'] });
    insertApp({ name: 'Beta-Reports' });
    const { grid, user } = await openMatrix();
    const first = cell(grid, 'Contact Center Historical Analytics', top.name);
    expect(first).toHaveAttribute('tabindex', '0');
    expect(
      within(grid)
        .getAllByRole('checkbox')
        .filter((box) => box.getAttribute('tabindex') === '0'),
    ).toHaveLength(1);
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(cell(grid, 'Contact Center Realtime Analytics', top.name)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const below = within(grid).getAllByRole('rowheader')[2]?.textContent ?? '';
    expect(cell(grid, 'Contact Center Realtime Analytics', below)).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(
      within(grid).getByRole('checkbox', {
        name: 'Contact Center Realtime Analytics for all Apps on this page',
      }),
    ).toHaveFocus();
    await user.keyboard('{ArrowDown}{End}');
    expect(
      within(grid).getByRole('checkbox', { name: `All products for ${top.name}` }),
    ).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight} ');
    expect(cell(grid, 'Cloud Storage Service', top.name)).toBeChecked();
    expect(screen.getByText('1 change to 1 App, not saved yet')).toBeInTheDocument();
  });

  it('asks before leaving with staged changes, and stays when asked to', async () => {
    const app = insertApp({ productIds: ['work-analytics'] });
    const { grid, user, router } = await openMatrix();
    await user.click(cell(grid, 'Audit Records', app.name));
    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/api-keys/access');
    expect(cell(grid, 'Audit Records', app.name)).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' })).getByRole(
        'button',
        { name: 'Discard changes and leave' },
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'API Keys' }, { timeout: 5000 });
  });

  it('keeps changes staged across pages and searches, which are in the URL', async () => {
    const billing = insertApp({ name: 'Billing-Analytics', productIds: ['work-analytics'] });
    const sales = insertApp({ name: 'Sales-Analytics', productIds: ['work-analytics'] });
    const other = insertApp({ name: 'Recordings-Export' });
    const { grid, user, router } = await openMatrix('/api-keys/access?q=analytics');
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['All Apps on this page', billing.name, sales.name]);
    await user.click(cell(grid, 'Audit Records', sales.name));
    await user.clear(screen.getByRole('textbox', { name: 'Search apps' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await screen.findByRole('rowheader', { name: other.name });
    expect(screen.getByText('1 change to 1 App, not saved yet')).toBeInTheDocument();
  });

  it('is absent from a backend that does not offer it', async () => {
    server.use(
      http.get('*/api/v1/session', () =>
        HttpResponse.json({
          user: { id: 'u-1001', name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
          role: 'Company Admin',
          permissions: ['application-credentials'],
          assignments: ['storage-api'],
        }),
      ),
    );
    // An App, so that the list shows its table.
    insertApp();
    renderApp('/api-keys');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Access matrix' })).not.toBeInTheDocument();
  });
});
