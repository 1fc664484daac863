import { expect, FAILED_REQUEST, test } from '../fixtures';

// What the console does with the config.json an operator gives it (src/config/runtime-config*.ts),
// on the production build under nginx: a file it cannot use stops it with a message that names
// the key and the rule, before any request to the API; no file at all means the build defaults.

const invalidFiles = [
  {
    what: 'a javascript: API base URL',
    body: JSON.stringify({ apiBaseUrl: 'javascript:alert(1)' }),
    message:
      'config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got javascript:alert(1)',
  },
  {
    what: 'a data: sign-in URL',
    body: JSON.stringify({ signInUrl: 'data:text/html,<h1>Sign in</h1>' }),
    message:
      'config.json: signInUrl must be a path like /sign-in or an https:// URL; got data:text/html,<h1>Sign in</h1>',
  },
  {
    what: 'a misspelt key',
    body: JSON.stringify({ apiBaseURL: '/api/v1' }),
    message: 'config.json: unknown key apiBaseURL (the keys are apiBaseUrl, signInUrl)',
  },
  {
    what: 'a file that is not JSON',
    body: '{ "apiBaseUrl": "/api/v1", }',
    message: /^config\.json could not be read: /,
  },
];

for (const { what, body, message } of invalidFiles) {
  test(`${what} stops the console with a message, and no API request`, async ({
    page,
    consoleMessages,
  }) => {
    // The message is also logged for whoever opens the developer tools.
    consoleMessages.allow(/console\.error: config\.json/);
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );

    await page.goto('/api-keys');
    await expect(
      page.getByRole('heading', { level: 1, name: 'The console cannot start' }),
    ).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText([message]);
    await expect(page.getByRole('heading', { name: 'API Keys' })).toHaveCount(0);
    // A barrier: the page's own requests, all made before this one, are reported before it.
    const barrier = page.waitForRequest((request) =>
      request.url().endsWith('/favicon.svg?barrier'),
    );
    await page.evaluate(() => fetch('/favicon.svg?barrier'));
    await barrier;
    expect(apiRequests).toEqual([]);
  });
}

test('without config.json the console runs on the build defaults', async ({
  page,
  appsList,
  consoleMessages,
}) => {
  consoleMessages.allow(FAILED_REQUEST); // the 404 of config.json
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await appsList.goto({ q: 'Audit-Trail-SIEM' });
  await expect(appsList.names).toHaveText(['Audit-Trail-SIEM']);
});
