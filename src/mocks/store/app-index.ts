/*
 * One cohesive thing, longer than most files here on purpose: the mock's list index (sorted
 * orders, search, attention filters and their counts over 100,000 Apps), kept in one file so
 * that its invariants (every order holds every App once, counts match the filtered lists) are
 * read and changed together. Its tests: app-index.test.ts.
 */
import {
  EXPIRING_WITHIN_MS,
  IDLE_AFTER_MS,
  OLD_SECRET_AFTER_MS,
  attentionFilters,
  type AttentionFilter,
} from '../model/lifecycle';
import type { MockApp } from '../model/stored-app';

export const appSortFields = ['name', 'createdAt', 'lastUsedAt'] as const;
export type AppSortField = (typeof appSortFields)[number];
export type AppSortOrder = 'asc' | 'desc';

export interface AppQuery {
  /** Lowercase, trimmed; '' matches every App. */
  search: string;
  sort: AppSortField;
  order: AppSortOrder;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Only the Apps that need this attention at `now` (`needsAttention` in model/lifecycle.ts). */
  attention?: AttentionFilter;
  /** Epoch ms the attention filters are judged at; they depend on the clock. */
  now?: number;
}

export interface AppQueryResult {
  items: MockApp[];
  total: number;
}

/**
 * One collator for every comparison: `localeCompare` with options builds a collator per call,
 * which made a sort of 100,000 names take seconds.
 */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The timestamps the attention filters compare with the clock, as epoch ms; NaN keeps an App off
 * that timeline (it can never match). `neverUsed` is a timeline on which every never-used App
 * sits at 0, so that all four filters are one thing: a range of a sorted timeline.
 */
const timelineKeys = {
  neverUsed: (app: MockApp) => (app.lastUsedAt ? Number.NaN : 0),
  lastUsed: (app: MockApp) => (app.lastUsedAt ? Date.parse(app.lastUsedAt) : Number.NaN),
  expires: (app: MockApp) => (app.expiresAt ? Date.parse(app.expiresAt) : Number.NaN),
  secretCreated: (app: MockApp) => Date.parse(app.secretCreatedAt ?? app.createdAt),
};
type Timeline = keyof typeof timelineKeys;
const timelines = Object.keys(timelineKeys) as Timeline[];

/**
 * Each filter as the Apps whose time on a timeline is in (after, atMost] at `now`: the same
 * conditions as `needsAttention`, turned into bounds for a binary search.
 */
function attentionWindow(filter: AttentionFilter, now: number) {
  switch (filter) {
    case 'never-used':
      return { timeline: 'neverUsed', after: -Infinity, atMost: Infinity } as const;
    case 'idle':
      return { timeline: 'lastUsed', after: -Infinity, atMost: now - IDLE_AFTER_MS } as const;
    case 'expiring-soon':
      return { timeline: 'expires', after: now, atMost: now + EXPIRING_WITHIN_MS } as const;
    case 'old-secret':
      return {
        timeline: 'secretCreated',
        after: -Infinity,
        atMost: now - OLD_SECRET_AFTER_MS,
      } as const;
  }
}

/**
 * An App as the indexes hold it: the keys it was sorted by, copied, so that it can be found (and
 * moved) even after the App itself has changed; and a slot, a small integer that lets rank tables
 * be typed arrays instead of maps.
 */
interface IndexedApp {
  app: MockApp;
  slot: number;
  id: string;
  name: string;
  /** So that a search never lowercases 100,000 names again. */
  lowerName: string;
  createdAt: string;
  /** '' when never used: it sorts before every timestamp ("never" is the oldest use). */
  lastUsedAt: string;
  times: Record<Timeline, number>;
}

function keysOf(app: MockApp): Omit<IndexedApp, 'app' | 'slot'> {
  const times = {} as Record<Timeline, number>;
  for (const timeline of timelines) times[timeline] = timelineKeys[timeline](app);
  return {
    id: app.id,
    name: app.name,
    lowerName: app.name.toLowerCase(),
    createdAt: app.createdAt,
    lastUsedAt: app.lastUsedAt ?? '',
    times,
  };
}

function sameKeys(entry: IndexedApp, keys: Omit<IndexedApp, 'app' | 'slot'>): boolean {
  return (
    entry.name === keys.name &&
    entry.createdAt === keys.createdAt &&
    entry.lastUsedAt === keys.lastUsedAt &&
    timelines.every((timeline) => Object.is(entry.times[timeline], keys.times[timeline]))
  );
}

type Comparator = (a: IndexedApp, b: IndexedApp) => number;

