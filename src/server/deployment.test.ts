import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from '../config/security-headers';
import {
  apiOrigins,
  deploymentConfig,
  envName,
  nginxSecurityHeaderLines,
  parsePort,
  parseUpstream,
  buildNginxConfig,
  runtimeConfigFromEnv,
  type NginxSettings,
} from './deployment';

const template = readFileSync(path.resolve('nginx.conf.template'), 'utf8');

const settings: NginxSettings = {
  port: 8080,
  distDir: '/srv/console/dist',
  apiUpstream: 'http://127.0.0.1:4010',
  runtimeDir: '/tmp/console-nginx',
  configRoot: '/tmp/console-nginx',
  apiOrigins: [],
  user: null,
  accessLog: '/dev/stdout',
};

/**
 * The headers each `location` block of a rendered file adds, read back the way nginx would: in
 * order and each line on its own, so that a header added twice shows as twice.
 */
function headersByLocation(conf: string): Map<string, Array<[string, string]>> {
  const blocks = new Map<string, Array<[string, string]>>();
  for (const match of conf.matchAll(/^\s*location ([^{]+)\{([^}]*)\}/gm)) {
    const headers = [...match[2]!.matchAll(/^\s*add_header (\S+) "([^"]*)"(?: always)?;/gm)].map(
      (line): [string, string] => [line[1]!, line[2]!],
    );
    blocks.set(match[1]!.trim(), headers);
  }
  return blocks;
}

function withoutCacheControl(headers: Array<[string, string]> = []) {
  return headers.filter(([name]) => name !== 'Cache-Control');
}

function cacheControl(headers: Array<[string, string]> = []) {
  return headers.filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
}

