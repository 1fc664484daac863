import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { insertApp } from '../../../../testing/factories';
import { renderApp } from '../../../../testing/render';

const DAY = 24 * 60 * 60 * 1000;

describe('App status in the details', { timeout: 20_000 }, () => {
  it('says Expired, never Active, for an App whose credentials no longer work', async () => {
    const app = insertApp({ expiresAt: new Date(Date.now() - 2 * DAY).toISOString() });
    renderApp(`/api-keys/${app.id}`);
    const dialog = await screen.findByRole('dialog', { name: app.name });
    await within(dialog).findByText('Status');
    // Exact texts: the badge's (the expiry's own sentence says "Expired on …").
    expect(within(dialog).getByText('Expired')).toBeInTheDocument();
    expect(within(dialog).queryByText('Active')).not.toBeInTheDocument();
  });

  it('says Active for an App that has not expired', async () => {
    const app = insertApp({ expiresAt: new Date(Date.now() + 2 * DAY).toISOString() });
    renderApp(`/api-keys/${app.id}`);
    const dialog = await screen.findByRole('dialog', { name: app.name });
    await within(dialog).findByText('Status');
    expect(within(dialog).getByText('Active')).toBeInTheDocument();
  });
});
