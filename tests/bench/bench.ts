/**
 * `npm run bench`: builds the production bundle, checks that it holds no mock code, prints its
 * size (raw and gzip) and measures it in headless Chromium under `vite preview` against the mock
 * API over HTTP: first list render (median of 5 cold loads) and search (median of 5).
 * Exits non-zero when mock code is found or a budget is exceeded. The e2e tests assert no times;
 * this script is the place for that.
 *
 * Ports: BENCH_MOCK_API_PORT (4410) and BENCH_PREVIEW_PORT (4473), clear of the e2e defaults.
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

const root = path.resolve(import.meta.dirname, '../..');
const mockApiPort = Number(process.env.BENCH_MOCK_API_PORT ?? 4410);
const previewPort = Number(process.env.BENCH_PREVIEW_PORT ?? 4473);
const outDirName = `dist-bench-${previewPort}`;
const outDir = path.join(root, outDirName);
const RUNS = 5;
const SEARCH_TERM = 'analytics';

// Measured floor of this stack (React + Mantine + Query + Router, see the toolchain notes):
// 144 kB JS and 10.8 kB CSS gzip. The budgets leave room for the features, not for regressions.
const budgets = {
  initialJsGzip: 210_000,
  initialCssGzip: 20_000,
  firstListRenderMs: 1500,
};

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

/** The scripts, module preloads and stylesheets that index.html loads before anything else. */
function initialAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) js.add(src!);
  for (const [tag] of html.matchAll(/<link[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="modulepreload"/.test(tag)) js.add(href);
    if (/\brel="stylesheet"/.test(tag)) css.add(href);
  }
  const toFile = (url: string) => path.join(outDir, url.replace(/^\//, ''));
  return { js: [...js].map(toFile), css: [...css].map(toFile) };
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

async function main(): Promise<number> {
  console.log(`Building the production bundle into ${outDirName}/ …`);
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

  const files = await listFiles(outDir);
  const assets = files.filter((file) => /\.(js|css)$/.test(file));
  const initial = initialAssets(await readFile(path.join(outDir, 'index.html'), 'utf8'));
  await Promise.all([...initial.js, ...initial.css].map((file) => stat(file)));
  const initialJs = await sizesOf(initial.js);
  const initialCss = await sizesOf(initial.css);
  const totalJs = await sizesOf(assets.filter((file) => file.endsWith('.js')));
  const totalCss = await sizesOf(assets.filter((file) => file.endsWith('.css')));
  const mockCode = await findMockCode(files);

  console.log('Starting the mock API and vite preview …');
  const mockApiOrigin = `http://127.0.0.1:${mockApiPort}`;
  const baseUrl = `http://localhost:${previewPort}`;
  await Promise.all([
    startServer(
      'mock API',
      `${mockApiOrigin}/api/v1/session`,
      'npx',
      ['tsx', 'src/mocks/http-server.ts'],
      { PORT: String(mockApiPort), HOST: '127.0.0.1' },
    ),
    startServer(
      'vite preview',
      baseUrl,
      'npx',
      ['vite', 'preview', '--outDir', outDirName, '--port', String(previewPort), '--strictPort'],
      { MOCK_API_ORIGIN: mockApiOrigin },
    ),
  ]);
  console.log(`Measuring ${RUNS} cold loads in headless Chromium …\n`);
  const { firstRender, search } = await measure(baseUrl);
  // After the list's figures: it adds Apps to the mock API, up to a page of 100.
  const matrix = await measureAccessMatrix(baseUrl, mockApiOrigin);

  const rows: Row[] = [
    { figure: 'build time', value: ms(buildMs) },
    {
      figure: 'initial JS (raw / gzip)',
      value: `${kB(initialJs.raw)} / ${kB(initialJs.gzip)}`,
      budget: `gzip ≤ ${kB(budgets.initialJsGzip)}`,
      pass: initialJs.gzip <= budgets.initialJsGzip,
    },
    {
      figure: 'initial CSS (raw / gzip)',
      value: `${kB(initialCss.raw)} / ${kB(initialCss.gzip)}`,
      budget: `gzip ≤ ${kB(budgets.initialCssGzip)}`,
      pass: initialCss.gzip <= budgets.initialCssGzip,
    },
    { figure: 'all JS (raw / gzip)', value: `${kB(totalJs.raw)} / ${kB(totalJs.gzip)}` },
    { figure: 'all CSS (raw / gzip)', value: `${kB(totalCss.raw)} / ${kB(totalCss.gzip)}` },
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
  printTable(rows);
  console.log(
    '\nFirst list render: navigation start → first frame with an App row (cold cache).' +
      '\nSearch: input event → first frame with only matching rows (includes the 300 ms debounce).' +
      '\nMatrix: longest task (0 ms = none over 50 ms) while going from 25 to 100 Apps per page, and' +
      '\nwhile toggling a whole column of 100 Apps; worst of 3 runs.',
  );
  for (const finding of mockCode) console.error(`Mock code: ${finding}`);

  const failed = rows.filter((row) => row.pass === false);
  if (failed.length > 0) {
    console.error(`\nFAILED: ${failed.map((row) => row.figure).join(', ')}`);
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
}
process.exit(exitCode);
