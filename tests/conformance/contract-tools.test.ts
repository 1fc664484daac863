// The contract's tools for backend teams, each tested: the breaking-change check (npm run
// api:diff) and Prism's mock of the contract (npm run api:mock), whose every GET must answer a
// contract-valid example under /api/v1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkResponseAgainstContract, contract } from '../../src/testing/contract';
import { headerProblems } from './client';
import { contractUnderBasePath } from './prism-mock';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTRACT = path.join(ROOT, 'src/api/openapi.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'api-diff-'));
const PRISM_PORT = 6050;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** api:diff of the contract against a changed copy of it. */
async function diffWith(change: (document: Json) => void) {
  const document = parse(readFileSync(CONTRACT, 'utf8')) as Json;
  change(document);
  const head = path.join(dir, `head-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(head, stringify(document));
  return run(process.execPath, [
    '--import',
    'tsx',
    'tests/conformance/api-diff.ts',
    '--base-file',
    CONTRACT,
    '--head-file',
    head,
  ]);
}

describe('npm run api:diff', () => {
  it('fails on a removed response field', async () => {
    const result = await diffWith((document) => {
      const app = document.components.schemas.App;
      delete app.properties.updatedAt;
      app.required = app.required.filter((name: string) => name !== 'updatedAt');
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/updatedAt/);
    expect(result.output).toMatch(/breaking change\(s\) without a new major version/);
  });

  it('passes on an added optional field', async () => {
    const result = await diffWith((document) => {
      document.components.schemas.App.properties.description = {
        type: 'string',
        description: 'What the App is for.',
      };
    });
    expect(result.output).toMatch(/: 0 breaking/);
    expect(result.code).toBe(0);
  });

  it('passes a breaking change when the major version moves', async () => {
    const result = await diffWith((document) => {
      delete document.components.schemas.App.properties.updatedAt;
      document.info.version = `${Number(String(document.info.version).split('.')[0]) + 1}.0.0`;
    });
    expect(result.output).toMatch(/allowed, the major version moved/);
    expect(result.code).toBe(0);
  });
});

describe("Prism's mock of the contract (npm run api:mock)", () => {
  let prism: ChildProcess;
  beforeAll(async () => {
    prism = spawn(
      path.join(ROOT, 'node_modules/.bin/prism'),
      ['mock', contractUnderBasePath(), '--port', String(PRISM_PORT), '--host', '127.0.0.1'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`prism did not start: ${output}`)), 55_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Prism is listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      prism.stdout!.on('data', onData);
      prism.stderr!.on('data', onData);
      prism.once('exit', () => reject(new Error(`prism exited: ${output}`)));
    });
  });
  afterAll(() => {
    prism?.kill('SIGTERM');
  });

  const gets = Object.entries(contract.paths as Json).filter(([, item]) => item.get);

  it('covers every GET of the contract', () => expect(gets.length).toBeGreaterThanOrEqual(6));

  it.each(gets.map(([template]) => template))(
    'GET /api/v1%s answers a contract-valid example',
    async (template) => {
      const url = template.replace('{appId}', '3f9d2a7c-1b4e-4c8a-9e2f-6a5b7c8d9e01');
      // The session cookie of the contract's security scheme; Prism answers 401 without it.
      const response = await fetch(`http://127.0.0.1:${PRISM_PORT}/api/v1${url}`, {
        headers: { Cookie: 'session=conformance', Accept: 'application/json' },
      });
      const text = await response.text();
      expect(response.status, text).toBe(200);
      const problems = [
        ...checkResponseAgainstContract({
          method: 'GET',
          url: `/api/v1${url}`,
          status: response.status,
          contentType: response.headers.get('Content-Type'),
          body: JSON.parse(text),
        }),
        ...headerProblems('GET', template, response.status, response.headers),
      ];
      expect(problems).toEqual([]);
    },
  );
});
