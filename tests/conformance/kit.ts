// The runner: one context shared by the checks (the session, the catalog, the Apps the kit
// created), each check run in turn with its own verdict, and the clean-up of what it created.
import { randomBytes } from 'node:crypto';
import type { components } from '../../src/api/schema';
import { Client, KitError, type Exchange, type RequestOptions } from './client';

export type Capability = components['schemas']['Capability'];
export type Session = components['schemas']['Session'];
export type Product = components['schemas']['Product'];
export type App = components['schemas']['App'];
export type AppPage = components['schemas']['AppPage'];

export type Verdict = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  name: string;
  verdict: Verdict;
  reason: string;
}

/** A check fails by throwing this (or by a response that breaks the contract). */
export class CheckFailure extends Error {}
/** A check that cannot apply to this backend or run says why. */
export class CheckSkipped extends Error {}

export function ensure(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new CheckFailure(reason);
}

export function expectStatus(exchange: Exchange, ...expected: number[]): void {
  if (!expected.includes(exchange.status)) {
    const detail = problemDetail(exchange);
    throw new CheckFailure(
      `${exchange.method} ${exchange.template} answered ${exchange.status}, expected ${expected.join(' or ')}${detail}`,
    );
  }
}

function problemDetail(exchange: Exchange): string {
  const body = exchange.body as { detail?: unknown } | undefined;
  return typeof body?.detail === 'string' ? ` ("${body.detail.slice(0, 120)}")` : '';
}

export interface Check {
  name: string;
  /** What it proves, for the README and the JUnit file. */
  description: string;
  /** Runs only when the backend advertises all of these. */
  capabilities?: Capability[];
  /** Creates, changes or deletes (only the kit's own Apps): needs --allow-writes. */
  writes?: boolean;
  /** Leaves the session out: needs a --header to leave out. */
  needsSessionHeader?: boolean;
  run: (context: Context) => Promise<void>;
}

export interface KitOptions {
  baseUrl: string;
  headers: Record<string, string>;
  allowWrites: boolean;
  /** Not an option of the CLI: the kit's tests pass a mock backend in-process. */
  fetch?: typeof fetch;
}

export class Context {
  readonly client: Client;
  /** `conformance-<random>`: every App the kit creates is named with it, and only those. */
  readonly runId = `conformance-${randomBytes(4).toString('hex')}`;
  session!: Session;
  capabilities: Capability[] = [];
  products: Product[] = [];
  /** The Apps this run created and has not deleted yet: the clean-up deletes them. */
  readonly created = new Map<string, string>();
  private serial = 0;

  constructor(
    readonly options: KitOptions,
    /** Where progress lines go (the CLI: stdout; the kit's tests: nowhere). */
    readonly log: (line: string) => void = () => {},
  ) {
    this.client = new Client(options.baseUrl, options.headers, options.fetch);
  }

  /**
   * Every request of a check. Any App that a POST /apps of this run created is tracked for the
   * clean-up, whatever the check expected (a backend that wrongly accepts a request the check
   * meant to be refused must not be left with the App).
   */
  async request(method: string, template: string, options?: RequestOptions) {
    const exchange = await this.client.request(method, template, options);
    const app = exchange.body as Partial<App> | undefined;
    if (
      method === 'POST' &&
      template === '/apps' &&
      exchange.status < 300 &&
      typeof app?.id === 'string'
    ) {
      this.created.set(app.id, String(app.name));
    }
    return exchange;
  }

  /** Products any admin may give an App (no assignment needed), for the kit's own Apps. */
  grantableProducts(): Product[] {
    const grantable = this.products.filter(
      (product, index) =>
        product.requiredAssignment === null &&
        this.products.findIndex((other) => other.id === product.id) === index,
    );
    ensure(grantable.length >= 2, 'the catalog needs two products that need no assignment');
    return grantable;
  }

  nextName(): string {
    this.serial += 1;
    return `${this.runId}-${this.serial}`;
  }

  idempotencyKey(): string {
    return `${this.runId}-${randomBytes(8).toString('hex')}`;
  }

  /** POST /apps with a fresh Idempotency-Key (or the one given). */
  async create(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    return this.request('POST', '/apps', {
      json: body,
      headers: { 'Idempotency-Key': this.idempotencyKey(), ...headers },
    });
  }

  /** An App of the kit's own, freshly created, for a check that changes it. */
  async ownApp(extra: Record<string, unknown> = {}): Promise<{ app: App; etag: string | null }> {
    const exchange = await this.create({
      name: this.nextName(),
      productIds: [this.grantableProducts()[0]!.id],
      ...extra,
    });
    if (exchange.status !== 201) {
      throw new CheckFailure(
        `could not create an App of its own: POST /apps answered ${exchange.status}`,
      );
    }
    return { app: exchange.body as App, etag: exchange.headers.get('ETag') };
  }

