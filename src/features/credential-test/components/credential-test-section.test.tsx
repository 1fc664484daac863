import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockDb, server } from '../../../mocks/node';
import { insertApp, type InsertedApp } from '../../../testing/factories';
import { renderApp } from '../../../testing/render';

// These tests load lazy chunks and run on shared CI machines: wait up to 5 s, not 1 s, for what
// the page shows next (this file only; Vitest isolates each file's Testing Library config).
configure({ asyncUtilTimeout: 5000 });

async function openDetails(app: InsertedApp) {
  const view = renderApp(`/api-keys/${app.id}`);
  // Generous: the first test of a file also loads the drawer's code.
  const dialog = await screen.findByRole('dialog', { name: app.name }, { timeout: 5000 });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' });
  return { ...view, app, dialog };
}

/** The result rows: product name → the status shown. */
function results(dialog: HTMLElement) {
  const region = within(dialog).getByRole('region', { name: 'Credential test results' });
  return Object.fromEntries(
    within(region)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const product = within(row).getByRole('rowheader');
        const [status] = within(row).getAllByRole('cell');
        return [product.textContent, status?.textContent];
      }),
  );
}

describe('Test credentials', { timeout: 20_000 }, () => {
  it('shows per product that the credentials work, with when the test ran', async () => {
    const { dialog, user } = await openDetails(
      insertApp({ productIds: ['cc-historical-analytics', 'cc-realtime-analytics'] }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
    const region = await within(dialog).findByRole('region', { name: 'Credential test results' });
    expect(results(dialog)).toEqual({
      'Contact Center Historical Analytics': 'Works',
      'Contact Center Realtime Analytics': 'Works',
    });
    expect(within(region).getByText(/^Tested at \d{1,2}:\d{2}:\d{2}\s[AP]M$/)).toBeInTheDocument();
  });

  it('says a product just added is not applied yet, and works once the change has applied', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { dialog, user } = await openDetails(
        insertApp({ productIds: ['cc-realtime-analytics'] }),
      );
      await user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await within(dialog).findByText('Applying changes');

      await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
      await within(dialog).findByRole('region', { name: 'Credential test results' });
      expect(results(dialog)).toEqual({
        'Contact Center Realtime Analytics': 'Works',
        'Audit Records': 'Not applied yet',
      });
      expect(within(dialog).getByText(/still being applied everywhere/)).toBeInTheDocument();

      await vi.advanceTimersByTimeAsync(mockDb.settings.propagationDelayMs);
      await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
      await waitFor(() => expect(results(dialog)['Audit Records']).toBe('Works'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says Cloud Storage is denied, with the reason, to an admin without Storage API', async () => {
    // Cloud Storage Service needs the Storage API assignment, which this persona lacks.
    mockDb.updateSettings({ persona: 'company-admin-no-storage' });
    const { dialog, user } = await openDetails(
      insertApp({ productIds: ['cloud-storage', 'audit-records'] }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
    await within(dialog).findByRole('region', { name: 'Credential test results' });
    expect(results(dialog)).toEqual({
      'Cloud Storage Service': 'Denied',
      'Audit Records': 'Works',
    });
    expect(within(dialog).getByText(/requires the Storage API assignment/)).toBeInTheDocument();
  });

  it('shows a failed product with its reason', async () => {
    const { app, dialog, user } = await openDetails(insertApp({ productIds: ['audit-records'] }));
    server.use(
      http.post('*/api/v1/apps/:appId/credentials/test', () =>
        HttpResponse.json({
          testedAt: new Date().toISOString(),
          results: [
            { productId: app.productIds[0], status: 'failed', reason: 'The App has expired.' },
          ],
        }),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
    await within(dialog).findByRole('region', { name: 'Credential test results' });
    expect(results(dialog)).toEqual({ 'Audit Records': 'Failed' });
    expect(within(dialog).getByText('The App has expired.')).toBeInTheDocument();
  });

  it('explains a network failure and keeps the last results', async () => {
    const { dialog, user } = await openDetails(insertApp({ productIds: ['audit-records'] }));
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
    await within(dialog).findByRole('region', { name: 'Credential test results' });
    server.use(http.post('*/api/v1/apps/:appId/credentials/test', () => HttpResponse.error()));
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not test the credentials');
    expect(alert).toHaveTextContent("Can't reach the server");
    expect(results(dialog)).toEqual({ 'Audit Records': 'Works' });
  });

  it('says when it can run again after the rate limit, and then lets it run', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { dialog, user } = await openDetails(insertApp({ productIds: ['audit-records'] }));
      const button = within(dialog).getByRole('button', { name: 'Test credentials' });
      for (let run = 0; run < 3; run += 1) {
        await user.click(button);
        await waitFor(() => expect(button).toBeEnabled());
      }
      await user.click(button);
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Tested too often');
      expect(alert).toHaveTextContent(/You can test again at \d{1,2}:\d{2}:\d{2}/);
      expect(button).toBeDisabled();
      expect(results(dialog)).toEqual({ 'Audit Records': 'Works' });

      await vi.advanceTimersByTimeAsync(60_000);
      await waitFor(() => expect(button).toBeEnabled());
      await user.click(button);
      await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    } finally {
      vi.useRealTimers();
    }
  });

  it('is absent when the backend does not offer it', async () => {
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
    const { dialog } = await openDetails(insertApp({ productIds: ['audit-records'] }));
    expect(within(dialog).queryByRole('button', { name: 'Test credentials' })).toBeNull();
  });
});
