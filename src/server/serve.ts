/**
 * `npm run serve`: the production build (dist/) served by nginx in the foreground, with /api/
 * proxied to the backend. The operator's guide is src/server/README.md; the configuration is
 * nginx.conf.template, rendered here from the environment (deployment.ts) into a directory of
 * its own, so nginx runs as any user and dist/ is never written to.
 *
 * `npm run serve -- --write-config DIR` renders into DIR and exits, for running nginx yourself.
 */
import { spawn } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  apiOrigins,
  deploymentConfig,
  parsePort,
  parseUpstream,
  buildNginxConfig,
  type NginxSettings,
} from './deployment.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEMPLATE = path.join(repoRoot, 'nginx.conf.template');
const DEFAULT_UPSTREAM = 'http://127.0.0.1:4010';

/** One clear line, then a non-zero exit: what an operator's terminal or CI log should show. */
function fail(message: string): never {
  process.stderr.write(`npm run serve: ${message}\n`);
  process.exit(1);
}

function findNginx(): string | undefined {
  const candidates = process.env.NGINX
    ? [process.env.NGINX]
    : [
        '/usr/sbin/nginx',
        ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx')),
      ];
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** The name of a user or group id in /etc/passwd or /etc/group (nginx's `user` wants names). */
function nameOf(file: string, id: number): string | undefined {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .find((fields) => fields[2] === String(id))?.[0];
  } catch {
    return undefined;
  }
}

/**
 * Started as root, nginx's workers drop to another user, which must be able to read dist/. Its
 * owner can, whatever the permissions of the directories above it (a checkout under /root is not
 * readable by `nobody`). In CI the checkout is root's, so the workers stay root in that throwaway
 * container; on a server, deploy dist/ as an unprivileged user (see README).
 */
function workerUser(distDir: string): NginxSettings['user'] {
  if (process.getuid?.() !== 0) return null;
  const { uid, gid } = statSync(distDir);
  return {
    name: nameOf('/etc/passwd', uid) ?? 'nobody',
    group: nameOf('/etc/group', gid) ?? 'nogroup',
  };
}

/**
 * The access log goes to stdout, which nginx opens again by name: that fails for a socket, or a
 * file this user may not open. Then it is off, said in one line, rather than nginx not starting.
 */
function defaultAccessLog(): string {
  try {
    closeSync(openSync('/dev/stdout', 'a'));
    return '/dev/stdout';
  } catch (error) {
    process.stderr.write(
      `npm run serve: access log off (/dev/stdout cannot be opened: ${(error as NodeJS.ErrnoException).code}); set ACCESS_LOG to a file to keep one\n`,
    );
    return 'off';
  }
}

function readBuildConfig(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file} is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const writeIndex = args.indexOf('--write-config');
  const writeTo = writeIndex >= 0 ? args[writeIndex + 1] : undefined;
  if (writeIndex >= 0 && !writeTo) fail('--write-config needs a directory');

  const distDir = path.resolve(process.env.DIST_DIR || 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    fail(
      `no production build in ${distDir} (no index.html): run npm run build first, or set DIST_DIR`,
    );
  }
  const nginx = findNginx();
  if (!nginx && !writeTo) {
    fail(
      process.env.NGINX
        ? `nginx not found: NGINX=${process.env.NGINX} is not an executable file`
        : 'nginx not found (looked for /usr/sbin/nginx and on PATH): install it (apt-get install nginx) or set NGINX',
    );
  }

  let port: number;
  let apiUpstream: string;
  try {
    port = parsePort(process.env.PORT, 8080);
    apiUpstream = parseUpstream(process.env.API_UPSTREAM, DEFAULT_UPSTREAM);
  } catch (error) {
    fail((error as Error).message);
  }
  const buildConfigFile = path.join(distDir, 'config.json');
  const deployment = deploymentConfig(
    process.env,
    readBuildConfig(buildConfigFile),
    path.relative(process.cwd(), buildConfigFile).startsWith('..')
      ? buildConfigFile
      : path.relative(process.cwd(), buildConfigFile),
  );
  if (deployment.problems.length > 0) fail(deployment.problems.join('; '));

  const runtimeDir = writeTo
    ? path.resolve(writeTo)
    : await mkdtemp(path.join(tmpdir(), 'api-keys-console-nginx-'));
  await mkdir(runtimeDir, { recursive: true });
  const user = workerUser(distDir);
  // The workers (another user when started as root) read config.json and write temp files here.
  if (user) await chmod(runtimeDir, 0o755);
  if (deployment.generated) {
    await writeFile(
      path.join(runtimeDir, 'config.json'),
      `${JSON.stringify(deployment.config, null, 2)}\n`,
      { mode: 0o644 },
    );
  }
  const confFile = path.join(runtimeDir, 'nginx.conf');
  let rendered: string;
  try {
    rendered = buildNginxConfig(readFileSync(TEMPLATE, 'utf8'), {
      port,
      distDir,
      apiUpstream,
      runtimeDir,
      configRoot: deployment.generated ? runtimeDir : distDir,
      apiOrigins: apiOrigins(deployment.config),
      user,
      accessLog: process.env.ACCESS_LOG || defaultAccessLog(),
    });
  } catch (error) {
    if (!writeTo) await rm(runtimeDir, { recursive: true, force: true });
    fail((error as Error).message);
  }
  await writeFile(confFile, rendered, { mode: 0o644 });
  if (writeTo) {
    process.stdout.write(`Wrote ${confFile}; run: nginx -p ${runtimeDir} -c ${confFile}\n`);
    return;
  }

  const cleanUp = () => rm(runtimeDir, { recursive: true, force: true });
  const child = spawn(
    nginx!,
    ['-p', runtimeDir, '-c', confFile, '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: 'inherit' },
  );
  // nginx's own meanings: TERM and INT stop at once, QUIT after the open requests, HUP reloads.
  const forwarded = ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP'] as const;
  let stopping = false;
  for (const signal of forwarded) {
    process.on(signal, () => {
      if (signal !== 'SIGHUP') stopping = true;
      child.kill(signal);
    });
  }
  child.on('error', async (error) => {
    await cleanUp();
    fail(`could not start ${nginx}: ${error.message}`);
  });
  child.on('spawn', () => {
    process.stdout.write(
      `nginx (${nginx}) serves ${distDir} on port ${port}; /api/ goes to ${apiUpstream}\n`,
    );
  });
  child.on('exit', async (code, signal) => {
    await cleanUp();
    // Stopped on request: a clean exit. Otherwise nginx's own failure (it said why on stderr).
    if (stopping && (code === 0 || signal !== null)) process.exit(0);
    if (code !== 0) process.stderr.write(`npm run serve: nginx exited with ${code ?? signal}\n`);
    process.exit(code ?? 1);
  });
}

void main();
