import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiClient, unwrap } from '../lib/api-client';
import { mockDb } from '../mocks/node';
import { checkResponseAgainstContract } from './contract';
import { buildApp, buildCredentials, insertApp } from './factories';
import { renderApp } from './render';

const DAY = 24 * 60 * 60 * 1000;

describe('the data factories', () => {
  it('build an App the contract accepts, each with its own id and name', () => {
    const first = buildApp();
    const second = buildApp({ productIds: ['audit-records', 'work-analytics'] });
    expect(
      checkResponseAgainstContract({
        method: 'GET',
        url: `/api/v1/apps/${first.id}`,
        status: 200,
        contentType: 'application/json',
        body: first,
      }),
    ).toEqual([]);
    expect(second.id).not.toBe(first.id);
    expect(second.name).not.toBe(first.name);
    expect(second.productIds).toEqual(['audit-records', 'work-analytics']);
  });

  it('build credentials of the real shape: an eght_ key of 53 characters and a secret', () => {
    const { key, secret } = buildCredentials();
    expect(key).toMatch(/^eght_[A-Za-z0-9+/=]{48}$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('insert an App the mock backend answers with, and reveals, as given', async () => {
    const stopsAt = new Date(Date.now() + DAY).toISOString();
    const app = insertApp({
      name: 'Factory-Made',
      expiresAt: new Date(Date.now() + 5 * DAY).toISOString(),
      previousSecret: { stopsAt, gracePeriod: '24h', lastUsedAt: null },
    });
    expect(mockDb.findAppByName('Factory-Made')?.key).toBe(app.credentials.key);

    const { credentials, ...shown } = app;
    expect(
      await unwrap(apiClient.GET('/apps/{appId}', { params: { path: { appId: app.id } } })),
    ).toEqual(shown);
    expect(
      await unwrap(
        apiClient.POST('/apps/{appId}/credentials/reveal', { params: { path: { appId: app.id } } }),
      ),
    ).toEqual(credentials);
    expect(credentials.previousSecret).toEqual(expect.any(String));
  });

  // The example of the factories' doc comment, as it stands there.
  it('reveals the key of an App', async () => {
    const app = insertApp({ name: 'Billing-Export', productIds: ['audit-records'] });
    const { user } = renderApp('/api-keys');
    await user.click(
      await screen.findByRole('button', { name: `Show credentials for ${app.name}` }),
    );
    expect(await screen.findByText(app.credentials.key)).toBeInTheDocument();
  });
});
