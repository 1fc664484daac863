import type { AttentionFilter } from '../model/lifecycle';
import { personaIds, type PersonaId } from '../model/personas';
import type { MockApp, MockEvent } from '../model/stored-app';
import { AppIndex, type AppQuery, type AppQueryResult } from './app-index';
import { createDataSet, isDataSetId, type DataSetId } from './data-sets';
import { createSeedActivity } from './seed-lifecycle';

export const networkModes = ['normal', 'slow', 'failing'] as const;
export type NetworkMode = (typeof networkModes)[number];

export interface DemoSettings {
  persona: PersonaId;
  network: NetworkMode;
  /** How long a change of products stays "applying"; minutes for real, seconds in a demo. */
  propagationDelayMs: number;
  /** "Expire the session": every request answers 401 until the presenter signs in again. */
  sessionExpired?: boolean;
}

interface MockState {
  apps: MockApp[];
  /** Idempotency-Key of each create request → the id of the App it created. */
  createdByIdempotencyKey: Record<string, string>;
  /** Idempotency-Key → the request body it was first used with (a reuse with another is 422). */
  bodyByIdempotencyKey?: Record<string, string>;
  settings: DemoSettings;
  /** Which data set the Apps came from; absent in demos saved before data sets existed. */
  dataSet?: DataSetId;
  /** Each App's events, oldest first. */
  activity: Record<string, MockEvent[]>;
  /** Idempotency-Key of each secret regeneration → the id of the App it regenerated. */
  regeneratedByIdempotencyKey: Record<string, string>;
}

export const defaultSettings: DemoSettings = {
  persona: 'company-admin',
  network: 'normal',
  propagationDelayMs: 10_000,
};

const STORAGE_KEY = 'api-keys-console:mock-backend';
const STATE_VERSION = 2;

function freshState(dataSet: DataSetId = 'seed'): MockState {
  const apps = createDataSet(dataSet);
  return {
    apps,
    createdByIdempotencyKey: {},
    settings: { ...defaultSettings },
    dataSet,
    // Believable history for the seed Apps; a generated data set starts with none.
    activity: dataSet === 'seed' ? createSeedActivity(apps) : {},
    regeneratedByIdempotencyKey: {},
  };
}

/** Data sets too large for localStorage (~5 MB): saved as the choice only, regenerated on load. */
const regeneratedDataSets: readonly DataSetId[] = ['100k'];

function isMockState(value: unknown): value is MockState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<MockState>;
  return (
    Array.isArray(state.apps) &&
    typeof state.createdByIdempotencyKey === 'object' &&
    typeof state.settings === 'object' &&
    typeof state.activity === 'object' &&
    typeof state.regeneratedByIdempotencyKey === 'object' &&
    personaIds.includes(state.settings.persona) &&
    (state.dataSet === undefined || isDataSetId(state.dataSet))
  );
}

/**
 * The mock backend's database. In the browser demo it is saved to localStorage so a demo survives
 * a reload (that is demo-only code: a production build contains none of it); in Node it lives in
 * memory and `reset()` gives each test fresh seed data.
 */
export class MockDb {
  private state: MockState;

  constructor(private readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
    this.state = this.load() ?? freshState();
  }

  /** Picks up what another tab of the demo saved (e.g. a sign-in in the sign-in tab). */
  reload(): void {
    const saved = this.load();
    if (saved) this.state = saved;
  }

  private load(): MockState | null {
    const saved = this.storage?.getItem(STORAGE_KEY);
    if (!saved) return null;
    try {
      const parsed: unknown = JSON.parse(saved);
      const { version, state } = parsed as { version?: number; state?: unknown };
      if (version !== STATE_VERSION || !isMockState(state)) return null;
      if (state.dataSet && regeneratedDataSets.includes(state.dataSet)) {
        return { ...state, apps: createDataSet(state.dataSet), createdByIdempotencyKey: {} };
      }
      return state;
    } catch {
      return null;
    }
  }

  private save(): void {
    if (!this.storage) return;
    const regenerated = this.state.dataSet && regeneratedDataSets.includes(this.state.dataSet);
    const state = regenerated
      ? { ...this.state, apps: [], createdByIdempotencyKey: {} }
      : this.state;
    this.storage.setItem(STORAGE_KEY, JSON.stringify({ version: STATE_VERSION, state }));
  }

  /** The list indexes (app-index.ts): built on first use, then kept up to date below. */
  private index: AppIndex | null = null;
  private indexedApps: MockApp[] | null = null;

