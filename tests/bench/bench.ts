/**
 * `npm run bench` (not part of `npm test`: figures on a shared machine are noisy). Builds the
 * production bundle and a "floor" app of the same stack (tests/bench/floor), and prints, each with
 * its budget, exiting non-zero when one is missed:
 * - initial JS and CSS (gzip) of both, side by side, and their ratios;
 * - that the production build holds no mock code;
 * - Lighthouse (median of 3, desktop and mobile) on /api-keys of the production build served by
 *   `vite preview` against the HTTP mock API;
 * - first list render and search (medians of 5 cold loads);
 * - at 12 and at 100,000 Apps (MOCK_DATA_SET): the mock's list query time, and how fast page
 *   change, jump, sort, search, opening an App and revealing credentials paint after their
 *   response, long tasks, and JS heap growth over 50 page changes.
 *
 * Ports: BENCH_MOCK_API_PORT (4410) and BENCH_PREVIEW_PORT (4473), clear of the e2e defaults.
 * BENCH_SKIP_LIGHTHOUSE=1 leaves Lighthouse out (quicker, while working on something else).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
import { MATRIX_LONG_TASK_BUDGET_MS, measureAccessMatrix } from './access-matrix-bench';
import {
  actions,
  measureHeapGrowth,
  measureInteractions,
  type Action,
  type InteractionRun,
  type Scenario,
} from './interactions';
import { categories, runLighthouse, type Category, type LighthouseRun } from './lighthouse';

const root = path.resolve(import.meta.dirname, '../..');
const mockApiPort = Number(process.env.BENCH_MOCK_API_PORT ?? 4410);
const previewPort = Number(process.env.BENCH_PREVIEW_PORT ?? 4473);
const outDirName = `dist-bench-${previewPort}`;
const outDir = path.join(root, outDirName);
const floorOutDir = path.join(root, `dist-bench-floor-${previewPort}`);
const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;
/**
 * The actions take 15–80 ms, where a burst of load on a shared machine is as large as the figure
 * itself: more runs, alternating which data set goes first, so that the medians compare like
 * with like.
 */
const SCALE_RUNS = 15;
const SEARCH_TERM = 'analytics';
const HEAP_PAGE_CHANGES = 50;
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1';

const budgets = {
  /** Initial JS and CSS (gzip) against the floor app's, measured in the same run. */
  jsRatio: 1.05,
  cssRatio: 1.15,
  firstListRenderMs: 1500,
  lighthouse: {
    desktop: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    mobile: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
  } satisfies Record<'desktop' | 'mobile', Record<Category, number>>,
  /** Any list query of the mock at 100,000 Apps, over HTTP. */
  listQueryMs: 20,
  /** Response → painted result, at 100,000 Apps; and against the same action at 12 Apps. */
  paintMs: 100,
  paintRatio: 1.2,
  longTaskMs: 50,
  heapGrowthBytes: 1_000_000,
};

// Like with like: each list action puts another App in every row of a full page of 10, at both
// sizes (the bench prints how many rows changed). At 12 Apps "a" would match every App and leave
// the page as it was; "s" matches 11 and moves each row up one.
const scenarios = {
  seed: { total: 12, pageChange: { from: 2, to: 1 }, jumpTo: 2, searchTerm: 's' },
  '100k': { total: 100_000, pageChange: { from: 1, to: 2 }, jumpTo: 5000, searchTerm: 'a' },
} satisfies Record<string, Scenario>;

// ---------------------------------------------------------------------------------------------
// Child processes: each leads its own process group, so `npx` and what it starts die together.

const children = new Set<ChildProcess>();

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function killAll() {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function stopAll() {
  const exits = [...children].map(
    (child) => new Promise<void>((resolve) => child.once('exit', () => resolve())),
  );
  killAll();
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 5000))]);
  for (const child of children) {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(floorOutDir, { recursive: true, force: true });
    process.exit(130);
  });
}

