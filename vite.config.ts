/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { securityHeaders } from './src/config/security-headers.ts';
import { apiOrigins, deploymentConfig, runtimeConfigFromEnv } from './src/server/deployment.ts';
import { devBackendProxy } from './src/server/dev-backend-proxy.ts';

/**
 * `public/` must hold MSW's worker script for the demo, but a production build must contain no
 * mock code at all, so the script is removed from the output unless the build is a demo build.
 */
function dropMockWorkerFromProductionBuild(isDemo: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker-from-production-build',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!isDemo) await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The first screen's stylesheet must not hold back the first paint: index.html draws the frame
 * and heading with its inline styles meanwhile. So the build preloads it (fetched at once, at
 * high priority, without blocking rendering) instead of linking it, and main.tsx applies it and
 * waits for it before React renders anything (see applyFirstScreenStyles).
 */
function firstScreenStylesDoNotBlockPaint(): Plugin {
  return {
    name: 'first-screen-styles-do-not-block-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g,
          '<link rel="preload" as="style" crossorigin href="$1" data-first-screen-styles>',
        ),
    },
  };
}

/**
 * `vite preview` serves config.json the way `npm run serve` does (src/server/deployment.ts): the
 * build's file, with API_BASE_URL / SIGN_IN_URL over it when they are set. So the e2e tests give
 * the sign-in URL by environment, and no build has to carry one.
 */
function previewRuntimeConfig(): Plugin {
  let outDir = 'dist';
  return {
    name: 'preview-runtime-config',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      const file = path.join(outDir, 'config.json');
      const deployment = deploymentConfig(
        process.env,
        existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined,
        file,
      );
      if (deployment.problems.length > 0) throw new Error(deployment.problems.join('; '));
      if (!deployment.generated) return;
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/config.json') return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(JSON.stringify(deployment.config));
      });
    },
  };
}

export default defineConfig(({ command, mode, isPreview }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const isDemo = env.VITE_DEMO === 'true';
  // The mock backend served over HTTP (`npm run mock-api`), for a production build under preview.
  const mockApiOrigin = process.env.MOCK_API_ORIGIN ?? 'http://127.0.0.1:4010';
  // Under preview, API_BASE_URL on another origin goes into connect-src, as with `npm run serve`.
  const fromEnv = isPreview ? runtimeConfigFromEnv(process.env) : { values: {}, problems: [] };
  if (fromEnv.problems.length > 0) throw new Error(fromEnv.problems.join('; '));

  return {
    plugins: [
      react(),
      dropMockWorkerFromProductionBuild(isDemo),
      firstScreenStylesDoNotBlockPaint(),
      previewRuntimeConfig(),
    ],
    resolve: {
      // react-router's package exports only its development build (warnings, dev checks);
      // builds use its production build, which it ships beside it.
      alias:
        command === 'build'
          ? [
              {
                find: /^react-router$/,
                replacement: path.resolve('node_modules/react-router/dist/production/index.mjs'),
              },
            ]
          : [],
    },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      sourcemap: false,
      // Every browser the console supports preloads modules natively (Safari since 17); the
      // polyfill would be dead weight in the first load.
      modulePreload: { polyfill: false },
    },
    server: {
      port: 5173,
      strictPort: true,
      // `npm run dev:backend` (mode "backend", .env.backend): no mock in the page, a real API.
      ...(mode === 'backend' ? { proxy: devBackendProxy(process.env.API_PROXY_TARGET) } : {}),
    },
    preview: {
      port: 4173,
      strictPort: true,
      // What production serves (src/config/README.md), so e2e tests run under them. Not on
      // the dev server, whose React refresh needs an inline script.
      headers: securityHeaders(apiOrigins(fromEnv.values)),
      // '^/api/', not '/api': a prefix key would also proxy the page URL /api-keys.
      proxy: { '^/api/': { target: mockApiOrigin, changeOrigin: true } },
    },
    test: {
      environment: 'jsdom',
      globals: false,
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
      // The JSON report feeds the one-line summary that .ci/run prints.
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
      env: { VITE_API_BASE_URL: 'http://localhost/api/v1', VITE_DEMO: 'false' },
    },
  };
});
