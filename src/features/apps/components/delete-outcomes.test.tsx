import { screen, within } from '@testing-library/react';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockDb, server } from '../../../mocks/node';
import { insertApp, type InsertedApp } from '../../../testing/factories';
import { renderApp } from '../../../testing/render';

/** Opens the App's details over the list, applies `faults`, then deletes the App. */
async function deleteFromDetails(app: InsertedApp, ...faults: Parameters<typeof server.use>) {
  const { name } = app;
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

// Each test deletes an App of its own, created now: first on the list's first page (newest first).
describe('Deleting an App tells what happened', { timeout: 20_000 }, () => {
  it('takes it out of the list at once, before the list is fetched again', async () => {
    // The list's refetch never answers: the row must go without it.
    const { app } = await deleteFromDetails(
      insertApp(),
      http.get('*/api/v1/apps', () => delay('infinite')),
    );
    expect(await screen.findByText(`${app.name} deleted`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: app.name, hidden: true })).not.toBeInTheDocument();
  });

  it('counts an App already deleted elsewhere as deleted', async () => {
    const { app } = await deleteFromDetails(
      insertApp(),
      // Someone else's delete arrives first.
      http.delete('*/api/v1/apps/:appId', async ({ request }) => {
        await getResponse(createHandlers(mockDb), request.clone());
        return getResponse(createHandlers(mockDb), request);
      }),
    );
    expect(await screen.findByText(`${app.name} was already deleted`)).toBeInTheDocument();
    expect(mockDb.findApp(app.id)).toBeUndefined();
  });

  it('finds out after a lost answer that the App is gone, and says it was deleted', async () => {
    const { app } = await deleteFromDetails(
      insertApp(),
      http.delete(
        '*/api/v1/apps/:appId',
        async ({ request }) => {
          await getResponse(createHandlers(mockDb), request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    expect((await screen.findAllByText(`${app.name} deleted`))[0]).toBeInTheDocument();
  });

  it('says nothing was deleted when a re-read finds the App still there', async () => {
    const { app, confirm } = await deleteFromDetails(
      insertApp(),
      http.delete('*/api/v1/apps/:appId', () => HttpResponse.error(), { once: true }),
    );
    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent("Can't reach the server");
    expect(alert).toHaveTextContent('Nothing was deleted.');
    expect(mockDb.findApp(app.id)).toBeDefined();
  });

  it('says it could not be checked when the re-read fails too', async () => {
    const { confirm } = await deleteFromDetails(
      insertApp(),
      http.delete('*/api/v1/apps/:appId', () => HttpResponse.error()),
      http.get('*/api/v1/apps/:appId', () => HttpResponse.error()),
    );
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'It could not be checked whether the App was deleted',
    );
  });
});
