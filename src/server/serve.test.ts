import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run serve` refusing to start: one line on stderr, exit status 1, nothing left behind. Run
// for real (node + tsx, as the npm script does), but never as far as starting nginx.

const run = promisify(execFile);

async function serve(env: Record<string, string>) {
  try {
    await run(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], {
      env: { ...process.env, PORT: '1', ...env },
      timeout: 20_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'serve-test-dist-'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>API Keys</title>');
});

afterAll(() => rm(dist, { recursive: true, force: true }));

// Each case starts Node with tsx: a second or more on a busy machine.
describe('npm run serve refuses to start', { timeout: 30_000 }, () => {
  it('without a production build', async () => {
    expect(await serve({ DIST_DIR: path.join(dist, 'missing') })).toEqual({
      code: 1,
      stderr: `npm run serve: no production build in ${path.join(dist, 'missing')} (no index.html): run npm run build first, or set DIST_DIR\n`,
    });
  });

  it('without nginx', async () => {
    expect(await serve({ DIST_DIR: dist, NGINX: path.join(dist, 'no-nginx') })).toEqual({
      code: 1,
      stderr: `npm run serve: nginx not found: NGINX=${path.join(dist, 'no-nginx')} is not an executable file\n`,
    });
  });

  it('with a config.json value that breaks its rule', async () => {
    expect(
      await serve({ DIST_DIR: dist, NGINX: process.execPath, SIGN_IN_URL: 'javascript:alert(1)' }),
    ).toEqual({
      code: 1,
      stderr:
        'npm run serve: SIGN_IN_URL: config.json: signInUrl must be a path like /sign-in or an https:// URL; got javascript:alert(1)\n',
    });
  });

  it('with a port that is not one', async () => {
    expect(await serve({ DIST_DIR: dist, NGINX: process.execPath, PORT: '99999' })).toEqual({
      code: 1,
      stderr: 'npm run serve: PORT must be a port number (1–65535); got 99999\n',
    });
  });
});