  private appIndex(): AppIndex {
    // Rebuilt whenever the App table was replaced or changed by anything but the methods below.
    if (
      !this.index ||
      this.indexedApps !== this.state.apps ||
      this.index.size !== this.state.apps.length
    ) {
      this.index = new AppIndex(this.state.apps);
      this.indexedApps = this.state.apps;
    }
    return this.index;
  }

  /** One page of the App list: search (lowercase), attention, sort, order, paging; indexed. */
  queryApps(query: AppQuery): AppQueryResult {
    return this.appIndex().query(query);
  }

  /** How many Apps matching `search` (lowercase) need each attention at `now`; indexed. */
  attentionCounts(search: string, now = Date.now()): Record<AttentionFilter, number> {
    return this.appIndex().attentionCounts(search, now);
  }

  get dataSet(): DataSetId {
    return this.state.dataSet ?? 'seed';
  }

  /** Replaces every App with a data set; the presenter's settings stay. */
  loadDataSet(dataSet: DataSetId): void {
    this.state = { ...freshState(dataSet), settings: this.state.settings };
    this.save();
  }

  get apps(): readonly MockApp[] {
    return this.state.apps;
  }

  get settings(): Readonly<DemoSettings> {
    return this.state.settings;
  }

  updateSettings(changes: Partial<DemoSettings>): void {
    this.state.settings = { ...this.state.settings, ...changes };
    this.save();
  }

  /** Fresh seed data; the presenter's settings stay unless `keepSettings` is false. */
  reset({ keepSettings = true } = {}): void {
    const settings = keepSettings ? this.state.settings : { ...defaultSettings };
    this.state = { ...freshState(), settings };
    this.save();
  }

  /** Empties the App table (for tests and demos of the empty state). */
  clearApps(): void {
    this.state.apps = [];
    this.state.activity = {};
    this.save();
  }

  findApp(id: string): MockApp | undefined {
    return this.state.apps.find((app) => app.id === id);
  }

  findAppByName(name: string): MockApp | undefined {
    const wanted = name.toLowerCase();
    return this.state.apps.find((app) => app.name.toLowerCase() === wanted);
  }

  /** The body first sent with an Idempotency-Key, canonicalised by the handler. */
  bodyOfIdempotencyKey(idempotencyKey: string): string | undefined {
    return this.state.bodyByIdempotencyKey?.[idempotencyKey];
  }

  appCreatedBy(idempotencyKey: string): MockApp | undefined {
    const id = this.state.createdByIdempotencyKey[idempotencyKey];
    return id === undefined ? undefined : this.findApp(id);
  }

  insertApp(app: MockApp, idempotencyKey?: string, requestBody?: string): void {
    const index = this.appIndex();
    this.state.apps.push(app);
    index.insert(app);
    if (idempotencyKey) this.state.createdByIdempotencyKey[idempotencyKey] = app.id;
    if (idempotencyKey && requestBody !== undefined) {
      this.state.bodyByIdempotencyKey = {
        ...this.state.bodyByIdempotencyKey,
        [idempotencyKey]: requestBody,
      };
    }
    this.save();
  }

  updateApp(id: string, changes: Partial<Omit<MockApp, 'id'>>): MockApp | undefined {
    const app = this.findApp(id);
    if (!app) return undefined;
    Object.assign(app, changes);
    // The index remembers the keys it sorted the App by, and moves it only if one changed (a
    // new name, a use, an expiry, a regenerated secret). An index out of step is rebuilt anyway.
    if (this.indexedApps === this.state.apps) this.index?.update(app);
    this.save();
    return app;
  }

  deleteApp(id: string): boolean {
    const at = this.state.apps.findIndex((app) => app.id === id);
    if (at < 0) {
      this.save();
      return false;
    }
    const index = this.appIndex();
    const [app] = this.state.apps.splice(at, 1);
    index.remove(app!);
    delete this.state.activity[id];
    this.save();
    return true;
  }

  // --- Credential lifecycle (issue #8) ---

  /** The App's events, oldest first. */
  activityOf(appId: string): readonly MockEvent[] {
    return this.state.activity[appId] ?? [];
  }

  recordEvent(appId: string, event: Omit<MockEvent, 'id'>): MockEvent {
    const events = (this.state.activity[appId] ??= []);
    const recorded: MockEvent = { id: `${appId}-${events.length + 1}`, ...event };
    events.push(recorded);
    this.save();
    return recorded;
  }

  appRegeneratedBy(idempotencyKey: string): MockApp | undefined {
    const id = this.state.regeneratedByIdempotencyKey[idempotencyKey];
    return id === undefined ? undefined : this.findApp(id);
  }

  rememberRegeneration(idempotencyKey: string, appId: string): void {
    this.state.regeneratedByIdempotencyKey[idempotencyKey] = appId;
    this.save();
  }
}
