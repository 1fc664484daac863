// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMocks, noApp] }] },
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
  // No import cycles in src (issue #15). import-x follows value imports only: a cycle made of
  // `import type` alone is not reported (src/mocks/layers.test.ts checks those in src/mocks).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
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
    files: ['tests/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['src/mocks/http-server.ts', 'tests/bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
