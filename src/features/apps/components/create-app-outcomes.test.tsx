import { screen, within } from '@testing-library/react';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockDb, server } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

/** The first create reaches the server but its answer is lost; the check that follows is lost too. */
function loseTheFirstCreateAndItsCheck() {
  let calls = 0;
  server.use(
    http.post('*/api/v1/apps', async ({ request }) => {
      calls += 1;
      if (calls === 1) {
        await getResponse(createHandlers(mockDb), request);
        return HttpResponse.error();
      }
      return calls === 2 ? HttpResponse.error() : undefined;
    }),
  );
}

async function startCreate(name: string) {
  const view = renderApp('/api-keys/new');
  const dialog = await screen.findByRole('dialog', { name: 'Create app' });
  await within(dialog).findByRole('checkbox', { name: 'Work Analytics' });
  const nameField = within(dialog).getByRole('textbox', { name: 'Name' });
  await view.user.type(nameField, name);
  await view.user.click(within(dialog).getByRole('checkbox', { name: 'Audit Records' }));
  await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));
  return { ...view, dialog, nameField };
}

const named = (name: string) => mockDb.apps.filter((app) => app.name === name);

describe('Create app, when the outcome of a Save is unknown', { timeout: 20_000 }, () => {
  it('says it is not known, keeps the form, and a renamed Save shows the App created first', async () => {
    loseTheFirstCreateAndItsCheck();
    const { user, dialog, nameField } = await startCreate('Lost-Then-Renamed');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Can't reach the server");
    expect(alert).toHaveTextContent('It is not known yet whether the App was created');
    expect(nameField).toHaveValue('Lost-Then-Renamed');

    await user.clear(nameField);
    await user.type(nameField, 'Renamed-Later');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // No second App: the App of the first Save, shown, with what happened to the edits.
    await screen.findByRole('dialog', { name: 'Lost-Then-Renamed' });
    expect(
      await screen.findByText(/An earlier Save created it before its answer was lost/),
    ).toBeInTheDocument();
    expect(named('Lost-Then-Renamed')).toHaveLength(1);
    expect(named('Renamed-Later')).toHaveLength(0);
  });

  it('gives no 409 on the admin’s own App when only the products were edited', async () => {
    loseTheFirstCreateAndItsCheck();
    const { user, dialog } = await startCreate('Lost-Then-Edited');
    await within(dialog).findByRole('alert');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Contact Search' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByRole('dialog', { name: 'Lost-Then-Edited' });
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();
    expect(named('Lost-Then-Edited')).toHaveLength(1);
    expect(named('Lost-Then-Edited')[0]?.productIds).toEqual(['audit-records']);
  });

  it('cannot be cancelled while a Save is out, so no App is created unseen', async () => {
    server.use(http.post('*/api/v1/apps', () => delay('infinite')));
    const { user, dialog } = await startCreate('In-Flight');

    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Create app' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('In-Flight');
  });
});
