import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

/**
 * The HTTP mock backend behind the production build (through `vite preview`'s /api proxy), used
 * the way an admin's colleague would: to set up Apps and check what the server really holds.
 * Requests from here are not the page's, so `page.route` faults never touch them.
 */
export interface BackendApp {
  id: string;
  name: string;
  productIds: string[];
}

export async function createBackendApp(
  request: APIRequestContext,
  name: string,
  productIds: string[] = ['audit-records'],
): Promise<BackendApp> {
  const response = await request.post('/api/v1/apps', {
    headers: { 'Idempotency-Key': randomUUID() },
    data: { name, productIds },
  });
  if (response.status() !== 201) {
    throw new Error(`Creating ${name}: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as BackendApp;
}

/** Every App whose name is exactly `name` (case-insensitively, as the server compares). */
export async function backendAppsNamed(
  request: APIRequestContext,
  name: string,
): Promise<BackendApp[]> {
  const response = await request.get('/api/v1/apps', {
    params: { search: name.slice(0, 64), pageSize: 100 },
  });
  const page = (await response.json()) as { items: BackendApp[] };
  return page.items.filter((app) => app.name.toLowerCase() === name.toLowerCase());
}

export async function backendApp(
  request: APIRequestContext,
  id: string,
): Promise<{ app: BackendApp | null; etag: string | null }> {
  const response = await request.get(`/api/v1/apps/${id}`);
  if (response.status() === 404) return { app: null, etag: null };
  return { app: (await response.json()) as BackendApp, etag: response.headers()['etag'] ?? null };
}

export async function backendCredentials(request: APIRequestContext, id: string) {
  const response = await request.post(`/api/v1/apps/${id}/credentials/reveal`);
  return (await response.json()) as { key: string; secret: string };
}

/** A name no other test or run uses, within the contract's 64 characters. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`.slice(0, 64);
}
