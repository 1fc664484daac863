import { describe, expect, it } from 'vitest';
import type { App } from '../api/app-queries';
import { reapply } from './edit-conflict';

const app = (productIds: string[]): App => ({
  id: 'a-1',
  name: 'Shared',
  productIds,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  propagation: { status: 'active' },
});

describe('re-applying an admin’s change on a newer App', () => {
  it('keeps the colleague’s change and applies only what the admin changed', () => {
    const base = app(['audit-records', 'contact-search']);
    // The admin removed Contact Search and added Work Analytics.
    const draft = ['audit-records', 'work-analytics'];
    // Meanwhile a colleague added Contact Management.
    const latest = app(['audit-records', 'contact-search', 'contact-management']);
    expect(reapply(base, draft, latest)).toEqual([
      'audit-records',
      'contact-management',
      'work-analytics',
    ]);
  });

  it('adds nothing twice and removes what the colleague removed too', () => {
    const base = app(['audit-records', 'contact-search']);
    const draft = ['audit-records', 'work-analytics'];
    const latest = app(['audit-records', 'work-analytics']);
    expect(reapply(base, draft, latest)).toEqual(['audit-records', 'work-analytics']);
  });
});
