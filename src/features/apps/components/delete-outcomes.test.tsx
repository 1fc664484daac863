import { screen, within } from '@testing-library/react';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockDb, server } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

/** Opens the App's details over the list, applies `faults`, then deletes the App. */
async function deleteFromDetails(name: string, ...faults: Parameters<typeof server.use>) {
  const app = mockDb.findAppByName(name);
  if (!app) throw new Error(`No seed App named ${name}`);
  const view = renderApp(`/api-keys/${app.id}`);
  // The first render loads the drawer's lazy chunk, which can take a while in a test run.
  const dialog = await screen.findByRole('dialog', { name }, { timeout: 5000 });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' });
  // The list behind the drawer shows the App.
  expect(await screen.findByRole('link', { name, hidden: true })).toBeInTheDocument();
  server.use(...faults);
  await view.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  const confirm = await screen.findByRole('dialog', { name: `Delete app ${name}?` });
  await view.user.type(
    within(confirm).getByRole('textbox', { name: `Type ${name} to confirm` }),
    name,
  );
  await view.user.click(within(confirm).getByRole('button', { name: 'Delete app' }));
  return { ...view, app, confirm };
}

describe('Deleting an App tells what happened', { timeout: 20_000 }, () => {
  it('takes it out of the list at once, before the list is fetched again', async () => {
    // The list's refetch never answers: the row must go without it.
    await deleteFromDetails(
      'Audit-Trail-SIEM',
      http.get('*/api/v1/apps', () => delay('infinite')),
    );
    expect(await screen.findByText('Audit-Trail-SIEM deleted')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Audit-Trail-SIEM', hidden: true }),
    ).not.toBeInTheDocument();
  });

  it('counts an App already deleted elsewhere as deleted', async () => {
    await deleteFromDetails(
      'Audit-Trail-SIEM',
      // Someone else's delete arrives first.
      http.delete('*/api/v1/apps/:appId', async ({ request }) => {
        await getResponse(createHandlers(mockDb), request.clone());
        return getResponse(createHandlers(mockDb), request);
      }),
    );
    expect(await screen.findByText('Audit-Trail-SIEM was already deleted')).toBeInTheDocument();
    expect(mockDb.findAppByName('Audit-Trail-SIEM')).toBeUndefined();
  });

  it('finds out after a lost answer that the App is gone, and says it was deleted', async () => {
    await deleteFromDetails(
      'Audit-Trail-SIEM',
      http.delete(
        '*/api/v1/apps/:appId',
        async ({ request }) => {
          await getResponse(createHandlers(mockDb), request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    expect((await screen.findAllByText('Audit-Trail-SIEM deleted'))[0]).toBeInTheDocument();
  });

  it('says nothing was deleted when a re-read finds the App still there', async () => {
    const { confirm } = await deleteFromDetails(
      'Audit-Trail-SIEM',
      http.delete('*/api/v1/apps/:appId', () => HttpResponse.error(), { once: true }),
    );
    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent("Can't reach the server");
    expect(alert).toHaveTextContent('Nothing was deleted.');
    expect(mockDb.findAppByName('Audit-Trail-SIEM')).toBeDefined();
  });

  it('says it could not be checked when the re-read fails too', async () => {
    const { confirm } = await deleteFromDetails(
      'Audit-Trail-SIEM',
      http.delete('*/api/v1/apps/:appId', () => HttpResponse.error()),
      http.get('*/api/v1/apps/:appId', () => HttpResponse.error()),
    );
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'It could not be checked whether the App was deleted',
    );
  });
});
