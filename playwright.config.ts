import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against built bundles (under `vite preview`, or nginx), not the dev server,
 * except for the one project that tests the dev server itself:
 * - `demo`: the demo build, whose backend is the MSW service worker in the page;
 * - `production`: the production build (no mock code), whose /api is proxied to the mock backend
 *   served over HTTP by `npm run mock-api`, as it would be to a real backend;
 * - `nginx`: the same production build served by nginx (`npm run serve`), as it is deployed;
 * - `dev-backend`: the dev server in `npm run dev:backend`'s mode, /api/ proxied to that mock.
 *
 * Every port comes from an env var, and each preview serves a build directory named after its
 * port, so two runs on different ports never share a server or overwrite each other's build.
 */
const isCI = Boolean(process.env.CI);
const mockApiPort = Number(process.env.MOCK_API_PORT ?? 4010);
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 4173);
const prodPort = Number(process.env.E2E_PROD_PORT ?? 4174);
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 4180);
const devBackendPort = Number(process.env.E2E_DEV_BACKEND_PORT ?? 4175);
const mockApiOrigin = `http://127.0.0.1:${mockApiPort}`;
/**
 * A second, plain 8x8 mock API (MOCK_BACKEND=plain-8x8: no capability beyond the 8x8 screens).
 * Only a Node process: the production tests send the production build's API calls to it with
 * `page.route`, so no second build is needed. Tests read its origin from the environment.
 */
const plainMockApiPort = Number(process.env.MOCK_API_PLAIN_PORT ?? mockApiPort + 1);
process.env.E2E_PLAIN_MOCK_API_ORIGIN = `http://127.0.0.1:${plainMockApiPort}`;
process.env.E2E_MOCK_API_ORIGIN = mockApiOrigin;
const demoOutDir = `dist-demo-e2e-${demoPort}`;
const prodOutDir = `dist-e2e-${prodPort}`;

/** Debian's Chromium where it is installed (Playwright cannot download browsers there). */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Shared with tests/bench/bench.ts, which launches the same browser by itself. */
export const chromiumLaunchOptions = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: chromiumArgs,
};

const serverTimeout = 180_000;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  // No retries by default: a test that passes only on a second try is a failure, not hidden.
  // E2E_RETRIES=1 opts in (to record a trace of a flaky test); the list then marks it "flaky".
  retries: Number(process.env.E2E_RETRIES ?? 0),
  workers: 2,
  // The JSON report feeds the one-line summary that .ci/run prints.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  // Prints the fault matrix of tests/e2e/production/fault-matrix.spec.ts with its pass count.
  globalTeardown: './tests/e2e/production/print-fault-matrix.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
    locale: 'en-US',
    timezoneId: 'UTC',
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'demo',
      testIgnore: ['production/**', 'nginx/**', 'dev-backend/**'],
      use: { baseURL: `http://localhost:${demoPort}` },
    },
    {
      name: 'production',
      testMatch: 'production/*.spec.ts',
      use: { baseURL: `http://localhost:${prodPort}` },
    },
    {
      // The production build served by nginx (`npm run serve`), as deployed.
      name: 'nginx',
      testMatch: 'nginx/*.spec.ts',
      use: { baseURL: `http://localhost:${nginxPort}` },
    },
    {
      // `npm run dev:backend`: the dev server with no mock in the page, /api/ proxied.
      name: 'dev-backend',
      testMatch: 'dev-backend/*.spec.ts',
      use: { baseURL: `http://localhost:${devBackendPort}` },
    },
  ],
  webServer: [
    {
      name: 'mock API',
      command: 'npx tsx src/mocks/http-server.ts',
      url: `${mockApiOrigin}/api/v1/session`,
      env: { PORT: String(mockApiPort), HOST: '127.0.0.1' },
      reuseExistingServer: false,
      timeout: serverTimeout,
      stdout: 'ignore',
    },
    {
      name: 'plain 8x8 mock API',
      command: 'npx tsx src/mocks/http-server.ts',
      url: `http://127.0.0.1:${plainMockApiPort}/api/v1/session`,
      env: { PORT: String(plainMockApiPort), HOST: '127.0.0.1', MOCK_BACKEND: 'plain-8x8' },
      reuseExistingServer: false,
      timeout: serverTimeout,
      stdout: 'ignore',
    },
    {
      name: 'demo preview',
      command: [
        `npx vite build --mode demo --outDir ${demoOutDir} --emptyOutDir --logLevel warn`,
        `npx vite preview --mode demo --outDir ${demoOutDir} --port ${demoPort} --strictPort`,
      ].join(' && '),
      url: `http://localhost:${demoPort}`,
      // The demo's backend is the service worker: send anything that escapes it to a closed
      // port rather than to a mock API, so a demo test cannot pass without the worker.
      env: { MOCK_API_ORIGIN: 'http://127.0.0.1:9' },
      reuseExistingServer: false,
      timeout: serverTimeout,
      stdout: 'ignore',
    },
    {
      name: 'production preview',
      command: [
        `npx vite build --outDir ${prodOutDir} --emptyOutDir --logLevel warn`,
        `npx vite preview --outDir ${prodOutDir} --port ${prodPort} --strictPort`,
      ].join(' && '),
      url: `http://localhost:${prodPort}`,
      // The build holds no sign-in URL; the mock's stand-in page is given the way an operator
      // would give one (served as config.json by vite.config.ts, as by `npm run serve`).
      env: { MOCK_API_ORIGIN: mockApiOrigin, SIGN_IN_URL: '/api/sign-in' },
      reuseExistingServer: false,
      timeout: serverTimeout,
      stdout: 'ignore',
    },
    {
      name: 'nginx',
      // Serves the production build that the preview server above has just made (web servers
      // start one after another, in this order), so it costs no second build.
      command: 'npm run serve',
      url: `http://localhost:${nginxPort}/api/v1/session`,
      env: {
        PORT: String(nginxPort),
        DIST_DIR: prodOutDir,
        API_UPSTREAM: mockApiOrigin,
        SIGN_IN_URL: '/api/sign-in',
        ACCESS_LOG: 'off',
      },
      reuseExistingServer: false,
      timeout: serverTimeout,
      // SIGTERM, so that serve.ts stops nginx and removes its runtime directory.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
    {
      name: 'dev server against the HTTP backend',
      command: `npx vite --mode backend --port ${devBackendPort} --strictPort`,
      url: `http://localhost:${devBackendPort}/api/v1/session`,
      env: { API_PROXY_TARGET: mockApiOrigin },
      reuseExistingServer: false,
      timeout: serverTimeout,
      stdout: 'ignore',
    },
  ],
});
