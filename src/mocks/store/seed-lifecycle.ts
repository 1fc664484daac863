import { generateSecret } from '../model/credentials';
import type { MockApp, MockEvent, MockProductUsage } from '../model/stored-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * What the seed Apps have been through, so a presenter can show every lifecycle state right after
 * `Reset demo data`: busy, idle for months, never used, expiring soon, expired, a secret in its
 * grace period, secrets older than a year. Figures are fixed (deterministic), times relative to
 * the reset.
 */
interface SeedLifecycle {
  /** Per product: minutes since its last call (null: never called) and calls in the last 7 days. */
  usage?: Record<string, [minutesAgo: number | null, callsLast7Days: number]>;
  /** Days until expiry; negative = expired that many days ago. */
  expiresInDays?: number;
  /** The secret was regenerated this many hours ago, with a 24-hour grace period. */
  regeneratedHoursAgo?: number;
}

const profiles: Record<string, SeedLifecycle> = {
  'All-CC-Analytics': {
    usage: { 'cc-historical-analytics': [12, 8342], 'cc-realtime-analytics': [3, 48211] },
  },
  // Idle: last used almost five months ago.
  RecordingAPIAccess: { usage: { 'cloud-storage': [143 * 24 * 60, 0] } },
  // In a grace period: regenerated 19 hours ago with 24 hours of grace, so it ends in 5 hours.
  'Salesforce-CTI-Sync': {
    usage: {
      'cx-recent-calls': [25, 3120],
      'contact-search': [41, 1876],
      'contact-management': [6 * 60, 212],
    },
    regeneratedHoursAgo: 19,
  },
  PowerBI_Dashboards: {
    usage: { 'cc-historical-analytics': [95, 310], 'work-analytics': [50, 1204] },
  },
  'QM-Evaluations-Export': {
    usage: { 'qm-speech-analytics': [26 * 60, 96], 'cloud-storage': [26 * 60 + 4, 40] },
  },
  'Audit-Trail-SIEM': { usage: { 'audit-records': [4, 2016] } },
  // Expired twelve days ago; its last calls were refused since.
  'SurveyReports.Legacy': {
    usage: { 'cx-post-call-survey': [13 * 24 * 60, 0], 'cx-recent-calls': [13 * 24 * 60, 0] },
    expiresInDays: -12,
  },
  WallboardRealtime: { usage: { 'cc-realtime-analytics': [1, 20160] }, expiresInDays: 90 },
  // Idle: nearly four months.
  'Helpdesk-Contact-Lookup': { usage: { 'contact-search': [118 * 24 * 60, 0] } },
  // Never used since it was created.
  Tableau_WorkAnalytics: {},
  // Expiring soon: in 5 days.
  'Storage-Archiver-EU': {
    usage: { 'cloud-storage': [7 * 60, 7], 'audit-records': [7 * 60 + 1, 7] },
    expiresInDays: 5,
  },
  'DataLake-Ingest': {
    usage: {
      'cc-historical-analytics': [30, 1650],
      'cc-realtime-analytics': [2, 9870],
      'qm-speech-analytics': [180, 84],
      'work-analytics': [75, 402],
      'audit-records': [60, 144],
    },
  },
};

const iso = (time: number) => new Date(time).toISOString();

/** The lifecycle fields of a seed App named `name`, created at `createdAt`. */
export function seedLifecycle(
  name: string,
  createdAt: string,
  now: number,
): Pick<
  MockApp,
  'expiresAt' | 'lastUsedAt' | 'secretCreatedAt' | 'secretLastUsedAt' | 'previousSecret' | 'usage'
> {
  const profile = profiles[name] ?? {};
  const usage: Record<string, MockProductUsage> = {};
  let lastUsed: number | null = null;
  for (const [productId, [minutesAgo, calls]] of Object.entries(profile.usage ?? {})) {
    const lastCall = minutesAgo === null ? null : now - minutesAgo * MINUTE;
    usage[productId] = {
      lastCallAt: lastCall === null ? null : iso(lastCall),
      callsLast7Days: calls,
    };
    if (lastCall !== null && (lastUsed === null || lastCall > lastUsed)) lastUsed = lastCall;
  }
  const lastUsedAt = lastUsed === null ? null : iso(lastUsed);
  const regenerated =
    profile.regeneratedHoursAgo === undefined ? null : now - profile.regeneratedHoursAgo * HOUR;
  return {
    usage,
    lastUsedAt,
    expiresAt: profile.expiresInDays === undefined ? null : iso(now + profile.expiresInDays * DAY),
    secretCreatedAt: regenerated === null ? createdAt : iso(regenerated),
    // Callers switch over gradually: the new secret took most traffic within hours.
    secretLastUsedAt: regenerated === null ? lastUsedAt : iso(now - 2 * HOUR),
    previousSecret:
      regenerated === null
        ? null
        : {
            value: generateSecret(),
            stopsAt: iso(regenerated + 24 * HOUR),
            gracePeriod: '24h',
            lastUsedAt: iso(now - 25 * MINUTE),
          },
  };
}

const people = {
  dana: { id: 'u-1001', name: 'Dana Whitfield' },
  priya: { id: 'u-1002', name: 'Priya Raman' },
  marcus: { id: 'u-0877', name: 'Marcus Lee' },
};

/** A believable history per seed App: created, later changes, reveals and copies. */
export function createSeedActivity(apps: readonly MockApp[]): Record<string, MockEvent[]> {
  const activity: Record<string, MockEvent[]> = {};
  apps.forEach((app, index) => {
    const created = Date.parse(app.createdAt);
    const creator = index < 6 ? people.marcus : people.dana;
    const events: Array<Omit<MockEvent, 'id'>> = [
      { type: 'created', at: app.createdAt, actor: creator, addedProductIds: app.productIds },
      {
        type: 'credentials-revealed',
        at: iso(created + 4 * MINUTE),
        actor: creator,
        credentials: ['key', 'secret'],
      },
      {
        type: 'credential-copied',
        at: iso(created + 5 * MINUTE),
        actor: creator,
        credentials: ['secret'],
      },
    ];
    // The oldest App has a long history, enough for more than one page of its feed.
    if (app.name === 'All-CC-Analytics') {
      for (let month = 1; month <= 10; month += 1) {
        events.push({
          type: 'credentials-revealed',
          at: iso(created + month * 30 * DAY + 3 * HOUR),
          actor: month % 2 === 0 ? people.priya : people.dana,
          credentials: ['key', 'secret'],
        });
      }
    }
    if (app.expiresAt) {
      events.push({
        type: 'expiry-changed',
        at: iso(created + 10 * MINUTE),
        actor: creator,
        expiresAt: app.expiresAt,
      });
    }
    if (app.previousSecret) {
      events.push({
        type: 'secret-regenerated',
        at: app.secretCreatedAt ?? app.createdAt,
        actor: people.dana,
        gracePeriod: app.previousSecret.gracePeriod,
      });
    }
    events.sort((a, b) => a.at.localeCompare(b.at));
    activity[app.id] = events.map((event, position) => ({
      id: `${app.id}-${position + 1}`,
      ...event,
    }));
  });
  return activity;
}
