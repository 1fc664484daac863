// npm run api:mock [-- --port 4010]: Prism's mock of the contract, answering the examples of
// src/api/openapi.yaml under /api/v1. Prism ignores a relative server URL, so it is given a copy
// of the contract whose paths carry the base path (written to node_modules/.cache).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The contract with every path below its (first) server URL, for tools that ignore servers. */
export function contractUnderBasePath(): string {
  const document = parse(readFileSync(path.join(ROOT, 'src/api/openapi.yaml'), 'utf8')) as {
    servers?: Array<{ url: string }>;
    paths: Record<string, unknown>;
  };
  const base = (document.servers?.[0]?.url ?? '').replace(/\/$/, '');
  document.paths = Object.fromEntries(
    Object.entries(document.paths).map(([template, item]) => [base + template, item]),
  );
  document.servers = [{ url: '/' }];
  const file = path.join(ROOT, 'node_modules/.cache/openapi-under-base.yaml');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, stringify(document));
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portIndex = process.argv.indexOf('--port');
  const port = portIndex >= 0 ? process.argv[portIndex + 1]! : '4010';
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/prism'),
    ['mock', contractUnderBasePath(), '--port', port, '--host', '127.0.0.1'],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
