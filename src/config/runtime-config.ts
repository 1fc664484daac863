import { env } from './env';

/**
 * What a deployment chooses without rebuilding: one production build runs against any backend.
 * Read at start from `config.json` next to index.html (which preloads it, so this adds no request
 * to the critical path); anything missing or unreadable falls back to the build-time defaults.
 */
export interface RuntimeConfig {
  /** Base URL of the backend API, relative to the page or absolute. */
  apiBaseUrl: string;
  /** The sign-in page opened when the session has expired, or null to rely on the backend's 401. */
  signInUrl: string | null;
}

export const RUNTIME_CONFIG_PATH = 'config.json';

let current: RuntimeConfig = { apiBaseUrl: env.apiBaseUrl, signInUrl: env.signInUrl };

export function runtimeConfig(): Readonly<RuntimeConfig> {
  return current;
}

/** Keeps only well-formed values of a parsed config file. */
export function parseRuntimeConfig(value: unknown, defaults: RuntimeConfig): RuntimeConfig {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (field: unknown) =>
    typeof field === 'string' && field.trim() !== '' ? field.trim() : undefined;
  return {
    apiBaseUrl: text(raw.apiBaseUrl) ?? defaults.apiBaseUrl,
    signInUrl: text(raw.signInUrl) ?? defaults.signInUrl,
  };
}

/**
 * Loads `config.json` once at start. The request matches index.html's
 * `<link rel="preload" as="fetch" crossorigin>` (same URL, CORS mode, same-origin credentials),
 * so the browser hands over the preloaded answer instead of fetching again.
 */
export async function loadRuntimeConfig(
  url = `${import.meta.env.BASE_URL}${RUNTIME_CONFIG_PATH}`,
): Promise<RuntimeConfig> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    current = parseRuntimeConfig(await response.json(), current);
  } catch (error) {
    // The build-time defaults still give a working console against the usual /api/v1.
    console.warn(`Runtime configuration not loaded, using the build defaults: ${String(error)}`);
  }
  return current;
}

/** For tests: replaces the configuration. */
export function setRuntimeConfig(config: Partial<RuntimeConfig>): void {
  current = { ...current, ...config };
}