describe('the nginx configuration', () => {
  it('sends exactly securityHeaders() from every location that serves the build', () => {
    const locations = headersByLocation(buildNginxConfig(template, settings));
    expect([...locations.keys()]).toEqual([
      '^~ /api/',
      '^~ /assets/',
      '= /config.json',
      '~* \\.(?:js|mjs|css|map|json|webmanifest|svg|png|jpe?g|webp|ico|woff2?|txt)$',
      '= /index.html',
      '/',
    ]);
    for (const [location, headers] of locations) {
      // The backend's answers carry the backend's headers.
      if (location === '^~ /api/') expect(headers).toEqual([]);
      else
        expect(withoutCacheControl(headers), location).toEqual(Object.entries(securityHeaders()));
    }
  });

  it('adds another API origin to connect-src', () => {
    const conf = buildNginxConfig(template, {
      ...settings,
      apiOrigins: apiOrigins({ apiBaseUrl: 'https://api.example.com/v1' }),
    });
    for (const [location, headers] of headersByLocation(conf)) {
      if (location === '^~ /api/') continue;
      expect(withoutCacheControl(headers)).toEqual(
        Object.entries(securityHeaders(['https://api.example.com'])),
      );
    }
    expect(securityHeaders(['https://api.example.com'])['Content-Security-Policy']).toContain(
      "connect-src 'self' https://api.example.com;",
    );
  });

  it('caches hashed assets for good and revalidates the page and config.json', () => {
    const locations = headersByLocation(buildNginxConfig(template, settings));
    expect(cacheControl(locations.get('^~ /assets/'))).toEqual([
      'public, max-age=31536000, immutable',
    ]);
    expect(cacheControl(locations.get('= /index.html'))).toEqual(['no-cache']);
    expect(cacheControl(locations.get('/'))).toEqual(['no-cache']);
    expect(cacheControl(locations.get('= /config.json'))).toEqual(['no-cache']);
  });

  it('sends HSTS from the same variable everywhere, set only for https', () => {
    const conf = buildNginxConfig(template, settings);
    expect(conf).toContain(`"~^https:" "${STRICT_TRANSPORT_SECURITY}";`);
    expect(
      conf.match(/add_header Strict-Transport-Security \$strict_transport_security always;/g),
    ).toHaveLength(5);
    expect(nginxSecurityHeaderLines([])).toHaveLength(Object.keys(securityHeaders()).length + 1);
  });

  it('fills in every placeholder and the user only when given', () => {
    const conf = buildNginxConfig(template, settings);
    expect(conf).not.toMatch(/\{\{/);
    expect(conf).toContain('listen 8080;');
    expect(conf).toContain('root /srv/console/dist;');
    expect(conf).toContain('proxy_pass http://127.0.0.1:4010;');
    expect(conf).not.toMatch(/^user /m);
    expect(
      buildNginxConfig(template, { ...settings, user: { name: 'www-data', group: 'www-data' } }),
    ).toMatch(/^user www-data www-data;$/m);
  });

  it.each([
    ['distDir', '/srv/my console/dist'],
    ['distDir', '/srv/x; include /etc/shadow'],
    ['runtimeDir', '/tmp/$host'],
  ])('refuses a %s that would change the file: %j', (field, value) => {
    expect(() => buildNginxConfig(template, { ...settings, [field]: value })).toThrow(
      /cannot be used in nginx.conf/,
    );
  });

  it('refuses an unknown placeholder', () => {
    expect(() => buildNginxConfig('listen {{PROT}};', settings)).toThrow(
      'nginx.conf.template: unknown {{PROT}}',
    );
  });
});

describe('the runtime configuration from the environment', () => {
  it('names each key’s variable', () => {
    expect(envName('apiBaseUrl')).toBe('API_BASE_URL');
    expect(envName('signInUrl')).toBe('SIGN_IN_URL');
  });

  it('takes the set variables and ignores empty ones', () => {
    expect(
      runtimeConfigFromEnv({ API_BASE_URL: 'https://api.example.com/v1', SIGN_IN_URL: '' }),
    ).toEqual({ values: { apiBaseUrl: 'https://api.example.com/v1' }, problems: [] });
  });

  it('refuses a bad value, naming the variable and the rule', () => {
    expect(runtimeConfigFromEnv({ SIGN_IN_URL: 'javascript:alert(1)' }).problems).toEqual([
      'SIGN_IN_URL: config.json: signInUrl must be a path like /sign-in or an https:// URL; got javascript:alert(1)',
    ]);
  });

  it('lays the environment over the build’s file, and serves that file as is otherwise', () => {
    expect(deploymentConfig({ SIGN_IN_URL: '/sso' }, { apiBaseUrl: '/api/v1' })).toEqual({
      config: { apiBaseUrl: '/api/v1', signInUrl: '/sso' },
      generated: true,
      problems: [],
    });
    expect(deploymentConfig({}, { apiBaseUrl: '/api/v1' })).toEqual({
      config: { apiBaseUrl: '/api/v1' },
      generated: false,
      problems: [],
    });
    expect(deploymentConfig({}, undefined)).toEqual({ config: {}, generated: false, problems: [] });
  });

  it('checks the build’s file too', () => {
    expect(deploymentConfig({}, { apiBaseUrl: 'data:,x', signInURL: '/x' }).problems).toEqual([
      'dist/config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got data:,x',
      'dist/config.json: unknown key signInURL (the keys are apiBaseUrl, signInUrl)',
    ]);
  });

  it('adds only another origin to connect-src', () => {
    expect(apiOrigins({ apiBaseUrl: '/api/v1' })).toEqual([]);
    expect(apiOrigins({})).toEqual([]);
    expect(apiOrigins({ apiBaseUrl: 'https://api.example.com:8443/v1' })).toEqual([
      'https://api.example.com:8443',
    ]);
  });
});

describe('the server settings', () => {
  it.each([
    [undefined, 8080],
    ['', 8080],
    ['5180', 5180],
  ])('PORT %j is %d', (value, port) => {
    expect(parsePort(value, 8080)).toBe(port);
  });
  it.each(['0', '65536', 'http', '80.5'])('PORT %j is refused', (value) => {
    expect(() => parsePort(value, 8080)).toThrow(/^PORT must be a port number/);
  });
  it('API_UPSTREAM is an origin', () => {
    expect(parseUpstream(undefined, 'http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(parseUpstream('https://backend.internal/', 'x')).toBe('https://backend.internal');
    expect(() => parseUpstream('http://backend/api', 'x')).toThrow(/with no path/);
    expect(() => parseUpstream('unix:/run/backend.sock', 'x')).toThrow(/API_UPSTREAM must be/);
    expect(() => parseUpstream('backend:4010', 'x')).toThrow(/API_UPSTREAM must be/);
  });
});
