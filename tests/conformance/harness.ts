// Starting the mock backend (`npm run mock-api`) and the kit as child processes, the way a
// backend team runs them: nothing in-process, real HTTP on loopback ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface Mock {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** Starts src/mocks/http-server.ts on `port` with `env` and waits for it to listen (≤ 30 s). */
export async function startMock(port: number, env: Record<string, string> = {}): Promise<Mock> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mocks/http-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // A mock that does not come up is stopped, never left listening after the test.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`mock on ${port} did not start: ${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`mock on ${port} exited: ${output}`));
    });
  });
  return { baseUrl: `http://127.0.0.1:${port}/api/v1`, stop: () => stop(child) };
}

export interface KitRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** check name → result column of the table. */
  results: Map<string, string>;
  reasons: Map<string, string>;
}

export function parseTable(stdout: string) {
  const results = new Map<string, string>();
  const reasons = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match =
      /^(\S+\/\S+)\s+(PASS|SKIP|FAIL(?: \((?:expected|stale expectation)\))?)\s*(.*)$/.exec(line);
    if (match) {
      results.set(match[1]!, match[2]!);
      reasons.set(match[1]!, match[3]!);
    }
  }
  return { results, reasons };
}

/** Runs tests/conformance/cli.ts with `args`; `onStart` may signal it (the interruption test). */
export async function runKit(
  args: string[],
  onStart?: (child: ChildProcess) => void,
): Promise<KitRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/conformance/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  onStart?.(child);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code, signal, stdout, stderr, ...parseTable(stdout) };
}
