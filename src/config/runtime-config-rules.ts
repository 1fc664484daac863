/**
 * What a `config.json` value may be, checked where it is read (the console's entry, runtime-
 * config.ts) and where it is written (`npm run serve`, src/server/). Imports nothing, so that Node
 * can run it too: runtime-config.ts itself reads the build's `import.meta.env`, which only Vite
 * provides. Kept tiny: it runs before the first render of every production start.
 */

export interface RuntimeConfig {
  /** Base URL of the backend API: a path on the console's origin, or an https:// URL. */
  apiBaseUrl: string;
  /** The sign-in page opened when the session has expired, or null to rely on the backend's 401. */
  signInUrl: string | null;
}

export type RuntimeConfigKey = keyof RuntimeConfig;

export const RUNTIME_CONFIG_KEYS: readonly RuntimeConfigKey[] = ['apiBaseUrl', 'signInUrl'];

const EXAMPLES: Record<RuntimeConfigKey, string> = {
  apiBaseUrl: '/api/v1',
  signInUrl: '/sign-in',
};

/** localhost, 127.0.0.0/8 and ::1: where plain http cannot be read or changed by the network. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/** Chars of a rejected value shown in the message: enough to recognise it, not a wall of text. */
const SHOWN = 120;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '') return 'an empty string';
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/**
 * Why `value` is not a usable URL for `key`, or undefined when it is. A path must start with one
 * "/" (a relative "api/v1" would resolve against the client route, e.g. /api-keys/api/v1) and
 * stay on the console's origin ("//host" or "/\host" would leave it). An absolute URL must be
 * https:, or http: only when the page itself is on a loopback host (local development); never
 * javascript:, data: or any other scheme, and never with a user name or password in it.
 * `pageHostname` null (the server, which cannot know the page's host) accepts http: URLs.
 */
export function urlProblem(
  key: RuntimeConfigKey,
  value: unknown,
  pageHostname: string | null,
): string | undefined {
  const rule = `config.json: ${key} must be a path like ${EXAMPLES[key]} or an https:// URL`;
  const bad = `${rule}; got ${shown(value)}`;
  if (typeof value !== 'string') return bad;
  const text = value.trim();
  if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
    // Resolved the way the browser would: "//host" and "/\host" name another origin.
    const placeholder = 'https://console.invalid';
    return text.startsWith('/') && new URL(text, placeholder).origin === placeholder
      ? undefined
      : bad;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad;
  }
  if (url.username || url.password) {
    return `config.json: ${key} must not hold a user name or password; got ${url.origin}`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return bad;
  if (pageHostname === null || isLoopbackHost(pageHostname)) return undefined;
  return `${rule} (http:// only when the console itself is on localhost); got ${shown(value)}`;
}

export type RuntimeConfigResult =
  { ok: true; config: RuntimeConfig } | { ok: false; problems: string[] };

/**
 * Checks a parsed `config.json`: an object whose known keys hold valid values; a missing key
 * keeps its default; an unknown key is refused, since it is most likely a misspelt one (e.g.
 * `signInURL`) that would otherwise be ignored without a word.
 */
export function validateRuntimeConfig(
  value: unknown,
  defaults: RuntimeConfig,
  pageHostname: string | null,
): RuntimeConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: ['config.json must hold a JSON object, like {"apiBaseUrl": "/api/v1"}'],
    };
  }
  const raw = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!(RUNTIME_CONFIG_KEYS as readonly string[]).includes(key)) {
      problems.push(
        `config.json: unknown key ${shown(key)} (the keys are ${RUNTIME_CONFIG_KEYS.join(', ')})`,
      );
    }
  }
  const config = { ...defaults };
  if ('apiBaseUrl' in raw) {
    const problem = urlProblem('apiBaseUrl', raw.apiBaseUrl, pageHostname);
    if (problem) problems.push(problem);
    else config.apiBaseUrl = String(raw.apiBaseUrl).trim();
  }
  // null says "no sign-in page" explicitly.
  if ('signInUrl' in raw && raw.signInUrl !== null) {
    const problem = urlProblem('signInUrl', raw.signInUrl, pageHostname);
    if (problem) problems.push(problem);
    else config.signInUrl = String(raw.signInUrl).trim();
  } else if ('signInUrl' in raw) {
    config.signInUrl = null;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