/** Ties are broken by id (code-unit order), so every order is total and paging is stable. */
function compareIds(a: IndexedApp, b: IndexedApp): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** ISO 8601 timestamps in UTC sort as strings. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sortComparators: Record<AppSortField, Comparator> = {
  name: (a, b) => nameCollator.compare(a.name, b.name) || compareIds(a, b),
  createdAt: (a, b) => compareStrings(a.createdAt, b.createdAt) || compareIds(a, b),
  lastUsedAt: (a, b) => compareStrings(a.lastUsedAt, b.lastUsedAt) || compareIds(a, b),
};

/** Entries in one total order, kept in it through inserts and removals by binary search. */
class SortedEntries {
  entries: IndexedApp[] = [];
  /** `entries[i].slot`: small integers side by side, quick to read over a long range. */
  slots: number[] = [];

  constructor(
    private readonly compare: Comparator,
    /** Whether an entry belongs here at all (an App with no time is on no timeline). */
    readonly holds: (entry: IndexedApp) => boolean = () => true,
  ) {}

  build(entries: readonly IndexedApp[]): void {
    this.entries = entries.filter(this.holds).sort(this.compare);
    this.slots = this.entries.map((entry) => entry.slot);
  }

  /** First position whose entry sorts at or after `entry` (the order is total: its position). */
  private lowerBound(entry: IndexedApp): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.entries[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(entry: IndexedApp): void {
    if (!this.holds(entry)) return;
    const at = this.lowerBound(entry);
    this.entries.splice(at, 0, entry);
    this.slots.splice(at, 0, entry.slot);
  }

  /** Call while the entry still holds the keys it was inserted with. */
  remove(entry: IndexedApp): void {
    if (!this.holds(entry)) return;
    let at = this.lowerBound(entry);
    // Cannot happen while keys change only through `AppIndex.update`; kept as a safety net.
    if (this.entries[at] !== entry) at = this.entries.indexOf(entry);
    if (at < 0) return;
    this.entries.splice(at, 1);
    this.slots.splice(at, 1);
  }
}

/** A sorted timeline: its entries by (time, id), and a binary search over the times. */
class TimelineIndex extends SortedEntries {
  constructor(private readonly timeline: Timeline) {
    super(
      (a, b) => a.times[timeline] - b.times[timeline] || compareIds(a, b),
      (entry) => !Number.isNaN(entry.times[timeline]),
    );
  }

  /** First position whose time is greater than `time`. */
  after(time: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.times[this.timeline] <= time) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const CACHE_SIZE = 16;

/** A small cache of query results, oldest dropped first; emptied by every change. */
class ResultCache<T> extends Map<string, T> {
  remember(key: string, value: T): T {
    // Maps iterate in insertion order: drop the oldest.
    if (this.size >= CACHE_SIZE) this.delete(this.keys().next().value!);
    this.set(key, value);
    return value;
  }
}

/**
 * Every indexed name, lowercase, one per line, so that a search is one native `indexOf` scan of
 * one string instead of 100,000 `includes` on strings spread over the heap. Names have no line
 * breaks (no whitespace at all), so a match across one is no match. A new name is appended and
 * the line of a removed or renamed App is only marked gone, so a change costs no rebuild (the
 * text is rebuilt once more lines are gone than live).
 */
class NamesText {
  private text = '';
  /** Where each line starts. */
  private readonly starts: number[] = [];
  /** Whose name each line is: a slot, or -1 once that App was removed or renamed. */
  private readonly lineSlots: number[] = [];
  private readonly lineOf = new Map<number, number>();

  constructor(entries: readonly IndexedApp[]) {
    const lines: string[] = [];
    let start = 0;
    for (const entry of entries) {
      this.lineOf.set(entry.slot, this.starts.length);
      this.starts.push(start);
      this.lineSlots.push(entry.slot);
      lines.push(entry.lowerName);
      start += entry.lowerName.length + 1;
    }
    // Joined once: one flat string, not 100,000 concatenations.
    this.text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }

  /** Whether more lines are gone than live: time to build it again. */
  get wasteful(): boolean {
    return this.starts.length > 2 * this.lineOf.size;
  }

  add(entry: IndexedApp): void {
    this.lineOf.set(entry.slot, this.starts.length);
    this.starts.push(this.text.length);
    this.lineSlots.push(entry.slot);
    this.text += `${entry.lowerName}\n`;
  }

