// The conformance kit tested the way it is used: as a CLI against `npm run mock-api`, full and
// plain 8x8, and against the mock with planted faults (src/mocks/faults.ts), each of which must
// fail the checks named here. Ports 6010–6040; every server is stopped after its tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKit, startMock, type Mock } from './harness';

const SESSION = 'conformance-test-session';
const auth = ['--header', `Cookie: session=${SESSION}`];
const dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));

/** What each planted fault must fail (it may fail more: a broken ETag breaks every write). */
const faultChecks: Record<string, string[]> = {
  'drop-etag': ['apps/get', 'apps/create', 'etag/read-write'],
  'ignore-if-match': ['etag/if-match-required', 'etag/stale-if-match'],
  'double-create': ['idempotency/replay', 'idempotency/reuse-other-body'],
  'repeat-across-pages': ['apps/paging'],
  'html-errors': ['errors/404-problem', 'apps/list-422', 'limits/413', 'limits/415', 'limits/405'],
  'no-retry-after': ['credential-test/retry-after', 'headers/retry-after'],
  'wrong-total': ['apps/paging', 'apps/search', 'attention/counts-match-lists'],
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

describe('against planted faults (MOCK_FAULTS)', () => {
  const entries = Object.entries(faultChecks);
  const servers = new Map<string, Mock>();
  beforeAll(async () => {
    await Promise.all(
      entries.map(async ([fault], index) =>
        servers.set(fault, await mock(6020 + index, { MOCK_FAULTS: fault })),
      ),
    );
  });

  it.each(entries)(
    '%s fails its checks and exits 1, and still cleans up',
    async (fault, checks) => {
      const server = servers.get(fault)!;
      const run = await runKit(['--base-url', server.baseUrl, ...auth, '--allow-writes']);
      expect(run.code).toBe(1);
      for (const check of checks) expect(run.results.get(check), `${fault}: ${check}`).toBe('FAIL');
      expect(await appsNamed(server.baseUrl, 'conformance-')).toBe(0);
    },
  );

  it('--expect-failures lets listed failures pass the run, and fails it when one is stale', async () => {
    const server = servers.get('ignore-if-match')!;
    const list = path.join(dir, 'expected.txt');
    writeFileSync(
      list,
      '# known gaps of this backend\netag/if-match-required\netag/stale-if-match\n',
    );
    const listed = await runKit([
      '--base-url',
      server.baseUrl,
      ...auth,
      '--allow-writes',
      '--expect-failures',
      list,
    ]);
    expect(listed.code).toBe(0);
    expect(listed.results.get('etag/stale-if-match')).toBe('FAIL (expected)');

    writeFileSync(
      list,
      'etag/if-match-required\netag/stale-if-match\nproducts/catalog\nno/such-check\n',
    );
    const stale = await runKit([
      '--base-url',
      server.baseUrl,
      ...auth,
      '--allow-writes',
      '--expect-failures',
      list,
    ]);
    expect(stale.code).toBe(1);
    expect(stale.results.get('products/catalog')).toBe('FAIL (stale expectation)');
    expect(stale.results.get('no/such-check')).toBe('FAIL (stale expectation)');
  });
});

describe("the kit's own errors: one line, exit 2", () => {
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
    expect(run.stderr.trim()).toMatch(/^conformance: (TLS failure|request to|cannot reach)/);
  });

  it('for bad arguments', async () => {
    const run = await runKit(['--header', 'no-colon']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