function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = start(command, args, env);
  const log = output(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${log()}`);
}

/** Whether something already listens on the port (IPv4 or IPv6 loopback). */
async function portInUse(port: number): Promise<boolean> {
  const tryHost = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  return (await Promise.all(['127.0.0.1', '::1'].map(tryHost))).some(Boolean);
}

/** Starts a server and waits until `url` answers; fails if the server exits first. */
async function startServer(name: string, url: string, command: string, args: string[], env = {}) {
  // Else the readiness check could be answered by someone else's server on that port.
  const port = Number(new URL(url).port);
  if (await portInUse(port)) throw new Error(`Port ${port} for the ${name} is already in use.`);
  const child = start(command, args, env);
  const log = output(child);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited before it was ready:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url} within 60 s:\n${log()}`);
}

// ---------------------------------------------------------------------------------------------
// Bundle size and mock-code check.

interface Sizes {
  raw: number;
  gzip: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function sizesOf(files: string[]): Promise<Sizes> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = await readFile(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The scripts, module preloads and stylesheets that index.html loads before anything else;
 * inline `<style>` blocks count as initial CSS too. */
function initialAssets(
  html: string,
  dir: string,
): { js: string[]; css: string[]; inlineCss: string } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) js.add(src!);
  for (const [tag] of html.matchAll(/<link[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="modulepreload"/.test(tag)) js.add(href);
    // The first screen's stylesheet, preloaded by index.html and applied by main.tsx.
    if (/\brel="stylesheet"/.test(tag) || /\bas="style"/.test(tag)) css.add(href);
  }
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map(([, text]) => text)
    .join('\n');
  const toFile = (url: string) => path.join(dir, url.replace(/^\//, ''));
  return { js: [...js].map(toFile), css: [...css].map(toFile), inlineCss };
}

async function initialSizes(dir: string): Promise<{ js: Sizes; css: Sizes }> {
  const initial = initialAssets(await readFile(path.join(dir, 'index.html'), 'utf8'), dir);
  await Promise.all([...initial.js, ...initial.css].map((file) => stat(file)));
  const css = await sizesOf(initial.css);
  const inline = Buffer.from(initial.inlineCss);
  return {
    js: await sizesOf(initial.js),
    css: {
      raw: css.raw + inline.length,
      gzip: css.gzip + (inline.length > 0 ? gzipSync(inline, { level: 9 }).length : 0),
    },
  };
}

const MOCK_CODE = /msw|setupWorker|mockServiceWorker/i;

async function findMockCode(files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const relative = path.relative(outDir, file);
    if (path.basename(file) === 'mockServiceWorker.js') {
      found.push(`${relative} (the MSW worker script)`);
      continue;
    }
    if (!/\.(js|mjs|css|html|json|map|txt|svg)$/.test(file)) continue;
    const match = MOCK_CODE.exec(await readFile(file, 'utf8'));
    if (match) found.push(`${relative} contains "${match[0]}"`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Browser measurements. Scripts are strings so that no bundler helper leaks into the page.

/** Resolves window.__firstRow with performance.now() (ms since navigation start) at the first
 * frame after the first App row link is in the table. */
const FIRST_ROW_SCRIPT = `
  window.__firstRow = new Promise((resolve) => {
    const seen = () => document.querySelector('table tbody a[href^="/api-keys/"]') !== null;
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
`;

/** Resolves window.__searched with the ms from the search box's input event to the first frame
 * showing only rows that match the term. */
const SEARCH_SCRIPT = (term: string) => `
  window.__searched = new Promise((resolve) => {
    const box = document.querySelector('input[placeholder="Search by App name"]');
    let typedAt;
    box.addEventListener('input', () => (typedAt ??= performance.now()), { capture: true });
    const filtered = () => {
      const names = [...document.querySelectorAll('table tbody a[href^="/api-keys/"]')]
        .map((link) => link.textContent.toLowerCase());
      return typedAt !== undefined && names.length > 0 && names.every((name) => name.includes(${JSON.stringify(term)}));
    };
    const observer = new MutationObserver(() => {
      if (!filtered()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - typedAt));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // Not the promise itself: page.evaluate would wait for it before anything is typed.
  undefined;
`;

async function measure(baseUrl: string) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const firstRender: number[] = [];
  const search: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A new context is a cold start: empty HTTP cache, no storage.
      const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
      try {
        const page = await context.newPage();
        await page.addInitScript(FIRST_ROW_SCRIPT);
        await page.goto(`${baseUrl}/api-keys`);
        firstRender.push(await page.evaluate<number>('window.__firstRow'));

        const searchBox = page.getByRole('textbox', { name: 'Search apps' });
        await page.evaluate(SEARCH_SCRIPT(SEARCH_TERM));
        await searchBox.fill(SEARCH_TERM);
        search.push(await page.evaluate<number>('window.__searched'));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { firstRender, search };
}

// ---------------------------------------------------------------------------------------------

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

interface Row {
  figure: string;
  value: string;
  budget?: string;
  pass?: boolean;
}

function printTable(rows: Row[]) {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget' };
  const widths = {
    figure: Math.max(...[header, ...rows].map((row) => row.figure.length)),
    value: Math.max(...[header, ...rows].map((row) => row.value.length)),
    budget: Math.max(...[header, ...rows].map((row) => (row.budget ?? '').length)),
  };
  const line = (row: Row, status: string) =>
    `${row.figure.padEnd(widths.figure)}  ${row.value.padStart(widths.value)}  ${(row.budget ?? '').padEnd(widths.budget)}  ${status}`;
  console.log(line(header, 'result'));
  console.log('-'.repeat(widths.figure + widths.value + widths.budget + 14));
  for (const row of rows) {
    console.log(line(row, row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL'));
  }
}

const percent = (ratio: number) => `${ratio.toFixed(3)}×`;
const bytes = (value: number) => `${value < 0 ? '−' : ''}${kB(Math.abs(value))}`;

// Two backends side by side, each behind its own preview of the same build, so that the runs at
// 12 and at 100,000 Apps can alternate and a burst of load on the machine hits both alike.
const backends = {
  seed: { mockApiPort, previewPort },
  '100k': { mockApiPort: mockApiPort + 1, previewPort: previewPort + 1 },
} as const;

async function startBackend(dataSet: keyof typeof backends) {
  const ports = backends[dataSet];
  const mockApiOrigin = `http://127.0.0.1:${ports.mockApiPort}`;
  await Promise.all([
    startServer(
      `mock API (${dataSet})`,
      `${mockApiOrigin}/api/v1/session`,
      'npx',
      ['tsx', 'src/mocks/http-server.ts'],
      { PORT: String(ports.mockApiPort), HOST: '127.0.0.1', MOCK_DATA_SET: dataSet },
    ),
    startServer(
      `vite preview (${dataSet})`,
      `http://localhost:${ports.previewPort}`,
      'npx',
      [
        'vite',
        'preview',
        '--outDir',
        outDirName,
        '--port',
        String(ports.previewPort),
        '--strictPort',
        // Vite 8.4 refuses a second preview of the same project and mode; the bench runs two on
        // purpose (the seed Apps and 100,000, side by side).
        '--bypass-lock',
      ],
      { MOCK_API_ORIGIN: mockApiOrigin },
    ),
  ]);
  return `http://localhost:${ports.previewPort}`;
}

/**
 * Each list query a user can cause, at 100,000 Apps: the time the mock took (its Server-Timing
 * header) and the HTTP round trip, median of 5 each. Warmed up first with other searches, as a
 * server that has been running a while would be; each measured search is new to it once.
 */
async function measureListQueries(): Promise<
  Array<{ query: string; queryMs: number; roundTripMs: number }>
> {
  const api = `http://127.0.0.1:${backends['100k'].mockApiPort}/api/v1`;
  for (const warmUp of ['?search=warm', '?search=up&sort=name', '?page=3', '?pageSize=50']) {
    await (await fetch(`${api}/apps${warmUp}`)).arrayBuffer();
  }
  const queries = [
    '/apps',
    '/apps?sort=name&order=asc',
    '/apps?sort=name&order=desc&page=5000',
    '/apps?sort=createdAt&order=asc&page=9999&pageSize=10',
    '/apps?pageSize=100&page=1000',
    '/apps?search=analytics',
    '/apps?search=analytics&page=2&sort=name&order=asc',
    '/apps?search=sales-bot&sort=name&order=desc',
    '/apps?search=e&pageSize=100&page=700',
    '/apps?search=no-such-app',
    // The lifecycle queries (issue #8): attention filters (judged at the request's clock) and
    // the Last used sort, alone, combined, and on far pages.
    '/apps?attention=never-used',
    '/apps?attention=idle&page=900',
    '/apps?attention=expiring-soon&search=sales',
    '/apps?attention=old-secret&sort=name&order=asc&page=5000',
    '/apps?sort=lastUsedAt&order=desc',
    '/apps?sort=lastUsedAt&order=asc&page=9000',
    '/apps?sort=lastUsedAt&order=desc&attention=idle&page=300',
    '/apps?sort=lastUsedAt&order=asc&attention=old-secret&search=e&pageSize=100&page=100',
    // Requested with every list of the console that offers the filters.
    '/attention-counts',
    '/attention-counts?search=analytics',
  ];
  const results: Array<{ query: string; queryMs: number; roundTripMs: number }> = [];
  for (const query of queries) {
    const queryTimes: number[] = [];
    const roundTrips: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const response = await fetch(`${api}${query}`);
      await response.arrayBuffer();
      roundTrips.push(performance.now() - started);
      if (!response.ok) throw new Error(`GET ${query} answered ${response.status}`);
      const timing = /dur=([\d.]+)/.exec(response.headers.get('Server-Timing') ?? '');
      if (!timing) throw new Error('The mock API sent no Server-Timing header.');
      queryTimes.push(Number(timing[1]));
    }
    results.push({
      // As before for GET /apps: its query string alone.
      query: query.startsWith('/apps') ? query.slice('/apps'.length) || '(default)' : query,
      queryMs: median(queryTimes),
      roundTripMs: median(roundTrips),
    });
  }
  return results;
}

/** The actions at 12 and at 100,000 Apps, alternating run by run; then the heap at 100,000. */
async function measureScale(urls: Record<keyof typeof backends, string>) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const runs: Record<keyof typeof backends, InteractionRun[]> = { seed: [], '100k': [] };
    for (let run = 0; run < SCALE_RUNS; run++) {
      const order = run % 2 === 0 ? (['seed', '100k'] as const) : (['100k', 'seed'] as const);
      for (const dataSet of order) {
        runs[dataSet].push(await measureInteractions(browser, urls[dataSet], scenarios[dataSet]));
      }
    }
    const heapGrowth = await measureHeapGrowth(
      browser,
      urls['100k'],
      scenarios['100k'].total,
      HEAP_PAGE_CHANGES,
    );
    const summarize = (of: InteractionRun[]) => ({
      paint: Object.fromEntries(
        actions.map((action) => [action, median(of.map((run) => run.paint[action]))]),
      ) as Record<Action, number>,
      longTasks: Object.fromEntries(
        actions.map((action) => [action, of.flatMap((run) => run.longTasks[action])]),
      ) as Record<Action, number[]>,
      rowsChanged: Object.fromEntries(
        actions.map((action) => [action, median(of.map((run) => run.rowsChanged[action]))]),
      ) as Record<Action, number>,
    });
    return { small: summarize(runs.seed), large: summarize(runs['100k']), heapGrowth };
  } finally {
    await browser.close();
  }
}

function medianLighthouse(runs: LighthouseRun[]) {
  const scores = Object.fromEntries(
    categories.map((id) => [id, median(runs.map((run) => run.scores[id]))]),
  ) as Record<Category, number>;
  return {
    scores,
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
  };
}

async function main(): Promise<number> {
  console.log(`Building the production bundle into ${outDirName}/ and the floor app …`);
  const buildStart = performance.now();
  await run('npx', [
    'vite',
    'build',
    '--outDir',
    outDirName,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  const buildMs = performance.now() - buildStart;
  await run('npx', [
    'vite',
    'build',
    '--config',
    'tests/bench/floor/vite.config.ts',
    '--outDir',
    floorOutDir,
    '--emptyOutDir',
  ]);

  const files = await listFiles(outDir);
  const assets = files.filter((file) => /\.(js|css)$/.test(file));
  const initial = await initialSizes(outDir);
  const floor = await initialSizes(floorOutDir);
  const totalJs = await sizesOf(assets.filter((file) => file.endsWith('.js')));
  const totalCss = await sizesOf(assets.filter((file) => file.endsWith('.css')));
  const mockCode = await findMockCode(files);
  const jsRatio = initial.js.gzip / floor.js.gzip;
  const cssRatio = initial.css.gzip / floor.css.gzip;

  console.log('Starting the mock API and vite preview, with the seed Apps and with 100,000 …');
  const [baseUrl, largeUrl] = await Promise.all([startBackend('seed'), startBackend('100k')]);
  console.log(`Measuring ${RUNS} cold loads in headless Chromium …`);
  const { firstRender, search } = await measure(baseUrl);

  let lighthouse: Record<'desktop' | 'mobile', ReturnType<typeof medianLighthouse>> | undefined;
  if (!skipLighthouse) {
    console.log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each for desktop and mobile …`);
    const runs = await runLighthouse(`${baseUrl}/api-keys`, ['desktop', 'mobile'], LIGHTHOUSE_RUNS);
    lighthouse = { desktop: medianLighthouse(runs.desktop), mobile: medianLighthouse(runs.mobile) };
  }

  console.log('List queries of the mock at 100,000 Apps …');
  const listQueries = await measureListQueries();
  console.log(
    `Actions at 12 and at 100,000 Apps, ${SCALE_RUNS} runs each, and ${HEAP_PAGE_CHANGES} page changes …\n`,
  );
  const { small, large, heapGrowth } = await measureScale({ seed: baseUrl, '100k': largeUrl });
  // Last: it may add Apps to the mock API (up to a page of 100, already there at 100,000).
  const matrix = await measureAccessMatrix(
    largeUrl,
    `http://127.0.0.1:${backends['100k'].mockApiPort}`,
  );

  const rows: Row[] = [
    { figure: 'build time', value: ms(buildMs) },
    {
      figure: 'initial JS gzip: console / floor',
      value: `${kB(initial.js.gzip)} / ${kB(floor.js.gzip)}`,
    },
    {
      figure: '  ratio',
      value: percent(jsRatio),
      budget: `≤ ${budgets.jsRatio}×`,
      pass: jsRatio <= budgets.jsRatio,
    },
    {
      figure: 'initial CSS gzip: console / floor',
      value: `${kB(initial.css.gzip)} / ${kB(floor.css.gzip)}`,
    },
    {
      figure: '  ratio',
      value: percent(cssRatio),
      budget: `≤ ${budgets.cssRatio}×`,
      pass: cssRatio <= budgets.cssRatio,
    },
    {
      figure: 'initial JS / CSS raw: console',
      value: `${kB(initial.js.raw)} / ${kB(initial.css.raw)}`,
    },
    { figure: 'all JS / CSS gzip: console', value: `${kB(totalJs.gzip)} / ${kB(totalCss.gzip)}` },
    {
      figure: 'mock code in the build',
      value: mockCode.length === 0 ? 'none' : `${mockCode.length} found`,
      budget: 'none',
      pass: mockCode.length === 0,
    },
    {
      figure: `first list render, median of ${RUNS}`,
      value: ms(median(firstRender)),
      budget: `≤ ${ms(budgets.firstListRenderMs)}`,
      pass: median(firstRender) <= budgets.firstListRenderMs,
    },
    { figure: '  runs', value: firstRender.map((value) => Math.round(value)).join(', ') },
    {
      figure: `search "${SEARCH_TERM}" → rows, median of ${RUNS}`,
      value: ms(median(search)),
    },
    { figure: '  runs', value: search.map((value) => Math.round(value)).join(', ') },
    ...(['render', 'toggle'] as const).map((phase) => ({
      figure: `matrix 100×10 ${phase === 'render' ? 'render' : 'column toggle'}, longest task`,
      value: ms(Math.max(...matrix[phase])),
      budget: `≤ ${ms(MATRIX_LONG_TASK_BUDGET_MS)}`,
      pass: Math.max(...matrix[phase]) <= MATRIX_LONG_TASK_BUDGET_MS,
    })),
  ];
  if (lighthouse) {
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const result = lighthouse[formFactor];
      for (const category of categories) {
        const budget = budgets.lighthouse[formFactor][category];
        rows.push({
          figure: `Lighthouse ${formFactor} ${category}, median of ${LIGHTHOUSE_RUNS}`,
          value: String(result.scores[category]),
          budget: `≥ ${budget}`,
          pass: result.scores[category] >= budget,
        });
      }
      rows.push({
        figure: `  ${formFactor} LCP / TBT`,
        value: `${ms(result.lcp)} / ${ms(result.tbt)}`,
      });
    }
  } else {
    rows.push({ figure: 'Lighthouse', value: 'skipped (BENCH_SKIP_LIGHTHOUSE=1)' });
  }
  const slowestQuery = listQueries.reduce((slowest, query) =>
    query.queryMs > slowest.queryMs ? query : slowest,
  );
  const slowestRoundTrip = Math.max(...listQueries.map((query) => query.roundTripMs));
  rows.push({
    figure: '100,000 Apps: slowest list query in the mock',
    value: `${slowestQuery.queryMs.toFixed(1)} ms`,
    budget: `≤ ${ms(budgets.listQueryMs)}`,
    pass: slowestQuery.queryMs <= budgets.listQueryMs,
  });
  rows.push({ figure: `  ${slowestQuery.query}`, value: '' });
  rows.push({
    figure: '  slowest HTTP round trip, any list query',
    value: `${slowestRoundTrip.toFixed(1)} ms`,
  });
  for (const action of actions) {
    const atLarge = large.paint[action];
    const atSmall = small.paint[action];
    const ratio = atLarge / atSmall;
    rows.push({
      figure: `${action}: response → paint, 12 / 100,000 Apps`,
      value: `${atSmall.toFixed(1)} / ${atLarge.toFixed(1)} ms`,
      budget: `≤ ${ms(budgets.paintMs)}`,
      pass: atLarge <= budgets.paintMs,
    });
    rows.push({
      figure: '  ratio',
      value: percent(ratio),
      budget: `≤ ${budgets.paintRatio}×`,
      pass: ratio <= budgets.paintRatio,
    });
    if (small.rowsChanged[action] + large.rowsChanged[action] > 0) {
      rows.push({
        figure: '  rows showing another App, 12 / 100,000',
        value: `${small.rowsChanged[action]} / ${large.rowsChanged[action]}`,
      });
    }
  }
  const longest = (tasks: number[]) => (tasks.length === 0 ? 0 : Math.max(...tasks));
  const allLarge = actions.flatMap((action) => large.longTasks[action]);
  rows.push({
    figure: 'longest task during the actions, 100,000 Apps',
    value: allLarge.length === 0 ? 'none over 50 ms' : ms(longest(allLarge)),
    budget: `≤ ${ms(budgets.longTaskMs)}`,
    pass: longest(allLarge) <= budgets.longTaskMs,
  });
  for (const action of actions) {
    const [atSmall, atLarge] = [small.longTasks[action], large.longTasks[action]];
    if (atSmall.length + atLarge.length === 0) continue;
    rows.push({
      figure: `  ${action}, 12 / 100,000 Apps`,
      value: `${atSmall.map(Math.round).join(', ') || '–'} / ${atLarge.map(Math.round).join(', ') || '–'} ms`,
    });
  }
  rows.push({
    figure: `100,000 Apps: heap growth over ${HEAP_PAGE_CHANGES} page changes`,
    value: bytes(heapGrowth),
    budget: `< ${kB(budgets.heapGrowthBytes)}`,
    pass: heapGrowth < budgets.heapGrowthBytes,
  });

  printTable(rows);
  console.log(
    '\nInitial: what index.html loads before anything else (scripts, module preloads,' +
      ' stylesheets, inline styles). Floor: tests/bench/floor, the same stack and nothing else.' +
      '\nFirst list render: navigation start → first frame with an App row (cold cache).' +
      '\nSearch: input event → first frame with only matching rows (includes the 300 ms debounce).' +
      `\nActions: end of the response → first frame showing the result, median of ${SCALE_RUNS};` +
      ' heap after forced GC.' +
      '\nMatrix: longest task (0 ms = none over 50 ms) while going from 25 to 100 Apps per page, and' +
      '\nwhile toggling a whole column of 100 Apps; worst of 3 runs.',
  );
  if (lighthouse) {
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const { failedAudits } = lighthouse[formFactor];
      if (failedAudits.length > 0) {
        console.log(`Lighthouse ${formFactor}, audits not passed: ${failedAudits.join('; ')}`);
      }
    }
  }
  for (const finding of mockCode) console.error(`Mock code: ${finding}`);

  const failed = rows.filter((row) => row.pass === false);
  if (failed.length > 0) {
    console.error(`\nFAILED: ${failed.length} budget(s) missed.`);
    return 1;
  }
  console.log('\nAll budgets met.');
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await stopAll();
  await rm(outDir, { recursive: true, force: true });
  await rm(floorOutDir, { recursive: true, force: true });
}
process.exit(exitCode);
