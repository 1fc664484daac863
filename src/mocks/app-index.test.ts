import { describe, expect, it } from 'vitest';
import { AppIndex, appSortFields, type AppQuery, type AppSortField } from './app-index';
import { generateApps } from './data-sets';
import type { MockApp } from './db';
import { MockDb } from './db';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');

/** A few thousand generated Apps plus deliberate ties: names equal but for case, equal times. */
function generatedWithTies(): MockApp[] {
  const apps = generateApps(3000, { now: NOW, seed: 42 });
  const twins = apps.slice(0, 40).map((app, n) => ({
    ...app,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: app.name.toUpperCase(),
  }));
  const sameTime = apps.slice(40, 80).map((app) => ({ ...app, createdAt: apps[0]!.createdAt }));
  // Twins after their originals, though their ids sort first: a stable sort alone gets it wrong.
  return [...apps.slice(80), ...apps.slice(0, 40), ...sameTime, ...twins];
}

/** The obvious way: sort everything with localeCompare (once per field, it is slow), then for
 * each query filter, reverse for desc and slice. */
function bruteForceSorted(apps: readonly MockApp[], sort: AppSortField): MockApp[] {
  return [...apps].sort((a, b) => {
    const byField =
      sort === 'name'
        ? a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })
        : a.createdAt < b.createdAt
          ? -1
          : a.createdAt > b.createdAt
            ? 1
            : 0;
    return byField || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

function bruteForce(sorted: readonly MockApp[], query: AppQuery) {
  const matching = sorted.filter((app) => app.name.toLowerCase().includes(query.search));
  if (query.order === 'desc') matching.reverse();
  const start = (query.page - 1) * query.pageSize;
  return {
    ids: matching.slice(start, start + query.pageSize).map((app) => app.id),
    total: matching.length,
  };
}

const searches = ['', 'sales', 'analytics', '-1', '_', 'zzz-nothing'];
const pageSizes = [1, 10, 100];

function expectSameAsBruteForce(index: AppIndex, apps: readonly MockApp[]) {
  for (const sort of appSortFields) {
    const sorted = bruteForceSorted(apps, sort);
    for (const order of ['asc', 'desc'] as const) {
      for (const search of searches) {
        for (const pageSize of pageSizes) {
          const total = bruteForce(sorted, { search, sort, order, page: 1, pageSize }).total;
          const lastPage = Math.max(1, Math.ceil(total / pageSize));
          for (const page of new Set(
            [1, 2, lastPage - 1, lastPage, lastPage + 1].filter(Boolean),
          )) {
            const query = { search, sort, order, page, pageSize };
            const expected = bruteForce(sorted, query);
            const actual = index.query(query);
            expect(
              { ids: actual.items.map((app) => app.id), total: actual.total },
              JSON.stringify(query),
            ).toEqual(expected);
          }
        }
      }
    }
  }
}

describe('AppIndex', () => {
  const apps = generatedWithTies();

  it('answers every search, sort, order and page like a brute-force filter and sort', () => {
    expectSameAsBruteForce(new AppIndex(apps), apps);
  });

  it('breaks ties by id, so names equal but for case and equal times page stably', () => {
    const index = new AppIndex(apps);
    const name = apps.find((app) =>
      app.id.startsWith('00000000-0000-4000-8000-000000000000'),
    )!.name;
    const twins = index
      .query({ search: name.toLowerCase(), sort: 'name', order: 'asc', page: 1, pageSize: 100 })
      .items.filter((app) => app.name.toLowerCase() === name.toLowerCase());
    expect(twins).toHaveLength(2);
    expect(twins[0]!.id < twins[1]!.id).toBe(true);

    // generatedWithTies() puts the 40 Apps moved to one time at 2960–2999.
    const sameTime = apps.filter((app) => app.createdAt === apps[2960]!.createdAt);
    expect(sameTime.length).toBeGreaterThan(40);
    const all = index.query({
      search: '',
      sort: 'createdAt',
      order: 'desc',
      page: 1,
      pageSize: 4000,
    });
    const positions = sameTime.map((app) => all.items.indexOf(app)).sort((a, b) => a - b);
    const run = all.items.slice(positions[0], positions.at(-1)! + 1);
    expect(run.map((app) => app.id)).toEqual(
      sameTime
        .map((app) => app.id)
        .sort()
        .reverse(),
    );
  });

  it('pages past the end answer no items but the total', () => {
    const index = new AppIndex(apps);
    const result = index.query({
      search: '',
      sort: 'name',
      order: 'asc',
      page: 400,
      pageSize: 100,
    });
    expect(result).toEqual({ items: [], total: apps.length });
  });

  it('stays right after inserts, removals and renames', () => {
    const current = [...apps];
    const index = new AppIndex(current);
    const extra = generateApps(300, { now: NOW, seed: 7 }).map((app) => ({
      ...app,
      name: `${app.name}-new`,
    }));
    for (const app of extra) {
      current.push(app);
      index.insert(app);
    }
    for (const app of current.splice(100, 250)) index.remove(app);
    for (const app of current.slice(0, 50)) {
      index.remove(app);
      app.name = `Renamed-${app.name}`;
      app.createdAt = new Date(NOW).toISOString();
      index.insert(app);
    }
    expect(index.size).toBe(current.length);
    expectSameAsBruteForce(index, current);
  });
});

describe('MockDb.queryApps', () => {
  it('keeps its indexes in step with insertApp, updateApp and deleteApp', () => {
    const db = new MockDb();
    db.loadDataSet('seed');
    const first = db.queryApps({ search: '', sort: 'name', order: 'asc', page: 1, pageSize: 100 });
    expect(first.total).toBe(12);

    const [app] = generateApps(1, { now: NOW, seed: 3 });
    db.insertApp({ ...app!, name: 'Aaa-First' });
    db.updateApp(first.items[0]!.id, { name: 'Zzz-Last' });
    db.deleteApp(first.items[1]!.id);

    const names = db
      .queryApps({ search: '', sort: 'name', order: 'asc', page: 1, pageSize: 100 })
      .items.map((item) => item.name);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe('Aaa-First');
    expect(names.at(-1)).toBe('Zzz-Last');
    expect(names).not.toContain(first.items[1]!.name);
  });

  it('loads the generated and the empty data sets', () => {
    const db = new MockDb();
    db.loadDataSet('empty');
    expect(
      db.queryApps({ search: '', sort: 'name', order: 'asc', page: 1, pageSize: 10 }).total,
    ).toBe(0);
    db.loadDataSet('seed');
    expect(db.dataSet).toBe('seed');
    expect(db.apps).toHaveLength(12);
  });

  it(
    'saves the 100,000-App choice, not the Apps, and regenerates them the same on load',
    { timeout: 60_000 },
    () => {
      const saved = new Map<string, string>();
      const storage = {
        getItem: (key: string) => saved.get(key) ?? null,
        setItem: (key: string, value: string) => void saved.set(key, value),
        removeItem: (key: string) => void saved.delete(key),
      };
      const db = new MockDb(storage);
      db.loadDataSet('100k');
      expect(db.apps).toHaveLength(100_000);
      expect([...saved.values()].join('').length).toBeLessThan(10_000);

      const reloaded = new MockDb(storage);
      expect(reloaded.dataSet).toBe('100k');
      expect(reloaded.apps.map((app) => `${app.id} ${app.name}`)).toEqual(
        db.apps.map((app) => `${app.id} ${app.name}`),
      );
    },
  );
});
