import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';

/**
 * `npm run readme:screenshots`: regenerates the README's screenshots (tests/readme/*.png) from the
 * demo build, at a desktop size, in the light colour scheme. Not part of `npm test`.
 * The port comes from README_SCREENSHOT_PORT (default 4475).
 */
const port = Number(process.env.README_SCREENSHOT_PORT ?? 4475);
const outDir = `dist-readme-${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: 'readme-screenshots.ts',
  workers: 1,
  reporter: 'list',
  outputDir: '../../test-results/readme-artifacts',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  webServer: {
    command: [
      `npx vite build --mode demo --outDir ${outDir} --emptyOutDir --logLevel warn`,
      `npx vite preview --mode demo --outDir ${outDir} --port ${port} --strictPort`,
    ].join(' && '),
    cwd: path.resolve(import.meta.dirname, '../..'),
    url: `http://localhost:${port}`,
    env: { MOCK_API_ORIGIN: 'http://127.0.0.1:9' },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
