import { env } from './env';
import {
  validateRuntimeConfig,
  type RuntimeConfig,
  type RuntimeConfigResult,
} from './runtime-config-rules';

/**
 * What a deployment chooses without rebuilding: one production build runs against any backend.
 * Read at start from `config.json` next to index.html (which preloads it, so this adds no request
 * to the critical path). An absent file (404) keeps the build-time defaults; a file that cannot be
 * used (unreadable, not JSON, an invalid value) stops the start with a message naming the key and
 * the rule, before any API request (see main.tsx and config-error-page.ts): a console quietly
 * talking to the wrong backend, or opening a `javascript:` sign-in URL, is worse than none.
 */
export type { RuntimeConfig } from './runtime-config-rules';

export const RUNTIME_CONFIG_PATH = 'config.json';

let current: RuntimeConfig = { apiBaseUrl: env.apiBaseUrl, signInUrl: env.signInUrl };

export function runtimeConfig(): Readonly<RuntimeConfig> {
  return current;
}

/**
 * Loads `config.json` once at start. The request matches index.html's
 * `<link rel="preload" as="fetch" crossorigin>` (same URL, CORS mode, same-origin credentials),
 * so the browser hands over the preloaded answer instead of fetching again.
 */
export async function loadRuntimeConfig(
  url = `${import.meta.env.BASE_URL}${RUNTIME_CONFIG_PATH}`,
): Promise<RuntimeConfigResult> {
  let parsed: unknown;
  try {
    const response = await fetch(url);
    // No file: the build-time defaults are the configuration.
    if (response.status === 404) return { ok: true, config: current };
    if (!response.ok) return unreadable(`HTTP ${response.status}`);
    parsed = JSON.parse(await response.text());
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
  const result = validateRuntimeConfig(parsed, current, window.location.hostname);
  if (result.ok) current = result.config;
  return result;
}

function unreadable(detail: string): RuntimeConfigResult {
  return { ok: false, problems: [{ rule: 'unreadable', detail }] };
}

/** For tests: replaces the configuration. */
export function setRuntimeConfig(config: Partial<RuntimeConfig>): void {
  current = { ...current, ...config };
}
