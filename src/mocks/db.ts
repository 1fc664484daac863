import { personaIds, type PersonaId } from './personas';
import { createSeedApps } from './seed';

/** An App as the mock backend stores it: with its credentials, unlike anything the API lists. */
export interface MockApp {
  id: string;
  name: string;
  productIds: string[];
  createdAt: string;
  updatedAt: string;
  key: string;
  secret: string;
  /** Epoch ms until which a change of products is still "applying" (replicating); null when active. */
  applyingUntil: number | null;
  /** The products before the last change, to tell which ones are still being applied. */
  previousProductIds?: string[];
}

export const networkModes = ['normal', 'slow', 'failing'] as const;
export type NetworkMode = (typeof networkModes)[number];

export interface DemoSettings {
  persona: PersonaId;
  network: NetworkMode;
  /** How long a change of products stays "applying"; minutes for real, seconds in a demo. */
  propagationDelayMs: number;
}

interface MockState {
  apps: MockApp[];
  /** Idempotency-Key of each create request → the id of the App it created. */
  createdByIdempotencyKey: Record<string, string>;
  settings: DemoSettings;
}

export const defaultSettings: DemoSettings = {
  persona: 'company-admin',
  network: 'normal',
  propagationDelayMs: 10_000,
};

const STORAGE_KEY = 'api-keys-console:mock-backend';
const STATE_VERSION = 1;

function freshState(): MockState {
  return { apps: createSeedApps(), createdByIdempotencyKey: {}, settings: { ...defaultSettings } };
}

function isMockState(value: unknown): value is MockState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<MockState>;
  return (
    Array.isArray(state.apps) &&
    typeof state.createdByIdempotencyKey === 'object' &&
    typeof state.settings === 'object' &&
    personaIds.includes(state.settings.persona)
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

  private load(): MockState | null {
    const saved = this.storage?.getItem(STORAGE_KEY);
    if (!saved) return null;
    try {
      const parsed: unknown = JSON.parse(saved);
      const { version, state } = parsed as { version?: number; state?: unknown };
      return version === STATE_VERSION && isMockState(state) ? state : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    this.storage?.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: STATE_VERSION, state: this.state }),
    );
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
    this.save();
  }

  findApp(id: string): MockApp | undefined {
    return this.state.apps.find((app) => app.id === id);
  }

  findAppByName(name: string): MockApp | undefined {
    const wanted = name.toLowerCase();
    return this.state.apps.find((app) => app.name.toLowerCase() === wanted);
  }

  appCreatedBy(idempotencyKey: string): MockApp | undefined {
    const id = this.state.createdByIdempotencyKey[idempotencyKey];
    return id === undefined ? undefined : this.findApp(id);
  }

  insertApp(app: MockApp, idempotencyKey?: string): void {
    this.state.apps.push(app);
    if (idempotencyKey) this.state.createdByIdempotencyKey[idempotencyKey] = app.id;
    this.save();
  }

  updateApp(id: string, changes: Partial<Omit<MockApp, 'id'>>): MockApp | undefined {
    const app = this.findApp(id);
    if (!app) return undefined;
    Object.assign(app, changes);
    this.save();
    return app;
  }

  deleteApp(id: string): boolean {
    const before = this.state.apps.length;
    this.state.apps = this.state.apps.filter((app) => app.id !== id);
    this.save();
    return this.state.apps.length < before;
  }
}
