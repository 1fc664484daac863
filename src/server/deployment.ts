/**
 * What a deployment is made of, computed from the environment, in one place for both servers of
 * the production build: nginx (`npm run serve`, serve.ts) and `vite preview` (vite.config.ts).
 * Pure (no file or process access), so it is unit-tested and both servers cannot drift apart.
 */
import { describeConfigProblem } from '../config/config-problems.ts';
import {
  RUNTIME_CONFIG_KEYS,
  urlProblem,
  validateRuntimeConfig,
  type RuntimeConfig,
  type RuntimeConfigKey,
} from '../config/runtime-config-rules.ts';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from '../config/security-headers.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** The variable that sets a config.json key: apiBaseUrl → API_BASE_URL. */
export function envName(key: RuntimeConfigKey): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}

/** The config.json values the environment sets (an empty variable sets nothing), or problems. */
export function runtimeConfigFromEnv(env: Env): {
  values: Partial<RuntimeConfig>;
  problems: string[];
} {
  const values: Partial<RuntimeConfig> = {};
  const problems: string[] = [];
  for (const key of RUNTIME_CONFIG_KEYS) {
    const value = env[envName(key)]?.trim();
    if (!value) continue;
    // The server cannot know the page's host, so http: is left to the page's own check.
    const rule = urlProblem(value, null);
    if (rule) problems.push(`${envName(key)}: ${describeConfigProblem({ rule, key, value })}`);
    else values[key] = value;
  }
  return { values, problems };
}

/**
 * The config.json to serve: the build's file (`fromBuild`, the parsed dist/config.json, or
 * undefined when there is none; `buildFile` names it in messages) with the environment's values
 * over it. `generated` is false when the environment sets nothing, so the build's file is served
 * as it is. Either way it is checked now, so that a bad value stops the server with a message
 * rather than every admin's console.
 */
export function deploymentConfig(
  env: Env,
  fromBuild: unknown,
  buildFile = 'dist/config.json',
): { config: Partial<RuntimeConfig>; generated: boolean; problems: string[] } {
  const { values, problems } = runtimeConfigFromEnv(env);
  const base =
    typeof fromBuild === 'object' && fromBuild !== null
      ? (fromBuild as Partial<RuntimeConfig>)
      : {};
  if (fromBuild !== undefined) {
    // The build's file as the console would read it (any default will do: only problems count).
    const checked = validateRuntimeConfig(
      { ...fromBuild, ...values },
      { apiBaseUrl: '/', signInUrl: null },
      null,
    );
    if (!checked.ok) {
      problems.push(
        ...checked.problems.map(
          (problem) =>
            `${buildFile}: ${describeConfigProblem(problem).replace(/^config\.json:? /, '')}`,
        ),
      );
    }
  }
  return { config: { ...base, ...values }, generated: Object.keys(values).length > 0, problems };
}

/** Origins the console's API calls go to beyond its own (for CSP connect-src). */
export function apiOrigins(config: Partial<RuntimeConfig>): string[] {
  const base = config.apiBaseUrl;
  return base && /^https?:/i.test(base) ? [new URL(base).origin] : [];
}

/** Characters nginx would read as syntax (variables, quote ends, escapes) in a quoted value. */
const NGINX_UNSAFE = /["$\\\n\r]/;

function nginxQuoted(value: string): string {
  if (NGINX_UNSAFE.test(value))
    throw new Error(`Cannot put ${JSON.stringify(value)} into nginx.conf`);
  return `"${value}"`;
}

/**
 * The add_header lines for `securityHeaders(origins)`, exactly: `always`, so that error pages
 * carry them too. HSTS is added only over HTTPS (see the template's $strict_transport_security).
 */
export function nginxSecurityHeaderLines(origins: readonly string[]): string[] {
  return [
    ...Object.entries(securityHeaders(origins)).map(
      ([name, value]) => `add_header ${name} ${nginxQuoted(value)} always;`,
    ),
    'add_header Strict-Transport-Security $strict_transport_security always;',
  ];
}

export interface NginxSettings {
  port: number;
  distDir: string;
  apiUpstream: string;
  runtimeDir: string;
  /** Where /config.json is read from: the runtime dir when generated, else distDir. */
  configRoot: string;
  apiOrigins: readonly string[];
  /** `user name group;` when nginx starts as root, else nothing (the directive needs root). */
  user: { name: string; group: string } | null;
  accessLog: string;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a port number (1–65535); got ${value}`);
  }
  return port;
}

/** An http(s) origin, since the request's path is passed on unchanged. */
export function parseUpstream(value: string | undefined, fallback: string): string {
  const text = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`API_UPSTREAM must be a URL like http://127.0.0.1:4010; got ${text}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.username) {
    throw new Error(
      `API_UPSTREAM must be an http:// or https:// origin with no path, like http://127.0.0.1:4010; got ${text}`,
    );
  }
  return url.origin;
}

/** Fills in the template's {{NAME}} placeholders; an unknown one is an error. */
export function buildNginxConfig(template: string, settings: NginxSettings): string {
  const headerLines = nginxSecurityHeaderLines(settings.apiOrigins);
  // Values that stand bare in the file: a space or nginx syntax in them would break it, or worse,
  // change its meaning, so they are refused rather than escaped.
  const bare: Record<string, string> = {
    RUNTIME_DIR: settings.runtimeDir,
    DIST_DIR: settings.distDir,
    CONFIG_ROOT: settings.configRoot,
    PORT: String(settings.port),
    API_UPSTREAM: settings.apiUpstream,
    ACCESS_LOG: settings.accessLog,
  };
  const user = settings.user ? `user ${settings.user.name} ${settings.user.group};` : '';
  return template
    .replace(/^([ \t]*)\{\{SECURITY_HEADERS\}\}[ \t]*$/gm, (_, indent: string) =>
      headerLines.map((line) => `${indent}${line}`).join('\n'),
    )
    .replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      if (name === 'USER_DIRECTIVE') return user;
      if (name === 'STRICT_TRANSPORT_SECURITY') return STRICT_TRANSPORT_SECURITY;
      const value = bare[name];
      if (value === undefined) throw new Error(`nginx.conf.template: unknown {{${name}}}`);
      if (/[\s;{}"'$#\\]/.test(value)) {
        throw new Error(`${name} cannot be used in nginx.conf: ${JSON.stringify(value)}`);
      }
      return value;
    });
}
