import { describe, expect, it } from 'vitest';
import { describeConfigProblem } from './config-problems';
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
    expect(urlProblem(value, host)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example.com/api',
    'file:///etc/passwd',
    'https://',
    'api/v1',
    '//evil.example/api',
    '/\\evil.example/api',
    '/\t/evil.example/api',
    '//[',
    '',
    '   ',
    42,
    null,
    ['/api/v1'],
  ])('refuses %j', (value) => {
    expect(urlProblem(value, 'console.example.com')).toBe('url');
  });

  it('refuses http: when the console is not on a loopback host', () => {
    expect(urlProblem('http://sso.example.com/login', 'console.example.com')).toBe('http');
  });

  it('refuses a URL with a user name or password', () => {
    expect(urlProblem('https://admin:hunter2@api.example.com/v1', null)).toBe('credentials');
    expect(urlProblem('https://admin@api.example.com/v1', null)).toBe('credentials');
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])('%s is', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each([
    'example.com',
    'localhost.example.com',
    'evil-localhost',
    '128.0.0.1',
    '127.0.0.1.example.com',
    '10.0.0.1',
    '0.0.0.0',
  ])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
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

  it('refuses null for the API base URL', () => {
    expect(validateRuntimeConfig({ apiBaseUrl: null }, defaults, null)).toEqual({
      ok: false,
      problems: [{ rule: 'url', key: 'apiBaseUrl', value: null }],
    });
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
        { rule: 'url', key: 'apiBaseUrl', value: 'javascript:alert(1)' },
        { rule: 'url', key: 'signInUrl', value: 'data:,x' },
        { rule: 'unknown-key', key: 'signInURL' },
      ],
    });
  });

  it.each([null, 'text', 3, ['/api/v1']])('refuses %j, which is not an object', (value) => {
    expect(validateRuntimeConfig(value, defaults, null)).toEqual({
      ok: false,
      problems: [{ rule: 'object' }],
    });
  });
});

describe('describeConfigProblem', () => {
  it.each([
    [
      { rule: 'url', key: 'apiBaseUrl', value: 'javascript:alert(1)' },
      'config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got javascript:alert(1)',
    ],
    [
      { rule: 'url', key: 'signInUrl', value: '' },
      'config.json: signInUrl must be a path like /sign-in or an https:// URL; got an empty string',
    ],
    [
      { rule: 'url', key: 'apiBaseUrl', value: 42 },
      'config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got 42',
    ],
    [
      { rule: 'http', key: 'signInUrl', value: 'http://sso.example.com/login' },
      'config.json: signInUrl must be a path like /sign-in or an https:// URL ' +
        '(http:// only when the console itself is on localhost); got http://sso.example.com/login',
    ],
    [
      { rule: 'credentials', key: 'apiBaseUrl', value: 'https://admin:hunter2@api.example.com' },
      'config.json: apiBaseUrl must not hold a user name or password',
    ],
    [
      { rule: 'unknown-key', key: 'signInURL' },
      'config.json: unknown key signInURL (the keys are apiBaseUrl, signInUrl)',
    ],
    [{ rule: 'object' }, 'config.json must hold a JSON object, like {"apiBaseUrl": "/api/v1"}'],
    [{ rule: 'unreadable', detail: 'HTTP 503' }, 'config.json could not be read: HTTP 503'],
  ] as const)('%j', (problem, message) => {
    expect(describeConfigProblem(problem)).toBe(message);
  });

  it('shortens a very long value', () => {
    const message = describeConfigProblem({
      rule: 'url',
      key: 'apiBaseUrl',
      value: `javascript:${'a'.repeat(500)}`,
    });
    expect(message.endsWith(`got javascript:${'a'.repeat(109)}…`)).toBe(true);
  });
});
