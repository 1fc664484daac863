// The conformance kit tested the way it is used: as a CLI against `npm run mock-api`, full and
// plain 8x8, and against the mock with planted faults (src/mocks/faults.ts), each of which must
// fail the checks named here. Ports 6010–6099 (Prism, in contract-tools.test.ts, on 6050); every server is stopped after its tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks, finalChecks } from './checks';
import { runKit, startMock, type Mock } from './harness';
import { Context } from './kit';
import { IN_PROCESS_BASE_URL, mockBackendFetch } from './in-process';
import { conformance } from './run';

const SESSION = 'conformance-test-session';
const auth = ['--header', `Cookie: session=${SESSION}`];
const dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));

/**
 * What each planted fault (src/mocks/faults.ts) must fail, by the check's own assertion or by
 * the contract; it may fail more (a missing ETag breaks every write). Together they fail every
 * check of the kit at least once: no check is a stub that cannot fail.
 */
const faultChecks: Record<string, string[]> = {
  'drop-etag': ['apps/get', 'apps/create', 'etag/read-write'],
  'ignore-if-match': ['etag/if-match-required', 'etag/stale-if-match'],
  'double-create': ['idempotency/replay', 'idempotency/reuse-other-body'],
  'repeat-across-pages': ['apps/paging'],
  'html-errors': ['errors/404-problem', 'apps/list-422', 'apps/duplicate-name', 'limits/415'],
  'no-retry-after': ['credential-test/retry-after', 'headers/retry-after'],
  'wrong-total': ['apps/paging', 'apps/search', 'attention/counts-match-lists'],
  'no-auth': ['auth/401-without-session', 'auth/401-write'],
  'lenient-bodies': [
    'limits/413',
    'limits/415',
    'limits/422-unknown-field',
    'idempotency/key-required',
  ],
  'sort-ignored': ['apps/sort', 'usage/sort-last-used', 'apps/list-422'],
  'unstable-order': ['apps/stable-order'],
  'case-sensitive-search': ['apps/search'],
  'keep-deleted': ['apps/delete', 'cleanup/nothing-left'],
  'cacheable-reveal': ['apps/reveal'],
  'no-grace': ['rotation/regenerate-with-grace', 'rotation/revoke-previous'],
  'expiry-ignored': ['expiry/set-change-clear'],
  'advertise-less': ['capabilities/absent-are-404'],
  'no-405': ['limits/405'],
  'activity-oldest-first': ['activity/feed', 'activity/records-own-app'],
  'credential-test-unordered': ['credential-test/report'],
  'usage-all-products': ['usage/per-product'],
  'broken-catalog': ['products/catalog', 'quickstart/catalog-auth-facts'],
  'broken-session': ['session/read'],
  'wrong-defaults': ['apps/list-defaults'],
};

async function appsNamed(baseUrl: string, search: string): Promise<number> {
  const response = await fetch(`${baseUrl}/apps?search=${search}&pageSize=100`, {
    headers: { Cookie: `session=${SESSION}` },
  });
  // The items, not `total`: the wrong-total fault falsifies that.
  return ((await response.json()) as { items: unknown[] }).items.length;
}

const mocks: Mock[] = [];
async function mock(port: number, env: Record<string, string> = {}) {
  const started = await startMock(port, { MOCK_SESSION: SESSION, ...env });
  mocks.push(started);
  return started;
}
afterAll(async () => {
  await Promise.all(mocks.map((m) => m.stop()));
});

