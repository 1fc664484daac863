/**
 * What a `config.json` value may be, checked where it is read (the console's entry, runtime-
 * config.ts) and where it is written (`npm run serve`, src/server/). Imports nothing, so that Node
 * can run it too: runtime-config.ts reads the build's `import.meta.env`, which only Vite provides.
 * It runs before every production start, so it is kept to the checks: the words for a problem are
 * in config-problems.ts, loaded only when there is one.
 */

export interface RuntimeConfig {
  /** Base URL of the backend API: a path on the console's origin, or an https:// URL. */
  apiBaseUrl: string;
  /** The sign-in page opened when the session has expired, or null to rely on the backend's 401. */
  signInUrl: string | null;
}

export type RuntimeConfigKey = keyof RuntimeConfig;

export const RUNTIME_CONFIG_KEYS: readonly RuntimeConfigKey[] = ['apiBaseUrl', 'signInUrl'];

/** Which rule a URL breaks: not a path or https:; http: away from a loopback host; credentials. */
export type UrlRule = 'url' | 'http' | 'credentials';

/** What is wrong with a config.json; `describeConfigProblem` (config-problems.ts) says it. */
export type ConfigProblem =
  | { rule: UrlRule; key: RuntimeConfigKey; value: unknown }
  | { rule: 'unknown-key'; key: string }
  | { rule: 'object' }
  | { rule: 'unreadable'; detail: string };

/** localhost, 127.0.0.0/8 and ::1: where plain http cannot be read or changed by the network. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|.+\.localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(hostname);
}

const PLACEHOLDER = 'https://console.invalid';

/**
 * The rule `value` breaks as a URL, or undefined. A path must start with one "/" (a relative
 * "api/v1" would resolve against the client route, e.g. /api-keys/api/v1) and stay on the
 * console's origin (the browser reads "//host" and "/\host" as another origin). An absolute URL
 * must be https:, or http: only when the page itself is on a loopback host (local development):
 * never javascript:, data: or any other scheme, and never with a user name or password in it.
 * `pageHostname` null (the server, which cannot know the page's host) accepts http: URLs.
 */
export function urlProblem(value: unknown, pageHostname: string | null): UrlRule | undefined {
  if (typeof value !== 'string') return 'url';
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text, PLACEHOLDER);
  } catch {
    return 'url';
  }
  if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
    return text[0] === '/' && url.origin === PLACEHOLDER ? undefined : 'url';
  }
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return 'url';
  return pageHostname === null || isLoopbackHost(pageHostname) ? undefined : 'http';
}

export type RuntimeConfigResult =
  { ok: true; config: RuntimeConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Checks a parsed `config.json`: an object whose known keys hold valid values (`signInUrl` may be
 * null: no sign-in page); a missing key keeps its default; an unknown key is refused, since it is
 * most likely a misspelt one (e.g. `signInURL`) that would otherwise be ignored without a word.
 */
export function validateRuntimeConfig(
  value: unknown,
  defaults: RuntimeConfig,
  pageHostname: string | null,
): RuntimeConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ rule: 'object' }] };
  }
  const config: Record<string, unknown> = { ...defaults };
  const problems: ConfigProblem[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (!(RUNTIME_CONFIG_KEYS as readonly string[]).includes(key)) {
      problems.push({ rule: 'unknown-key', key });
    } else if (field === null && key === 'signInUrl') {
      config[key] = null;
    } else {
      const rule = urlProblem(field, pageHostname);
      if (rule) problems.push({ rule, key: key as RuntimeConfigKey, value: field });
      else config[key] = (field as string).trim();
    }
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, config: config as unknown as RuntimeConfig };
}