  /** The Apps whose name contains `search` (at most `limit`, paged at 100). */
  async findByName(search: string, limit = 500): Promise<App[]> {
    const found: App[] = [];
    for (let page = 1; found.length < limit && page <= Math.ceil(limit / 100); page += 1) {
      const exchange = await this.request('GET', '/apps', {
        query: { search, page, pageSize: 100, sort: 'name', order: 'asc' },
      });
      expectStatus(exchange, 200);
      const body = exchange.body as AppPage;
      found.push(...body.items);
      if (page * 100 >= body.total) break;
    }
    return found;
  }

  /**
   * Deletes every App this run created (never another): on success, on a failed check, on a
   * kit error and on SIGINT/SIGTERM. Each delete is tried once; a 404 means already gone.
   */
  async cleanUp(): Promise<string[]> {
    const left: string[] = [];
    for (const [id, name] of [...this.created]) {
      try {
        const exchange = await this.client.request('DELETE', '/apps/{appId}', {
          params: { appId: id },
          cleanUp: true,
        });
        if (exchange.status === 204 || exchange.status === 404) this.created.delete(id);
        else left.push(`${name} (${exchange.status})`);
      } catch (error) {
        left.push(`${name} (${(error as Error).message})`);
      }
    }
    return left;
  }
}

/** Reads the session first: the kit cannot test a backend whose session it cannot read. */
export async function openSession(context: Context): Promise<void> {
  const exchange = await context.request('GET', '/session');
  if (exchange.status === 401 || (exchange.status >= 300 && exchange.status < 400)) {
    throw new KitError(
      `GET /session answered ${exchange.status}: the kit has no session; pass one with --header (e.g. --header "Cookie: session=…")`,
    );
  }
  if (exchange.status !== 200) {
    throw new KitError(`GET /session answered ${exchange.status}, not 200: cannot start`);
  }
  if (exchange.body === undefined || typeof exchange.body !== 'object' || exchange.body === null) {
    throw new KitError(
      `GET /session did not answer JSON (Content-Type ${exchange.contentType || 'none'}): is ${context.options.baseUrl} the API base?`,
    );
  }
  context.session = exchange.body as Session;
  context.capabilities = Array.isArray(context.session.capabilities)
    ? context.session.capabilities
    : [];
  if (!context.session.permissions?.includes('application-credentials')) {
    throw new KitError(
      'the signed-in user lacks the Application Credentials permission: sign the kit in as a Company Admin',
    );
  }
}

/** Runs each check once, in order; a response breaking the contract fails the check that got it. */
export async function runChecks(context: Context, checks: Check[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const missing = (check.capabilities ?? []).filter((c) => !context.capabilities.includes(c));
    if (missing.length > 0) {
      results.push({
        name: check.name,
        verdict: 'skip',
        reason: `capability ${missing.join(', ')} not advertised by GET /session`,
      });
      continue;
    }
    if (check.writes && !context.options.allowWrites) {
      results.push({
        name: check.name,
        verdict: 'skip',
        reason: 'writes; run with --allow-writes',
      });
      continue;
    }
    if (check.needsSessionHeader && Object.keys(context.options.headers).length === 0) {
      results.push({
        name: check.name,
        verdict: 'skip',
        reason: 'no --header carries the session, so there is none to leave out',
      });
      continue;
    }
    const first = context.client.exchanges.length;
    let verdict: Verdict = 'pass';
    let reason = '';
    try {
      await check.run(context);
    } catch (error) {
      if (error instanceof KitError) throw error;
      if (error instanceof CheckSkipped) {
        verdict = 'skip';
        reason = error.message;
      } else if (error instanceof CheckFailure) {
        verdict = 'fail';
        reason = error.message;
      } else {
        verdict = 'fail';
        reason = `unexpected: ${(error as Error).message}`;
      }
    }
    // A check whose own verdict is fine still fails on any response that breaks the contract.
    const broken = context.client.exchanges
      .slice(first)
      .find((exchange) => exchange.contractErrors.length > 0);
    if (broken && verdict !== 'fail') {
      verdict = 'fail';
      reason = `${broken.method} ${broken.template} → ${broken.status}: ${broken.contractErrors.slice(0, 2).join('; ')}`;
    }
    results.push({ name: check.name, verdict, reason });
  }
  return results;
}
