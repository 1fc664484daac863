import { expect, test, FAILED_REQUEST } from './fixtures';
import { NEWEST_FIRST } from './seed-apps';

test.describe('Demo settings', () => {
  test('a user without Application Credentials sees no API Keys and is told why', async ({
    page,
    demo,
    appsList,
  }) => {
    await appsList.goto();
    await demo.signInAs('User without Application Credentials');

    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'API Keys' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);

    // The demo keeps the signed-in user across a reload.
    await page.reload();
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
  });

  test('a failing network shows an error with Retry; back to Normal, the list returns', async ({
    page,
    demo,
    appsList,
    consoleMessages,
  }) => {
    consoleMessages.allow(FAILED_REQUEST); // the network fails on purpose
    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);

    await demo.setNetwork('Failing');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load Apps');
    await expect(alert).toContainText("Can't reach the server");
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(appsList.names).toHaveCount(0);

    // Choosing Normal makes the demo ask the backend again by itself.
    await demo.setNetwork('Normal');
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(0, 10));
    await expect(alert).toHaveCount(0);
  });

  test('a slow network shows the loading state before the rows', async ({
    page,
    demo,
    appsList,
  }) => {
    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);

    await demo.setNetwork('Slow');
    await expect(page.getByRole('table', { name: 'Loading Apps' })).toBeVisible();
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(0, 10));
    await expect(page.getByRole('table', { name: 'Loading Apps' })).toHaveCount(0);
  });

  test('Reset demo data starts again from fresh seed data', async ({ demo, appsList }) => {
    await appsList.goto();
    const keyCell = appsList.row('DataLake-Ingest').getByRole('cell', {
      name: /^eght_/,
    });
    await appsList.reveal('DataLake-Ingest');
    await expect(keyCell).toBeVisible();
    const keyBefore = (await keyCell.textContent()) ?? '';

    await demo.reset();
    // The same seed Apps, hidden again, with newly generated credentials.
    await expect(appsList.names).toHaveText(NEWEST_FIRST.slice(0, 10));
    await appsList.reveal('DataLake-Ingest');
    await expect(keyCell).toHaveText(/^eght_/);
    await expect(keyCell).not.toHaveText(keyBefore);
  });
});
