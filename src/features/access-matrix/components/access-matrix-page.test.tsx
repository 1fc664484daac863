import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDb, server } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

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
  it('is linked from the list and shows Apps × the ten products with row and column headers', async () => {
    const { user } = renderApp('/api-keys');
    await user.click(await screen.findByRole('link', { name: 'Access matrix' }, { timeout: 5000 }));
    const grid = await screen.findByRole('grid', { name: 'Access matrix' }, { timeout: 5000 });
    await within(grid).findByRole('rowheader', { name: 'All-CC-Analytics' });
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
    expect(within(grid).getByRole('rowheader', { name: 'All-CC-Analytics' })).toBeInTheDocument();
    expect(cell(grid, 'Contact Center Historical Analytics', 'All-CC-Analytics')).toBeChecked();
    expect(cell(grid, 'Audit Records', 'All-CC-Analytics')).not.toBeChecked();
    expect(screen.getByText('Showing 1–12 of 12 Apps')).toBeInTheDocument();
  });

  it('grants one product to several Apps, counts the changes and saves one update per App', async () => {
    const { grid, user } = await openMatrix();
    await user.click(cell(grid, 'Audit Records', 'All-CC-Analytics'));
    await user.click(cell(grid, 'Audit Records', 'WallboardRealtime'));
    expect(screen.getByText('2 changes to 2 Apps, not saved yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved 2 Apps');
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(mockDb.findAppByName('All-CC-Analytics')?.productIds).toContain('audit-records');
    expect(mockDb.findAppByName('WallboardRealtime')?.productIds).toContain('audit-records');
    await waitFor(() => expect(cell(grid, 'Audit Records', 'WallboardRealtime')).toBeChecked());
  });

  it('keeps a failed App staged and reports it, while the others are saved', async () => {
    const failing = mockDb.findAppByName('WallboardRealtime');
    server.use(
      http.patch(`*/api/v1/apps/${failing?.id ?? ''}`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal server error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { grid, user } = await openMatrix();
    await user.click(cell(grid, 'Contact Search', 'All-CC-Analytics'));
    await user.click(cell(grid, 'Contact Search', 'WallboardRealtime'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not save 1 App');
    expect(alert).toHaveTextContent('WallboardRealtime: The server had a problem (error 500)');
    expect(screen.getByText('Saved 1 App')).toBeInTheDocument();
    expect(screen.getByText('1 change to 1 App, not saved yet')).toBeInTheDocument();
    expect(cell(grid, 'Contact Search', 'WallboardRealtime')).toBeChecked();
    expect(mockDb.findAppByName('WallboardRealtime')?.productIds).not.toContain('contact-search');
    expect(mockDb.findAppByName('All-CC-Analytics')?.productIds).toContain('contact-search');
  });

  it('toggles a whole column of the page and a whole row, and discards', async () => {
    const { grid, user } = await openMatrix();
    await user.click(
      within(grid).getByRole('checkbox', { name: 'Contact Search for all Apps on this page' }),
    );
    // 12 Apps, two of which (Salesforce-CTI-Sync, Helpdesk-Contact-Lookup) have Contact Search.
    expect(screen.getByText('10 changes to 10 Apps, not saved yet')).toBeInTheDocument();
    await user.click(
      within(grid).getByRole('checkbox', { name: 'All products for Audit-Trail-SIEM' }),
    );
    expect(cell(grid, 'Work Analytics', 'Audit-Trail-SIEM')).toBeChecked();
    expect(cell(grid, 'Cloud Storage Service', 'Audit-Trail-SIEM')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(cell(grid, 'Contact Search', 'All-CC-Analytics')).not.toBeChecked();
  });

  it('disables Cloud Storage cells, with the reason, without the Storage API assignment', async () => {
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const { grid, user } = await openMatrix();
    const storage = cell(grid, 'Cloud Storage Service', 'Audit-Trail-SIEM');
    expect(storage).toHaveAttribute('aria-disabled', 'true');
    expect(storage).toHaveAccessibleDescription(/requires the Storage API assignment/);
    await user.click(storage);
    expect(storage).not.toBeChecked();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
  });

  it('moves between cells with the arrow keys, with one tab stop', async () => {
    const { grid, user } = await openMatrix();
    const first = cell(grid, 'Contact Center Historical Analytics', 'All-CC-Analytics');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(
      within(grid)
        .getAllByRole('checkbox')
        .filter((box) => box.getAttribute('tabindex') === '0'),
    ).toHaveLength(1);
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(cell(grid, 'Contact Center Realtime Analytics', 'All-CC-Analytics')).toHaveFocus();
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
      within(grid).getByRole('checkbox', { name: 'All products for All-CC-Analytics' }),
    ).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight} ');
    expect(cell(grid, 'Cloud Storage Service', 'All-CC-Analytics')).toBeChecked();
    expect(screen.getByText('1 change to 1 App, not saved yet')).toBeInTheDocument();
  });

  it('asks before leaving with staged changes, and stays when asked to', async () => {
    const { grid, user, router } = await openMatrix();
    await user.click(cell(grid, 'Audit Records', 'All-CC-Analytics'));
    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/api-keys/access');
    expect(cell(grid, 'Audit Records', 'All-CC-Analytics')).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' })).getByRole(
        'button',
        { name: 'Discard changes and leave' },
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'API Keys' });
  });

  it('keeps changes staged across pages and searches, which are in the URL', async () => {
    const { grid, user, router } = await openMatrix('/api-keys/access?q=analytics');
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['All Apps on this page', 'All-CC-Analytics', 'Tableau_WorkAnalytics']);
    await user.click(cell(grid, 'Audit Records', 'Tableau_WorkAnalytics'));
    await user.clear(screen.getByRole('textbox', { name: 'Search apps' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await screen.findByRole('rowheader', { name: 'Audit-Trail-SIEM' });
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
    renderApp('/api-keys');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Access matrix' })).not.toBeInTheDocument();
  });
});