  delete(entry: IndexedApp): void {
    const line = this.lineOf.get(entry.slot);
    if (line === undefined) return;
    this.lineSlots[line] = -1;
    this.lineOf.delete(entry.slot);
  }

  /** The slots of the names that contain `search` (lowercase, not empty). */
  slotsContaining(search: string): number[] {
    const found: number[] = [];
    let at = this.text.indexOf(search);
    while (at !== -1) {
      // The line of the match: the last start at or before it.
      let low = 0;
      let high = this.starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (this.starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      const nextLine = this.starts[low + 1] ?? this.text.length;
      // A search with a line break in it could span two names: not a match, look further.
      if (at + search.length >= nextLine) {
        at = this.text.indexOf(search, at + 1);
        continue;
      }
      if (this.lineSlots[low]! >= 0) found.push(this.lineSlots[low]!);
      // Each name once: go on from the next line.
      at = this.text.indexOf(search, nextLine);
    }
    return found;
  }
}

/**
 * The mock backend's list indexes, so that any list query is fast among 100,000 Apps:
 * - one array per sort field (name, createdAt, lastUsedAt), sorted ascending, so that a page is a
 *   slice (descending: read from the end);
 * - one timeline per attention filter (when last used, when it expires, when its secret was
 *   made), sorted by time, so that a filter at any `now` is a range found by binary search;
 * - the names as one text, so that a search is one native scan.
 * A search or a filter gives a set of Apps; it is put in the requested order by each App's rank
 * in that order (integers, sorted natively) instead of by comparing names or timestamps again,
 * and kept for the next pages. Kept up to date on insert, remove and update in O(log n)
 * comparisons plus one splice per array; ranks and the names text are rebuilt on next use.
 */
export class AppIndex {
  private readonly sorted: Record<AppSortField, SortedEntries> = {
    name: new SortedEntries(sortComparators.name),
    createdAt: new SortedEntries(sortComparators.createdAt),
    lastUsedAt: new SortedEntries(sortComparators.lastUsedAt),
  };
  private readonly timelines: Record<Timeline, TimelineIndex> = {
    neverUsed: new TimelineIndex('neverUsed'),
    lastUsed: new TimelineIndex('lastUsed'),
    expires: new TimelineIndex('expires'),
    secretCreated: new TimelineIndex('secretCreated'),
  };
  private readonly everyIndex: SortedEntries[] = [
    ...Object.values(this.sorted),
    ...Object.values(this.timelines),
  ];
  private readonly entryOf = new Map<MockApp, IndexedApp>();
  private readonly freeSlots: number[] = [];
  private slotCount = 0;
  /** Per sort field, slot → position in that order; rebuilt on first use after a change. */
  private readonly ranks: Partial<Record<AppSortField, Int32Array>> = {};
  private namesText: NamesText;
  /** Search → slot → 1 if the name contains it. */
  private readonly searches = new ResultCache<Uint8Array>();
  /** Sort field, search, filter and range of its timeline → positions in that sort order. */
  private readonly results = new ResultCache<Int32Array>();

  constructor(apps: readonly MockApp[]) {
    const entries = apps.map((app) => this.entryFor(app));
    for (const index of this.everyIndex) index.build(entries);
    this.namesText = new NamesText(entries);
    // Now rather than on the first filtered query (changes rebuild them on next use).
    for (const field of appSortFields) this.rankTable(field);
  }

  get size(): number {
    return this.entryOf.size;
  }

  private entryFor(app: MockApp): IndexedApp {
    const slot = this.freeSlots.pop() ?? this.slotCount++;
    const entry: IndexedApp = { app, slot, ...keysOf(app) };
    this.entryOf.set(app, entry);
    return entry;
  }

  /** Positions move on every change: forget every rank table and cached result. */
  private changed({ names }: { names: boolean }): void {
    for (const field of appSortFields) delete this.ranks[field];
    this.results.clear();
    if (names) {
      this.searches.clear();
      if (this.namesText.wasteful) this.namesText = new NamesText(this.sorted.name.entries);
    }
  }

  insert(app: MockApp): void {
    if (this.entryOf.has(app)) return;
    const entry = this.entryFor(app);
    for (const index of this.everyIndex) index.insert(entry);
    this.namesText.add(entry);
    this.changed({ names: true });
  }

  remove(app: MockApp): void {
    const entry = this.entryOf.get(app);
    if (!entry) return;
    for (const index of this.everyIndex) index.remove(entry);
    this.namesText.delete(entry);
    this.entryOf.delete(app);
    this.freeSlots.push(entry.slot);
    this.changed({ names: true });
  }

