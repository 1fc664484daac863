import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockDb, server } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

// These tests load lazy chunks and run on shared CI machines: wait up to 5 s, not 1 s, for what
// the page shows next (this file only; Vitest isolates each file's Testing Library config).
configure({ asyncUtilTimeout: 5000 });

async function openQuickstart(name: string) {
  const app = mockDb.findAppByName(name);
  if (!app) throw new Error(`No seed App named ${name}`);
  const view = renderApp(`/api-keys/${app.id}`);
  // Generous: the first test of a file also loads the drawer's code.
  const dialog = await screen.findByRole('dialog', { name }, { timeout: 5000 });
  await view.user.click(await within(dialog).findByRole('tab', { name: 'Quickstart' }));
  const panel = await within(dialog).findByRole('tabpanel', { name: 'Quickstart' });
  return { ...view, app, dialog, panel };
}

describe('Quickstart', { timeout: 20_000 }, () => {
  it("shows each of the App's products in catalog order, filled with the Key, the Secret masked", async () => {
    const { app, panel } = await openQuickstart('SurveyReports.Legacy');
    // Catalog order: Recent Calls comes before Post Call Survey, whatever the App's order.
    const headings = await within(panel).findAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Customer Experience Recent Calls',
      'Customer Experience Post Call Survey',
    ]);
    await waitFor(() => expect(panel).toHaveTextContent(app.key));
    expect(panel).not.toHaveTextContent(app.secret);
    expect(within(panel).getAllByText(/Legacy header pair/)).toHaveLength(2);
    expect(within(panel).getByRole('tab', { name: 'curl', selected: true })).toBeInTheDocument();
  });

  it('switches language and region, and shows the Secret only when asked', async () => {
    const { app, panel, user } = await openQuickstart('QM-Evaluations-Export');
    await waitFor(() => expect(panel).toHaveTextContent(app.key));
    expect(panel).toHaveTextContent("-u '" + app.key + ":<your secret>'");

    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Region for Cloud Storage Service' }),
      'uk',
    );
    expect(panel).toHaveTextContent('https://api.8x8.com/storage/uk/v3/objects');

    await user.click(within(panel).getByRole('tab', { name: 'Python' }));
    expect(panel).toHaveTextContent('secret = "<your secret>"');
    // The region chosen stays chosen in another language.
    expect(panel).toHaveTextContent('https://api.8x8.com/storage/uk/v3/objects');

    await user.click(
      within(panel).getByRole('checkbox', { name: 'Show the Secret in the snippets' }),
    );
    expect(panel).toHaveTextContent(`secret = "${app.secret}"`);
  });

  it('hides the Secret again after a minute', async () => {
    const { app, panel, user } = await openQuickstart('All-CC-Analytics');
    await waitFor(() => expect(panel).toHaveTextContent(app.key));
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await user.click(
        within(panel).getByRole('checkbox', { name: 'Show the Secret in the snippets' }),
      );
      expect(panel).toHaveTextContent(app.secret);
      await vi.advanceTimersByTimeAsync(60_000);
      await waitFor(() => expect(panel).not.toHaveTextContent(app.secret));
    } finally {
      vi.useRealTimers();
    }
  });

  it('records a copy that holds the Secret as a secret copy, and one without as a key copy', async () => {
    const before = new Date().toISOString();
    const { app, panel, user } = await openQuickstart('Audit-Trail-SIEM');
    await waitFor(() => expect(panel).toHaveTextContent(app.key));
    await user.click(
      within(panel).getByRole('button', { name: 'Copy curl snippet for Audit Records' }),
    );
    expect(await within(panel).findByText('Copied')).toBeInTheDocument();
    const copies = () =>
      mockDb
        .activityOf(app.id)
        .filter((event) => event.type === 'credential-copied' && event.at > before);
    await waitFor(() =>
      expect(copies()).toEqual([expect.objectContaining({ credentials: ['key'] })]),
    );

    await user.click(within(panel).getByRole('button', { name: 'Copy as .env' }));
    await waitFor(() =>
      expect(copies().map((event) => event.credentials?.[0])).toEqual(['key', 'secret']),
    );
    expect(JSON.stringify(mockDb.activityOf(app.id))).not.toContain(app.secret);
  });

  it('writes to the clipboard within the click, and records the copy only once it is written', async () => {
    const { app, panel } = await openQuickstart('Audit-Trail-SIEM');
    await waitFor(() => expect(panel).toHaveTextContent(app.key));
    // A browser with ClipboardItem (Safari, Chrome): the write must start inside the click, or
    // Safari refuses it; here it stays pending until the test lets it finish.
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Promise<Blob>>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    let finishWrite: () => void = () => undefined;
    const write = vi
      .spyOn(navigator.clipboard, 'write')
      .mockImplementation(() => new Promise<void>((resolve) => (finishWrite = resolve)));
    const copies = () =>
      mockDb.activityOf(app.id).filter((event) => event.type === 'credential-copied').length;
    const copiesBefore = copies();
    try {
      for (const name of ['Copy curl snippet for Audit Records', 'Copy as .env']) {
        write.mockClear();
        fireEvent.click(within(panel).getByRole('button', { name }));
        // Synchronously, in the click's own task: no await came before the write.
        expect(write).toHaveBeenCalledTimes(1);
      }
      // Neither write has finished: nothing may be recorded as copied yet.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(copies()).toBe(copiesBefore);
      finishWrite();
      await waitFor(() => expect(copies()).toBe(copiesBefore + 1));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('explains a Key that cannot be loaded and keeps placeholders in the snippets', async () => {
    server.use(http.post('*/api/v1/apps/:appId/credentials/reveal', () => Response.error()));
    const { panel } = await openQuickstart('Audit-Trail-SIEM');
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Could not load the Key');
    expect(panel).toHaveTextContent('x-api-key: <your key>');
  });

  it('is absent when the backend does not offer it', async () => {
    server.use(http.get('*/api/v1/session', () => Response.json(sessionWithout('quickstart'))));
    const app = mockDb.findAppByName('Audit-Trail-SIEM');
    renderApp(`/api-keys/${app?.id ?? ''}`);
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Audit-Trail-SIEM' },
      { timeout: 5000 },
    );
    await within(dialog).findByRole('textbox', { name: 'Name' });
    expect(within(dialog).queryByRole('tab')).not.toBeInTheDocument();
  });
});

function sessionWithout(capability: string) {
  return {
    user: { id: 'u-1001', name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
    role: 'Company Admin',
    permissions: ['application-credentials'],
    assignments: ['storage-api'],
    capabilities: ['credential-test', 'access-matrix'].filter((item) => item !== capability),
  };
}
