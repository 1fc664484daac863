import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('A cold load', () => {
  test('sends no request that is cancelled or forbidden, for an admin and for a user without the permission', async ({
    page,
    appsList,
    demo,
  }) => {
    const problems: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().includes('/api/'))
        problems.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400)
        problems.push(`${response.url()} ${response.status()}`);
    });
    // A reload cancels what is still on its way (the attention counts, say): that is the test's
    // doing, not the console's, so each reload waits until every API request has an answer.
    const underway = new Set<Request>();
    page.on('request', (request) => {
      if (request.url().includes('/api/')) underway.add(request);
    });
    page.on('requestfinished', (request) => underway.delete(request));
    page.on('requestfailed', (request) => underway.delete(request));
    const allAnswered = () => expect.poll(() => underway.size).toBe(0);

    await appsList.goto();
    await expect(appsList.names).toHaveCount(10);
    await allAnswered();
    await page.reload();
    await expect(appsList.names).toHaveCount(10);
    expect(problems).toEqual([]);

    await demo.signInAs('User without Application Credentials');
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    await allAnswered();
    problems.length = 0;
    await page.reload();
    await expect(
      page.getByRole('heading', { name: "You don't have access to API Keys" }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });
});
