import { generateKey, generateSecret } from '../model/credentials';
import { productCatalog } from '../model/products';
import type { MockApp, MockProductUsage } from '../model/stored-app';
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
const HOUR = 60 * 60 * 1000;
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

const iso = (time: number) => new Date(time).toISOString();

/**
 * A generated App's credential lifecycle (issue #8), spread like the seed's but in proportion:
 * about 12 % never used, 15 % last used 90 days to four years ago (idle, unless created more
 * recently), the rest in the last 90 days (most of them in the last days); a quarter with an
 * expiry (2 % expired since their creation, 5 % due within 30 days); 15 % with a regenerated
 * secret, 1 % still in a 7-day grace period. Times are whole minutes before `origin` (the start
 * of the day), so many Apps share one (ties) and the data set is the same all day long. An App is
 * never used before it was created, nor after it expired (its credentials were refused since).
 */
function generatedLifecycle(
  random: () => number,
  origin: number,
  createdMinutesAgo: number,
  productIds: readonly string[],
): Pick<
  MockApp,
  'expiresAt' | 'lastUsedAt' | 'secretCreatedAt' | 'secretLastUsedAt' | 'previousSecret' | 'usage'
> {
  const created = origin - createdMinutesAgo * MINUTE;

  const expiry = random();
  let expires: number | null = null;
  if (expiry < 0.02)
    // Expired: at some minute between its creation and today.
    expires = created + Math.floor((random() * (origin - created)) / MINUTE) * MINUTE;
  else if (expiry < 0.07) expires = origin + Math.floor(random() * 30 * 24 * 60) * MINUTE;
  else if (expiry < 0.25) expires = origin + (30 + Math.floor(random() * 1000)) * DAY;
  const usedUntil = expires !== null && expires < origin ? expires : origin;
  const usedMinutesBefore = (minutes: number) =>
    Math.max(created, usedUntil - Math.floor(minutes) * MINUTE);

  const use = random();
  let lastUsed: number | null = null;
  if (use >= 0.12 && use < 0.27) lastUsed = usedMinutesBefore((90 + random() * 3 * 365) * 24 * 60);
  else if (use >= 0.27) lastUsed = usedMinutesBefore(random() ** 3 * 90 * 24 * 60);

  const usage: Record<string, MockProductUsage> = {};
  productIds.forEach((productId, position) => {
    // The first product carries the App's last call; the others were called earlier, or never.
    const lastCall =
      lastUsed === null || (position > 0 && random() < 0.3)
        ? null
        : Math.max(created, lastUsed - position * Math.floor(random() * 600) * MINUTE);
    const recent = lastCall !== null && lastCall > origin - 7 * DAY;
    usage[productId] = {
      lastCallAt: lastCall === null ? null : iso(lastCall),
      callsLast7Days: recent ? 1 + Math.floor(random() ** 2 * 20_000) : 0,
    };
  });

  const rotation = random();
  let secretCreated = created;
  let previousSecret: MockApp['previousSecret'] = null;
  if (rotation < 0.01) {
    // Regenerated in the last five days with seven days of grace: the previous secret still works.
    secretCreated = Math.max(created, origin - Math.floor(random() * 5 * 24 * 60) * MINUTE);
    previousSecret = {
      value: generateSecret(),
      stopsAt: iso(secretCreated + 7 * DAY),
      gracePeriod: '7d',
      lastUsedAt: lastUsed === null ? null : iso(Math.min(lastUsed, secretCreated + HOUR)),
    };
  } else if (rotation < 0.15) {
    secretCreated = created + Math.floor((random() * (origin - created)) / MINUTE) * MINUTE;
  }
  const lastUsedAt = lastUsed === null ? null : iso(lastUsed);
  return {
    usage,
    lastUsedAt,
    expiresAt: expires === null ? null : iso(expires),
    secretCreatedAt: iso(secretCreated),
    secretLastUsedAt: lastUsed !== null && lastUsed >= secretCreated ? lastUsedAt : null,
    previousSecret,
  };
}

/**
 * `count` generated Apps: the same names, ids, products and creation times on every run (seeded),
 * created over the last five years on whole minutes, so many share a timestamp (ties) and a name
 * prefix. Names are unique, also ignoring case. Their lifecycle (usage, expiry, rotation) comes
 * from a second seeded generator, so adding it changed none of the names, ids or dates above.
 * Keys and secrets still come from Web Crypto: they are credentials even in a demo.
 */
export function generateApps(count: number, { now = Date.now(), seed = 8 } = {}): MockApp[] {
  const random = seededRandom(seed);
  const lifecycleRandom = seededRandom(seed ^ 0x5eed11fe);
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
      ...generatedLifecycle(lifecycleRandom, origin, minutesAgo, [...productIds]),
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
