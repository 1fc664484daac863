import { describe, expect, it } from 'vitest';
import { AppIndex, appSortFields, type AppQuery, type AppSortField } from './app-index';
import { generateApps } from './data-sets';
import { attentionFilters, needsAttention, type AttentionFilter } from '../model/lifecycle';
import type { MockApp } from '../model/stored-app';
import { MockDb } from './db';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-15T12:00:00.000Z');
/** A second clock, 45 days on: Apps have become idle, expired, or due to expire since. */
const LATER = NOW + 45 * DAY;
const iso = (time: number) => new Date(time).toISOString();

/**
 * A few thousand generated Apps (with their generated lifecycle) plus deliberate ties and edges:
 * names equal but for case, equal creation times, equal last uses, Apps exactly on the bounds of
 * the attention windows at NOW, and Apps stored before the lifecycle fields existed.
 */
function generatedWithTies(): MockApp[] {
  const apps = generateApps(3000, { now: NOW, seed: 42 });
  const twins = apps.slice(0, 40).map((app, n) => ({
    ...app,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: app.name.toUpperCase(),
  }));
  const sameTime = apps.slice(40, 80).map((app) => ({ ...app, createdAt: apps[0]!.createdAt }));
  // 80–119 share one last use, 120–139 were never used ('' or absent: older stored data).
  for (const app of apps.slice(80, 120)) app.lastUsedAt = iso(NOW - 3 * DAY);
  for (const [n, app] of apps.slice(120, 140).entries()) {
    if (n % 2) app.lastUsedAt = '';
    else delete app.lastUsedAt;
    delete app.secretCreatedAt;
  }
  // Exactly on the bounds at NOW: idle from 90 days, expiring within (now, now + 30 days], old
  // secret from 365 days; and one millisecond either side.
  const edges: Array<[keyof MockApp, number]> = [
    ['lastUsedAt', NOW - 90 * DAY],
    ['expiresAt', NOW],
    ['expiresAt', NOW + 30 * DAY],
    ['secretCreatedAt', NOW - 365 * DAY],
  ];
  edges.forEach(([field, time], n) => {
    for (const [m, offset] of [-1, 0, 1].entries()) {
      const app = apps[140 + 3 * n + m]!;
      (app as unknown as Record<string, string>)[field] = iso(time + offset);
      if (field === 'secretCreatedAt') app.createdAt = iso(time - DAY);
    }
  });
  // Twins after their originals, though their ids sort first: a stable sort alone gets it wrong.
  return [...apps.slice(80), ...apps.slice(0, 40), ...sameTime, ...twins];
}

const compareIds = (a: MockApp, b: MockApp) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The obvious way: sort everything with localeCompare (once per field, it is slow), then for
 * each query filter, reverse for desc and slice. Never used sorts as the oldest use. */
function bruteForceSorted(apps: readonly MockApp[], sort: AppSortField): MockApp[] {
  return [...apps].sort((a, b) => {
    const byField =
      sort === 'name'
        ? a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })
        : sort === 'createdAt'
          ? compareStrings(a.createdAt, b.createdAt)
          : compareStrings(a.lastUsedAt ?? '', b.lastUsedAt ?? '');
    return byField || compareIds(a, b);
  });
}

function bruteForce(sorted: readonly MockApp[], query: AppQuery) {
  const { attention, now } = query;
  const matching = sorted.filter(
    (app) =>
      app.name.toLowerCase().includes(query.search) &&
      (attention === undefined || needsAttention(app, attention, now)),
  );
  if (query.order === 'desc') matching.reverse();
  const start = (query.page - 1) * query.pageSize;
  return {
    ids: matching.slice(start, start + query.pageSize).map((app) => app.id),
    total: matching.length,
  };
}

// '1\ns' matches no name, though the end of one name and the start of the next would.
const searches = ['', 'sales', 'analytics', '-1', 'zzz-nothing', '1\ns'];
const pageSizes = [1, 10, 100];
const filters: Array<AttentionFilter | undefined> = [undefined, ...attentionFilters];

