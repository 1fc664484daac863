import { defineConfig } from 'vitest/config';

// The conformance kit's own tests and the contract tools' tests: Node, real HTTP servers on
// loopback ports 6010–6099, no MSW in-process (the kit must meet the mock the way it meets a
// real backend).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/conformance/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at once: Prism's slow start overlaps the kit's runs (their ports differ).
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/conformance.json' }]],
  },
});
