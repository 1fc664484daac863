// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import vitest from '@vitest/eslint-plugin';
import checkFile from 'eslint-plugin-check-file';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: app → features → shared (components, lib, config, api). The mock
 * backend (src/mocks) is reached only through main.tsx's dynamic import behind the demo flag.
 */
const noMocks = {
  group: ['**/mocks/**'],
  message: 'The app reaches the mock backend only via main.tsx.',
};
const noApp = {
  group: ['**/app/**'],
  message: 'Features and shared code must not import from src/app.',
};
const noFeatures = {
  group: ['**/features/**'],
  message: 'Shared code must not import from features.',
};
/**
 * The mock backend's layers (src/mocks/README.md): model ← store ← handlers ← hosts. Relative
 * paths only, so that a package such as `msw/node` is not mistaken for the Node host.
 */
const mockLayerAbove = (layers, below) => ({
  group: layers.flatMap((layer) => [`../${layer}`, `../${layer}/**`, `**/mocks/${layer}/**`]),
  message: `The mock backend's ${below} may import only what lies below it (src/mocks/README.md).`,
});
const mockHosts = ['node', 'browser', 'http-server', 'demo'];

/**
 * Features are rooms with doors: a feature may import another feature's public API (its `api/`
 * folder: fetchers, query options, mutation hooks, types) and nothing else of it. Its components
 * and hooks are put together with other features' only by the route modules in src/app/routes.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}/**`,
  from: `./src/features/!(${feature})/**`,
  except: ['**/src/features/*/api/**'],
  message: `A feature imports only another feature's api/; compose components in src/app/routes.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      'src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    // Query options come from each feature's factory (appQueries, lifecycleQueries…), whose keys
    // say every input of the query: no query is written inline at its call site. (The demo
    // controls of src/mocks reset the console's lists without importing the console.)
    files: ['src/{app,features,components,lib}/**/*.{ts,tsx}'],
    rules: { '@tanstack/query/prefer-query-options': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      // import-x follows value imports only: a cycle made of `import type` alone is not
      // reported (src/mocks/layers.test.ts checks those in src/mocks).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // Files are kebab-case (app-details-drawer.tsx, use-app-draft.ts), as are folders.
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noMocks, noApp] }],
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMocks] }] },
  },
  {
    files: ['src/{components,lib,config,api}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMocks, noApp, noFeatures] }] },
  },
  {
    files: ['src/mocks/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp, noFeatures] }] },
  },
  {
    files: ['src/mocks/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noApp,
            noFeatures,
            mockLayerAbove(['store', 'handlers', ...mockHosts], 'model'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/mocks/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noApp, noFeatures, mockLayerAbove(['handlers', ...mockHosts], 'store')] },
      ],
    },
  },
  {
    files: ['src/mocks/handlers/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noApp, noFeatures, mockLayerAbove(mockHosts, 'handlers')] },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      // An expect without a matcher (or an unawaited async one) asserts nothing.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    // The conformance kit and its tests are Node and Vitest, not Playwright.
    ignores: ['tests/conformance/**'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['src/mocks/http-server.ts', 'tests/bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
