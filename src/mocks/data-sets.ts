import { generateKey, generateSecret } from './credentials';
import type { MockApp } from './db';
import { productCatalog } from './products';
import { createSeedApps } from './seed';

export const dataSetIds = ['seed', '100k', 'empty'] as const;
export type DataSetId = (typeof dataSetIds)[number];

export const dataSetLabels: Record<DataSetId, string> = {
  seed: 'Seed Apps',
  '100k': '100,000 Apps',
  empty: 'No Apps',
};

export function isDataSetId(value: unknown): value is DataSetId {
  return dataSetIds.includes(value as DataSetId);
}

export const LARGE_DATA_SET_SIZE = 100_000;

/** mulberry32: a tiny seeded PRNG, so a generated data set is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const teams = [
  'Sales',
  'Support',
  'Billing',
  'Ops',
  'Data',
  'QA',
  'Finance',
  'HR',
  'Marketing',
  'Analytics',
  'Helpdesk',
  'Compliance',
  'Platform',
  'Retail',
  'Logistics',
  'Partner',
];
const systems = [
  'CRM-Sync',
  'Dashboard',
  'Export',
  'Ingest',
  'Archiver',
  'Wallboard',
  'Lookup',
  'Reports',
  'Bot',
  'SIEM',
  'Survey',
  'Recorder',
  'Warehouse',
  'Webhook',
  'Scheduler',
  'Analytics',
];
const separators = ['-', '_', '.'];

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** A v4-shaped UUID from the seeded generator (deterministic, unlike crypto.randomUUID). */
function seededUuid(random: () => number): string {
  const word = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const [a, b, c, d] = [word(), word(), word(), word()];
  const variant = (8 + (parseInt(c[0]!, 16) & 3)).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/**
 * `count` generated Apps: the same names, ids, products and creation times on every run (seeded),
 * created over the last five years on whole minutes, so many share a timestamp (ties) and a name
 * prefix. Names are unique, also ignoring case. Keys and secrets still come from Web Crypto:
 * they are credentials even in a demo.
 */
export function generateApps(count: number, { now = Date.now(), seed = 8 } = {}): MockApp[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Whole minutes and a whole-day origin: the same data set all day long.
  const origin = Math.floor(now / DAY) * DAY;
  const spanMinutes = Math.floor((5 * 365 * DAY) / MINUTE);
  const apps: MockApp[] = [];
  for (let n = 1; n <= count; n++) {
    const separator = pick(separators);
    let name = `${pick(teams)}${separator}${pick(systems)}${separator}${n}`;
    if (random() < 0.1) name = name.toLowerCase();
    const productCount = 1 + Math.floor(random() * 4);
    const productIds = new Set<string>();
    while (productIds.size < productCount) productIds.add(pick(productCatalog).id);
    // Squared: more Apps were created recently than years ago, as in a growing company.
    const minutesAgo = Math.floor(random() ** 2 * spanMinutes);
    const createdAt = new Date(origin - minutesAgo * MINUTE).toISOString();
    apps.push({
      id: seededUuid(random),
      name,
      productIds: [...productIds],
      createdAt,
      updatedAt: createdAt,
      key: generateKey(),
      secret: generateSecret(),
      applyingUntil: null,
    });
  }
  return apps;
}

export function createDataSet(id: DataSetId, now = Date.now()): MockApp[] {
  switch (id) {
    case 'seed':
      return createSeedApps(now);
    case '100k':
      return generateApps(LARGE_DATA_SET_SIZE, { now });
    case 'empty':
      return [];
  }
}
