import { afterEach, describe, expect, it, vi } from 'vitest';
import { showConfigErrorPage } from './config-error-page';
import { loadRuntimeConfig, runtimeConfig, setRuntimeConfig } from './runtime-config';

const URL = 'http://localhost/config.json';
const saved = { ...runtimeConfig() };

/** The file's answer. Not through the mock backend, whose every answer must be the API's. */
function serveConfig(response: () => Response) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    expect(String(input)).toBe(URL);
    return response();
  });
}

describe('loadRuntimeConfig', () => {
  afterEach(() => setRuntimeConfig(saved));

  it('keeps the build defaults when there is no config.json', async () => {
    serveConfig(() => new Response(null, { status: 404 }));
    expect(await loadRuntimeConfig(URL)).toEqual({ ok: true, config: saved });
  });

  it('takes the values of a valid file', async () => {
    serveConfig(() => Response.json({ apiBaseUrl: '/backend/v1', signInUrl: '/sign-in' }));
    const result = await loadRuntimeConfig(URL);
    expect(result).toEqual({
      ok: true,
      config: { apiBaseUrl: '/backend/v1', signInUrl: '/sign-in' },
    });
    expect(runtimeConfig()).toEqual({ apiBaseUrl: '/backend/v1', signInUrl: '/sign-in' });
  });

  it('refuses an invalid value and keeps the configuration as it was', async () => {
    serveConfig(() => Response.json({ apiBaseUrl: 'javascript:alert(1)' }));
    expect(await loadRuntimeConfig(URL)).toEqual({
      ok: false,
      problems: [{ rule: 'url', key: 'apiBaseUrl', value: 'javascript:alert(1)' }],
    });
    expect(runtimeConfig()).toEqual(saved);
  });

  it('refuses a file that is not JSON, such as a web server answering its index.html', async () => {
    serveConfig(
      () =>
        new Response('<!doctype html><title>API Keys</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const result = await loadRuntimeConfig(URL);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ rule: 'unreadable' });
  });

  it('refuses a server error rather than guessing', async () => {
    serveConfig(() => new Response('down', { status: 503 }));
    expect(await loadRuntimeConfig(URL)).toEqual({
      ok: false,
      problems: [{ rule: 'unreadable', detail: 'HTTP 503' }],
    });
  });
});

describe('showConfigErrorPage', () => {
  it('replaces the page with the problems, as text', () => {
    document.body.innerHTML = '<div id="root"><h1>API Keys</h1></div>';
    const consoleError = vi.mocked(console.error).mockImplementation(() => {});
    showConfigErrorPage([
      { rule: 'url', key: 'apiBaseUrl', value: '<img src=x onerror=alert(1)>' },
    ]);
    expect(document.querySelector('h1')?.textContent).toBe('The console cannot start');
    expect(document.querySelector('li')?.textContent).toBe(
      'config.json: apiBaseUrl must be a path like /api/v1 or an https:// URL; got <img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
    expect(consoleError).toHaveBeenCalledOnce();
  });
});
