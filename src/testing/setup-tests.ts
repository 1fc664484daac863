import '@testing-library/jest-dom/vitest';
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { sessionExpiry } from '../lib/session-expiry';
import { mockDb, server } from '../mocks/node';
import { checkFetchResponse } from './contract';
// Loaded lazily by the app; loaded here once, so no test waits for it on its first notification.
import '../app/overlays';

// The first render of a file loads the lazy drawer routes: on a busy 2-core machine that alone
// can take more than Testing Library's default 1 s for a `findBy…`.
configure({ asyncUtilTimeout: 5000 });

// Mantine's documented jsdom polyfills.
const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    // A wide desktop screen: min-width queries match (the App list is a table).
    matches: /min-width/.test(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Every response the mock backend gives (tests' own `server.use` overrides included) must conform
// to the API contract, so each integration test doubles as a contract test.
let contractChecks: Array<Promise<string | undefined>> = [];
server.events.on('response:mocked', ({ request, response }) => {
  const { method, url } = request;
  contractChecks.push(
    checkFetchResponse({ method, url }, response).then(
      (violations) =>
        violations.length === 0
          ? undefined
          : `${method} ${url} → ${response.status}:\n    - ${violations.join('\n    - ')}`,
      (error: unknown) =>
        `${method} ${url} → ${response.status}: could not be read: ${String(error)}`,
    ),
  );
});
async function takeContractViolations(): Promise<string[]> {
  const checks = contractChecks;
  contractChecks = [];
  return (await Promise.all(checks)).filter((violation) => violation !== undefined);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  contractChecks = [];
  mockDb.reset({ keepSettings: false });
  sessionExpiry.clear();
  // A React warning or any console.error is a bug: fail the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  const violations = await takeContractViolations();
  if (violations.length > 0) {
    throw new Error(
      `Mock responses broke the API contract (src/api/openapi.yaml):\n  ${violations.join('\n  ')}`,
    );
  }
});
afterAll(() => server.close());