  /**
   * Call after changing an indexed App (its name, creation, last use, expiry or secret): moves it
   * wherever its keys changed. Usage (the token endpoint) changes `lastUsedAt` this way.
   */
  update(app: MockApp): void {
    const entry = this.entryOf.get(app);
    if (!entry) return;
    const keys = keysOf(app);
    if (sameKeys(entry, keys)) return;
    const renamed = keys.name !== entry.name;
    // Removed with the keys it was inserted with, put back with the new ones.
    for (const index of this.everyIndex) index.remove(entry);
    if (renamed) this.namesText.delete(entry);
    Object.assign(entry, keys);
    for (const index of this.everyIndex) index.insert(entry);
    if (renamed) this.namesText.add(entry);
    this.changed({ names: renamed });
  }

  private rankTable(field: AppSortField): Int32Array {
    const cached = this.ranks[field];
    if (cached) return cached;
    const ranks = new Int32Array(this.slotCount);
    const { slots } = this.sorted[field];
    for (let position = 0; position < slots.length; position++) ranks[slots[position]!] = position;
    this.ranks[field] = ranks;
    return ranks;
  }

  /** Slot → 1 when the App's name contains `search` (lowercase, not empty). */
  private searchMask(search: string): Uint8Array {
    const cached = this.searches.get(search);
    if (cached) return cached;
    const mask = new Uint8Array(this.slotCount);
    for (const slot of this.namesText.slotsContaining(search)) mask[slot] = 1;
    return this.searches.remember(search, mask);
  }

  /** The range of its timeline that holds the Apps needing `filter` at `now`. */
  private attentionRange(filter: AttentionFilter, now: number) {
    const { timeline, after, atMost } = attentionWindow(filter, now);
    const index = this.timelines[timeline];
    const from = index.after(after);
    return { slots: index.slots, from, to: Math.max(from, index.after(atMost)) };
  }

  /**
   * The Apps that match `search` and need `attention` at `now` (when given), as ascending
   * positions in the order of `field`. Two requests whose `now`s give the same range of the
   * timeline get the same Apps, so the range (not the clock) keys the cache.
   */
  private positions(
    field: AppSortField,
    search: string,
    attention: AttentionFilter | undefined,
    now: number,
  ): Int32Array {
    const range = attention === undefined ? null : this.attentionRange(attention, now);
    const cacheKey = `${field}\0${search}\0${attention}\0${range?.from}\0${range?.to}`;
    const cached = this.results.get(cacheKey);
    if (cached) return cached;
    const mask = search ? this.searchMask(search) : null;
    const ranks = this.rankTable(field);
    let positions: Int32Array;
    let count = 0;
    if (range) {
      positions = new Int32Array(range.to - range.from);
      for (let at = range.from; at < range.to; at++) {
        const slot = range.slots[at]!;
        if (!mask || mask[slot]) positions[count++] = ranks[slot]!;
      }
    } else {
      const { slots } = this.sorted[field];
      positions = new Int32Array(slots.length);
      for (const slot of slots) if (!mask || mask[slot]) positions[count++] = ranks[slot]!;
    }
    // A typed array sorts numerically, natively: no comparator, no collator.
    return this.results.remember(cacheKey, positions.subarray(0, count).sort());
  }

  query({
    search,
    sort,
    order,
    page,
    pageSize,
    attention,
    now = Date.now(),
  }: AppQuery): AppQueryResult {
    const { entries } = this.sorted[sort];
    // Everything, unfiltered: the sorted array itself.
    const positions =
      !search && attention === undefined ? null : this.positions(sort, search, attention, now);
    const total = positions ? positions.length : entries.length;
    const start = (page - 1) * pageSize;
    const end = Math.min(start + pageSize, total);
    const items: MockApp[] = [];
    for (let position = start; position < end; position++) {
      const ascending = order === 'asc' ? position : total - 1 - position;
      items.push(entries[positions ? positions[ascending]! : ascending]!.app);
    }
    return { items, total };
  }

  /** How many Apps matching `search` need each attention at `now` (GET /attention-counts). */
  attentionCounts(search: string, now = Date.now()): Record<AttentionFilter, number> {
    const mask = search ? this.searchMask(search) : null;
    const counts = {} as Record<AttentionFilter, number>;
    for (const filter of attentionFilters) {
      const { slots, from, to } = this.attentionRange(filter, now);
      let count = mask ? 0 : to - from;
      if (mask) for (let at = from; at < to; at++) count += mask[slots[at]!]!;
      counts[filter] = count;
    }
    return counts;
  }
}
