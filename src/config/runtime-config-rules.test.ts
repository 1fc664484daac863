import { describe, expect, it } from 'vitest';
import { isLoopbackHost, urlProblem, validateRuntimeConfig } from './runtime-config-rules';

const defaults = { apiBaseUrl: '/api/v1', signInUrl: null };

describe('urlProblem', () => {
  it.each([
    ['/api/v1', 'console.example.com'],
    ['  /api/v1  ', 'console.example.com'],
    ['/', 'console.example.com'],
    ['https://api.example.com/v1', 'console.example.com'],
    ['HTTPS://API.example.com', 'console.example.com'],
    ['http://127.0.0.1:4010/api/v1', 'localhost'],
    ['http://localhost:4010/api/v1', '127.0.0.1'],
    ['http://api.example.test/v1', '[::1]'],
    // The server cannot know the page's host and leaves http: to the browser's check.
    ['http://api.example.com/v1', null],
  ])('accepts %s on a page at %s', (value, host) => {
    expect(urlProblem('apiBaseUrl', value, host)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript:alert(1)'],
    [' javascript:alert(1)', ' javascript:alert(1)'],
    ['JavaScript:alert(1)', 'JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>'],
    ['ftp://files.example.com/api', 'ftp://files.example.com/api'],
    ['file:///etc/passwd', 'file:///etc/passwd'],
    ['api/v1', 'api/v1'],
    ['//evil.example/api', '//evil.example/api'],
    ['/\\evil.example/api', '/\\evil.example/api'],
    ['', 'an empty string'],
    ['   ', '   '],
    [42, '42'],
    [['/api/v1'], '["/api/v1"]'],
  ])('refuses %j and names the key, the rule and the value', (value, shown) => {
    expect(urlProblem('apiBaseUrl', value, 'console.example.com')).toBe(
      `config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got ${shown}`,
    );
  });

  it('refuses http: when the console is not on a loopback host', () => {
    expect(urlProblem('signInUrl', 'http://sso.example.com/login', 'console.example.com')).toBe(
      'config.json: signInUrl must be a path like /sign-in or an https:// URL ' +
        '(http:// only when the console itself is on localhost); got http://sso.example.com/login',
    );
  });

  it('refuses a URL with credentials and does not repeat them', () => {
    const problem = urlProblem('apiBaseUrl', 'https://admin:hunter2@api.example.com/v1', null);
    expect(problem).toBe(
      'config.json: apiBaseUrl must not hold a user name or password; got https://api.example.com',
    );
  });

  it('shortens a very long value', () => {
    const problem = urlProblem('apiBaseUrl', `javascript:${'a'.repeat(500)}`, null);
    expect(problem?.endsWith(`got javascript:${'a'.repeat(109)}…`)).toBe(true);
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])('%s is', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['example.com', 'localhost.example.com', '128.0.0.1', '10.0.0.1', '0.0.0.0'])(
    '%s is not',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});

describe('validateRuntimeConfig', () => {
  it('keeps the defaults for missing keys', () => {
    expect(validateRuntimeConfig({}, defaults, 'localhost')).toEqual({
      ok: true,
      config: defaults,
    });
  });

  it('takes valid values, trimmed, and null for no sign-in page', () => {
    expect(
      validateRuntimeConfig(
        { apiBaseUrl: ' https://api.example.com/v1 ', signInUrl: '/sign-in' },
        defaults,
        'console.example.com',
      ),
    ).toEqual({
      ok: true,
      config: { apiBaseUrl: 'https://api.example.com/v1', signInUrl: '/sign-in' },
    });
    expect(
      validateRuntimeConfig({ signInUrl: null }, { ...defaults, signInUrl: '/x' }, null),
    ).toEqual({ ok: true, config: defaults });
  });

  it('reports every problem at once', () => {
    expect(
      validateRuntimeConfig(
        { apiBaseUrl: 'javascript:alert(1)', signInUrl: 'data:,x', signInURL: '/sign-in' },
        defaults,
        'console.example.com',
      ),
    ).toEqual({
      ok: false,
      problems: [
        'config.json: unknown key signInURL (the keys are apiBaseUrl, signInUrl)',
        'config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got javascript:alert(1)',
        'config.json: signInUrl must be a path like /sign-in or an https:// URL; got data:,x',
      ],
    });
  });

  it.each([null, 'text', 3, ['/api/v1']])('refuses %j, which is not an object', (value) => {
    expect(validateRuntimeConfig(value, defaults, null)).toEqual({
      ok: false,
      problems: ['config.json must hold a JSON object, like {"apiBaseUrl": "/api/v1"}'],
    });
  });
});
