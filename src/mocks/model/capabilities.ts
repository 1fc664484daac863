import type { components } from '../../api/schema';

export type Capability = components['schemas']['Capability'];

/** Everything the full mock backend offers beyond the 8x8 screens. */
export const allCapabilities: readonly Capability[] = [
  'rotation',
  'expiry',
  'usage',
  'activity',
  'attention-filters',
  'quickstart',
  'credential-test',
  'access-matrix',
];

/** How the mock backend behaves as a server; the same for the demo worker, Vitest and HTTP. */
export interface MockBackendOptions {
  /** The optional features it advertises (and answers); none makes it a plain 8x8 backend. */
  capabilities: readonly Capability[];
}

export const fullBackend: MockBackendOptions = { capabilities: allCapabilities };
export const plainBackend: MockBackendOptions = { capabilities: [] };

/**
 * `MOCK_BACKEND=plain-8x8` starts `npm run mock-api` as a backend with none of the features
 * beyond the 8x8 screens, to check that the console then shows exactly those screens.
 */
export function backendOptionsFromEnv(value: string | undefined): MockBackendOptions {
  if (value === undefined || value === '' || value === 'full') return fullBackend;
  if (value === 'plain-8x8') return plainBackend;
  throw new Error(`MOCK_BACKEND is "full" or "plain-8x8", not "${value}".`);
}