function expectSameAsBruteForce(
  index: AppIndex,
  apps: readonly MockApp[],
  nows: readonly number[] = [NOW, LATER],
) {
  for (const sort of appSortFields) {
    const sorted = bruteForceSorted(apps, sort);
    for (const attention of filters) {
      for (const order of ['asc', 'desc'] as const) {
        for (const search of searches) {
          for (const pageSize of pageSizes) {
            // The clock innermost: the same query at another `now`, right after, must not be
            // answered from what the index remembered for the first.
            for (const now of nows) {
              const first = { search, sort, order, page: 1, pageSize, attention, now };
              const { total } = bruteForce(sorted, first);
              const lastPage = Math.max(1, Math.ceil(total / pageSize));
              for (const page of new Set(
                [1, 2, lastPage - 1, lastPage, lastPage + 1].filter(Boolean),
              )) {
                const query = { ...first, page };
                const expected = bruteForce(sorted, query);
                const actual = index.query(query);
                expect(
                  { ids: actual.items.map((app) => app.id), total: actual.total },
                  JSON.stringify({ ...query, now: iso(now) }),
                ).toEqual(expected);
              }
            }
          }
        }
      }
    }
  }
}

function bruteForceCounts(apps: readonly MockApp[], search: string, now: number) {
  return Object.fromEntries(
    attentionFilters.map((filter) => [
      filter,
      apps.filter(
        (app) => app.name.toLowerCase().includes(search) && needsAttention(app, filter, now),
      ).length,
    ]),
  );
}