describe('against the full mock backend', () => {
  let full: Mock;
  beforeAll(async () => {
    full = await mock(6010);
  });

  it('passes every check, reads and writes, and leaves nothing behind', async () => {
    const junitFile = path.join(dir, 'full.xml');
    const run = await runKit([
      '--base-url',
      full.baseUrl,
      ...auth,
      '--allow-writes',
      '--junit',
      junitFile,
    ]);
    expect(run.stderr).toBe('');
    expect([...run.results].filter(([, result]) => result !== 'PASS' && result !== 'SKIP')).toEqual(
      [],
    );
    expect(run.code).toBe(0);
    expect(run.results.get('cleanup/nothing-left')).toBe('PASS');
    expect(run.results.size).toBeGreaterThan(35);
    // Never a credential value in the output, only that it was there.
    expect(run.stdout).not.toMatch(/eght_[A-Za-z0-9]/);
    const junit = readFileSync(junitFile, 'utf8');
    expect(junit).toContain('<testsuite name="conformance"');
    expect(junit).toContain('failures="0"');
    expect(junit.match(/<testcase /g)).toHaveLength(run.results.size);
    expect(await appsNamed(full.baseUrl, 'conformance-')).toBe(0);
  });

  it('only reads without --allow-writes: the write checks are skipped and say why', async () => {
    const before = await appsNamed(full.baseUrl, '');
    const run = await runKit(['--base-url', full.baseUrl, ...auth]);
    expect(run.code).toBe(0);
    expect(run.results.get('apps/create')).toBe('SKIP');
    expect(run.reasons.get('apps/create')).toContain('--allow-writes');
    expect(run.results.get('apps/paging')).toBe('PASS');
    expect(run.results.get('auth/401-without-session')).toBe('PASS');
    expect(run.results.has('cleanup/nothing-left')).toBe(false);
    expect(await appsNamed(full.baseUrl, '')).toBe(before);
  });

  it('deletes what it created when interrupted (SIGTERM)', async () => {
    const slow = await mock(6012, { MOCK_FAULTS: 'slow-writes' });
    let sawApp = false;
    const run = await runKit(['--base-url', slow.baseUrl, ...auth, '--allow-writes'], (child) => {
      // Bounded: at most 150 polls of 100 ms; a slow backend keeps the run in its writes far longer.
      void (async () => {
        for (let poll = 0; poll < 150 && child.exitCode === null; poll += 1) {
          if ((await appsNamed(slow.baseUrl, 'conformance-')) > 0) {
            sawApp = true;
            child.kill('SIGTERM');
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
    });
    expect(sawApp).toBe(true);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('SIGTERM: deleting the Apps this run created');
    expect(await appsNamed(slow.baseUrl, 'conformance-')).toBe(0);
  });
});

describe('against a plain 8x8 backend (MOCK_BACKEND=plain-8x8)', () => {
  it('tests the core alone: every capability check is skipped as not advertised', async () => {
    const plain = await mock(6011, { MOCK_BACKEND: 'plain-8x8' });
    const run = await runKit(['--base-url', plain.baseUrl, ...auth, '--allow-writes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('none (plain 8x8)');
    for (const name of [
      'rotation/regenerate-with-grace',
      'expiry/set-change-clear',
      'usage/per-product',
      'activity/feed',
      'attention/counts-match-lists',
      'credential-test/report',
    ]) {
      expect(run.results.get(name), name).toBe('SKIP');
      expect(run.reasons.get(name)).toMatch(/capability .* not advertised by GET \/session/);
    }
    expect(run.results.get('capabilities/absent-are-404')).toBe('PASS');
    expect(run.results.get('etag/stale-if-match')).toBe('PASS');
  });
});

/**
 * Two faults also over real HTTP, through `npm run mock-api` and the CLI: an error page instead
 * of a problem, and a broken Idempotency-Key. All of them run in-process below.
 */
const httpFaults = ['html-errors', 'double-create'];

describe('against planted faults (MOCK_FAULTS)', () => {
  const servers = new Map<string, Mock>();
  beforeAll(async () => {
    await Promise.all(
      httpFaults.map(async (fault, index) =>
        servers.set(fault, await mock(6060 + index, { MOCK_FAULTS: fault })),
      ),
    );
  });

  it('fail every check of the kit at least once', () => {
    const names = [...allChecks, ...finalChecks].map((check) => check.name);
    const caught = new Set(Object.values(faultChecks).flat());
    expect(names.filter((name) => !caught.has(name))).toEqual([]);
    expect(caught.has('cleanup/nothing-left')).toBe(true);
  });

  it.each(httpFaults)(
    '%s over HTTP: the CLI fails its checks, exits 1 and cleans up',
    async (fault) => {
      const server = servers.get(fault)!;
      const run = await runKit(['--base-url', server.baseUrl, ...auth, '--allow-writes']);
      expect(run.code).toBe(1);
      for (const check of faultChecks[fault]!)
        expect(run.results.get(check), `${fault}: ${check}`).toBe('FAIL');
      expect(await appsNamed(server.baseUrl, 'conformance-')).toBe(0);
    },
  );

  it.each(Object.entries(faultChecks))(
    '%s fails its checks, and the run still cleans up',
    async (fault, checks) => {
      const fetch = mockBackendFetch({ MOCK_SESSION: SESSION, MOCK_FAULTS: fault });
      const options = {
        baseUrl: IN_PROCESS_BASE_URL,
        headers: { Cookie: `session=${SESSION}` },
        allowWrites: true,
        fetch,
      };
      const run = await conformance(new Context(options));
      expect(run.kitError).toBeUndefined();
      expect(run.exitCode).toBe(1);
      const failedChecks = run.outcomes.filter((o) => o.status === 'fail').map((o) => o.name);
      for (const check of checks) expect(failedChecks, `${fault}: ${check}`).toContain(check);
      // keep-deleted is the fault that makes clean-up impossible; cleanup/nothing-left says so.
      if (fault !== 'keep-deleted') {
        const left = await fetch(`${IN_PROCESS_BASE_URL}/apps?search=conformance-`, {
          headers: { Cookie: `session=${SESSION}` },
        });
        expect(((await left.json()) as { items: unknown[] }).items).toEqual([]);
      }
    },
  );

  it('--expect-failures lets listed failures pass the run, and fails it when one is stale', async () => {
    // Read-only runs: html-errors fails these four reads.
    const server = servers.get('html-errors')!;
    const list = path.join(dir, 'expected.txt');
    writeFileSync(
      list,
      '# known gaps of this backend\nerrors/404-problem\napps/list-422\nactivity/feed\nattention/counts-match-lists\n',
    );
    const listed = await runKit(['--base-url', server.baseUrl, ...auth, '--expect-failures', list]);
    expect(listed.code).toBe(0);
    expect(listed.results.get('errors/404-problem')).toBe('FAIL (expected)');

    writeFileSync(
      list,
      'errors/404-problem\napps/list-422\nactivity/feed\nattention/counts-match-lists\nproducts/catalog\nno/such-check\n',
    );
    const stale = await runKit(['--base-url', server.baseUrl, ...auth, '--expect-failures', list]);
    expect(stale.code).toBe(1);
    expect(stale.results.get('products/catalog')).toBe('FAIL (stale expectation)');
    expect(stale.results.get('no/such-check')).toBe('FAIL (stale expectation)');
  });
});

// Concurrent: five short CLI runs that share nothing.
describe.concurrent("the kit's own errors: one line, exit 2", () => {
  let html: Server;
  beforeAll(async () => {
    html = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Sign in</p>');
    });
    await new Promise<void>((resolve) => html.listen(6040, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => html.close(() => resolve())));

  it('for an unreachable URL', async () => {
    const run = await runKit(['--base-url', 'http://127.0.0.1:6099/api/v1', '--allow-writes']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^conformance: cannot reach .*ECONNREFUSED$/),
    ]);
  });

  it('for a session that is not JSON', async () => {
    const run = await runKit(['--base-url', 'http://127.0.0.1:6040/api/v1']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^conformance: GET \/session did not answer JSON/);
  });

  it('for a backend that wants a session the kit was not given', async () => {
    const gated = mocks[0]!;
    const run = await runKit(['--base-url', gated.baseUrl]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/GET \/session answered 401: .*--header/);
  });

  it('for a TLS failure', async () => {
    // A plain-HTTP server spoken to over https: the TLS handshake fails.
    const run = await runKit(['--base-url', 'https://127.0.0.1:6040/api/v1']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^conformance: TLS failure talking to GET https:\/\/127.0.0.1:6040\/api\/v1\/session: \S+$/,
    );
  });

  it('for bad arguments', async () => {
    const run = await runKit(['--header', 'no-colon']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