describe('AppIndex', () => {
  const apps = generatedWithTies();

  it('has Apps in every attention filter, and on each edge, at both clocks', () => {
    for (const now of [NOW, LATER]) {
      for (const filter of attentionFilters) {
        expect(apps.filter((app) => needsAttention(app, filter, now)).length).toBeGreaterThan(10);
      }
    }
    expect(apps.filter((app) => app.lastUsedAt === iso(NOW - 90 * DAY))).toHaveLength(1);
  });

  it(
    'answers every search, attention filter, sort, order and page like a brute-force filter and sort, at two clocks',
    { timeout: 60_000 },
    () => {
      // One index for both clocks: an answer at one `now` must not leak into the other.
      expectSameAsBruteForce(new AppIndex(apps), apps, [NOW, LATER, NOW]);
    },
  );

  it('counts each attention filter, with and without a search, like a brute-force count', () => {
    const index = new AppIndex(apps);
    for (const now of [NOW, LATER]) {
      for (const search of searches) {
        expect(index.attentionCounts(search, now), `${search} at ${iso(now)}`).toEqual(
          bruteForceCounts(apps, search, now),
        );
      }
    }
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

  it('sorts by last use with never-used Apps as the oldest, ties in id order', () => {
    const index = new AppIndex(apps);
    const byLastUse = (order: 'asc' | 'desc', attention?: AttentionFilter) =>
      index.query({
        search: '',
        sort: 'lastUsedAt',
        order,
        page: 1,
        pageSize: 4000,
        attention,
        now: NOW,
      }).items;
    const ascending = byLastUse('asc');
    const neverUsed = apps.filter((app) => !app.lastUsedAt);
    expect(ascending.slice(0, neverUsed.length).map((app) => app.id)).toEqual(
      neverUsed.map((app) => app.id).sort(),
    );
    const shared = iso(NOW - 3 * DAY);
    const sharing = ascending.filter((app) => app.lastUsedAt === shared).map((app) => app.id);
    expect(sharing.length).toBeGreaterThanOrEqual(40);
    expect(sharing).toEqual([...sharing].sort());
    expect(byLastUse('desc')).toEqual([...ascending].reverse());
    // Never used, by last use: all ties, so in id order, both ways.
    expect(byLastUse('asc', 'never-used').map((app) => app.id)).toEqual(
      neverUsed.map((app) => app.id).sort(),
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
    const idle = index.query({
      search: '',
      sort: 'lastUsedAt',
      order: 'desc',
      page: 400,
      pageSize: 100,
      attention: 'idle',
      now: NOW,
    });
    expect(idle.items).toEqual([]);
    expect(idle.total).toBe(apps.filter((app) => needsAttention(app, 'idle', NOW)).length);
  });

  it('stays right after most Apps are removed and others added (the names text is rebuilt)', () => {
    const current = generateApps(1500, { now: NOW, seed: 11 });
    const index = new AppIndex(current);
    for (const app of current.splice(0, 1000)) index.remove(app);
    for (const app of generateApps(400, { now: NOW, seed: 12 })) {
      app.name = `${app.name}-added`;
      current.push(app);
      index.insert(app);
    }
    expectSameAsBruteForce(index, current, [NOW]);
  });

  it('finds a renamed App by its new name only, though its old name was searched before', () => {
    const current = generateApps(500, { now: NOW, seed: 5 });
    const index = new AppIndex(current);
    const search = (text: string) =>
      index
        .query({ search: text, sort: 'name', order: 'asc', page: 1, pageSize: 500 })
        .items.map((app) => app.name);
    const app = current.find((candidate) => candidate.name.toLowerCase().includes('sales'))!;
    expect(search('sales')).toContain(app.name);
    app.name = 'Renamed-App';
    index.update(app);
    expect(search('sales')).not.toContain('Renamed-App');
    expect(search('renamed-app')).toEqual(['Renamed-App']);
  });

  it(
    'stays right after inserts, removals, renames, uses, expiry changes and regenerated secrets',
    { timeout: 60_000 },
    () => {
      const current = [...apps];
      const index = new AppIndex(current);
      // Queried first, so that every cached result and rank table must be dropped by the changes.
      expectSameAsBruteForce(index, current, [NOW]);
      const extra = generateApps(300, { now: NOW, seed: 7 }).map((app) => ({
        ...app,
        name: `${app.name}-new`,
      }));
      for (const app of extra) {
        current.push(app);
        index.insert(app);
      }
      for (const app of current.splice(100, 250)) index.remove(app);
      for (const [n, app] of current.slice(0, 200).entries()) {
        if (n < 50) {
          app.name = `Renamed-${app.name}`;
          app.createdAt = iso(NOW);
        } else if (n < 100) {
          // Used now (as the token endpoint records it), or back to never used.
          app.lastUsedAt = n % 5 ? iso(NOW - (n % 7) * DAY) : null;
        } else if (n < 150) {
          app.expiresAt = n % 3 ? iso(NOW + (n - 100) * DAY) : null;
        } else {
          app.secretCreatedAt = iso(NOW - (n % 4) * 200 * DAY);
        }
        index.update(app);
      }
      expect(index.size).toBe(current.length);
      expectSameAsBruteForce(index, current);
    },
  );
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

  it('moves an App in the Last used order and out of Never used when it is used', () => {
    const db = new MockDb();
    db.loadDataSet('seed');
    const now = Date.now();
    const query = (attention?: AttentionFilter) =>
      db.queryApps({
        search: '',
        sort: 'lastUsedAt',
        order: 'desc',
        page: 1,
        pageSize: 100,
        attention,
        now,
      });
    const [neverUsed] = query('never-used').items;
    expect(neverUsed?.name).toBe('Tableau_WorkAnalytics');
    expect(db.attentionCounts('', now)['never-used']).toBe(1);

    // What the token endpoint records for a call with the App's credentials.
    const at = new Date(now).toISOString();
    db.updateApp(neverUsed!.id, { lastUsedAt: at, secretLastUsedAt: at });
    expect(query('never-used').total).toBe(0);
    expect(query().items[0]?.name).toBe('Tableau_WorkAnalytics');
    expect(db.attentionCounts('', now)['never-used']).toBe(0);
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
