// Property tests for issue #17 item 3, "pasted code is inert": for catalog entries, Keys and
// Secrets made of hostile strings, each snippet is either refused for a reason the input really
// has, or it is read by the language's own parser as exactly the intended values and nothing
// else. The oracles are the real thing: bash runs the curl snippet with an argv-printing `curl`,
// the TypeScript compiler and Python's `ast` parse the other two, and bash sources the `.env`.
// Nothing hostile can run: values are quoted, PATH points nowhere (no external command is
// found), and the only functions defined print their arguments.
import fc from 'fast-check';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import type { Product } from '../products/api/product-queries';
import {
  envFile,
  EnvFileRefusedError,
  generateSnippet,
  snippetRefusal,
  type SnippetInput,
  type SnippetLanguage,
} from './snippets';

const PAYLOADS = [
  '\n',
  '\r',
  '\r\n',
  '$(touch /tmp/x)',
  '`touch /tmp/x`',
  "'",
  '"',
  '\\',
  "'\\''",
  '\u2028',
  '\u2029',
  '\0',
  '; rm -rf ~ #',
  '${HOME}',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u2066',
  '\u007f',
  '\u0085',
  '\ud800',
  '\u{1d173}', // a format character beyond U+FFFF
  '\u{1f600}',
  '*/',
  '#',
  ' coding: utf-7 ',
  '+AAo-',
  '"""',
  // Only ever parsed (by ast), never run: a statement of its own after a broken comment.
  '\n__import__("os").system("touch /tmp/x")\n',
];
/** A hostile string: a payload, a few arbitrary code points (lone surrogates too), or a mix. */
const hostile = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join('')),
);
/** Mostly well-formed, sometimes hostile: both sides of each refusal get exercised. */
const either = (good: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: hostile, weight: 1 });
/** Hostile but visible (quotes, `$(…)`, backticks, `; rm -rf ~ #`): what curl must quote, not refuse. */
const visibleHostile = hostile.filter((value) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u.test(value));
/** A value curl has to quote (mostly) or refuse (sometimes). */
const value = fc.oneof({ arbitrary: visibleHostile, weight: 3 }, { arbitrary: hostile, weight: 1 });

const BASE = 'https://api.8x8.com/test/v1';
const TOKEN_URL = 'https://api.8x8.com/oauth/v2/token';

interface Case {
  product: Product;
  key: string;
  secret: string;
}

const auth = fc.oneof(
  fc.record({
    type: fc.constant('oauth2-client-credentials' as const),
    tokenUrl: either(fc.constant(TOKEN_URL)),
    tokenLifetimeSeconds: fc.constant(1800),
    usesSecret: fc.constant(true as const),
    header: either(fc.constant('pbx')),
    hint: value,
  }),
  fc.record({
    type: fc.constant('legacy-token' as const),
    keyHeader: either(fc.constant('8x8-apikey')),
    tokenHeader: either(fc.constant('token')),
    tokenHint: value,
    usesSecret: fc.constant(false as const),
  }),
  fc.record({
    type: fc.constant('user-login' as const),
    tokenUrl: either(fc.constant(TOKEN_URL)),
    keyHeader: either(fc.constant('8x8-apikey')),
    usernameField: value,
    passwordField: value,
    usesSecret: fc.constant(false as const),
  }),
  fc.record({
    type: fc.constant('api-key' as const),
    keyHeader: either(fc.constant('x-api-key')),
    usesSecret: fc.constant(false as const),
  }),
);

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    name: hostile,
    auth,
    method: either(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND')),
    path: either(fc.constantFrom('', '/objects', "/it's")),
    query: fc.option(fc.dictionary(hostile, hostile, { minKeys: 1, maxKeys: 2 }), {
      nil: undefined,
    }),
    body: fc.option(fc.dictionary(hostile, hostile, { minKeys: 1, maxKeys: 2 }), {
      nil: undefined,
    }),
    key: fc.oneof(fc.constant('eght_MTIzNDU2Nzg'), value),
    secret: fc.oneof(fc.constant('c2VjcmV0LXZhbHVl'), value),
  })
  .map(({ name, auth: picked, method, path, query, body, key, secret }) => {
    let productAuth: Product['auth'];
    if (picked.type === 'oauth2-client-credentials') {
      const { header, hint, ...rest } = picked;
      productAuth = { ...rest, extraHeaders: [header], extraHeaderHints: { [header]: hint } };
    } else {
      productAuth = picked;
    }
    const product = {
      id: 'hostile',
      name,
      description: '',
      category: '',
      baseUrl: BASE,
      auth: productAuth,
      exampleRequest: { method, path, ...(query && { query }), ...(body && { body }) },
      requiredAssignment: null,
    } as Product;
    return { product, key, secret };
  });

// Independent of snippets.ts: what the issue says must be refused.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VISIBLE_ASCII = /^[\x21-\x7e]*$/;

function headersOf(productAuth: Product['auth'], key: string): Array<[string, string]> {
  switch (productAuth.type) {
    case 'oauth2-client-credentials': {
      const header = productAuth.extraHeaders?.[0] ?? '';
      return [[header, productAuth.extraHeaderHints?.[header] ?? `<${header}>`]];
    }
    case 'legacy-token':
      return [
        [productAuth.keyHeader, key],
        [productAuth.tokenHeader, productAuth.tokenHint ?? '<token>'],
      ];
    default:
      return [[productAuth.keyHeader, key]];
  }
}

const tokenUrlOf = (productAuth: Product['auth']) =>
  'tokenUrl' in productAuth ? productAuth.tokenUrl : undefined;

function urlOf(product: Product): string {
  const request = product.exampleRequest!;
  const query = new URLSearchParams(request.query ?? {}).toString();
  return `${BASE}${request.path}${query ? `?${query}` : ''}`;
}

/** Whether the input has something a snippet in `language` must refuse. */
function mustRefuse(language: SnippetLanguage, { product, key, secret }: Case): boolean {
  const { auth: productAuth } = product;
  const request = product.exampleRequest!;
  if (!/^[A-Z]+$/.test(request.method)) return true;
  if (headersOf(productAuth, key).some(([name]) => !TOKEN.test(name))) return true;
  const tokenUrl = tokenUrlOf(productAuth);
  for (const url of [urlOf(product), ...(tokenUrl === undefined ? [] : [tokenUrl])]) {
    if (!url.startsWith('https://') || !VISIBLE_ASCII.test(url)) return true;
  }
  if (language !== 'curl') return false;
  const values = [key, ...headersOf(productAuth, key).map(([, value]) => value)];
  if (productAuth.usesSecret) values.push(secret);
  if (productAuth.type === 'user-login') {
    values.push(productAuth.usernameField ?? '', productAuth.passwordField ?? '');
  }
  return values.some((value) => HIDDEN.test(value));
}

const workDir = mkdtempSync(join(tmpdir(), 'snippet-oracle-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
/** No external command can be found: an injected `rm` or `touch` fails instead of running. */
const NO_PATH = { PATH: join(workDir, 'no-commands-here'), HOME: workDir, LC_ALL: 'C.UTF-8' };

const inputOf = (c: Case): SnippetInput => ({ product: c.product, key: c.key, secret: c.secret });

/** Each refusal has its reason in the input, and generateSnippet never returns refused code. */
function expectRefusalJustified(language: SnippetLanguage, c: Case): boolean {
  const refusal = snippetRefusal(language, inputOf(c));
  expect(refusal !== null).toBe(mustRefuse(language, c));
  if (refusal !== null) expect(() => generateSnippet(language, inputOf(c))).toThrow(refusal);
  return refusal === null;
}

// The curl snippet, run by bash with `curl` and `jq` as shell functions that only record: each
// call's argument count, then its arguments, NUL-separated (arguments may hold anything).
const CURL_PRELUDE = `curl() { printf '%s\\0' "$#" "$@" >> ./argv; }
jq() { printf 'tok\\n'; }
`;

function runCurl(code: string): string[][] {
  rmSync(join(workDir, 'argv'), { force: true });
  writeFileSync(join(workDir, 'snippet.sh'), code);
  writeFileSync(join(workDir, 'run.sh'), `${CURL_PRELUDE}. ./snippet.sh\n`);
  const syntax = spawnSync('/bin/bash', ['-n', 'snippet.sh'], { cwd: workDir, env: NO_PATH });
  expect(syntax.stderr.toString()).toBe('');
  const run = spawnSync('/bin/bash', ['run.sh'], { cwd: workDir, env: NO_PATH });
  expect({ status: run.status, stderr: run.stderr.toString() }).toEqual({ status: 0, stderr: '' });
  const argv = join(workDir, 'argv');
  const fields = existsSync(argv) ? readFileSync(argv, 'utf8').split('\0') : [];
  const calls: string[][] = [];
  for (let at = 0; at < fields.length - 1;) {
    const count = Number(fields[at]);
    calls.push(fields.slice(at + 1, at + 1 + count));
    at += count + 1;
  }
  return calls;
}

function expectedCurlCalls({ product, key, secret }: Case): string[][] {
  const { auth: productAuth } = product;
  const request = product.exampleRequest!;
  const calls: string[][] = [];
  if (productAuth.type === 'oauth2-client-credentials') {
    calls.push(['-s', '-X', 'POST', productAuth.tokenUrl, '-u', `${key}:${secret}`]);
    calls[0]!.push('-d', 'grant_type=client_credentials');
  } else if (productAuth.type === 'user-login') {
    calls.push([
      '-s',
      '-X',
      'POST',
      productAuth.tokenUrl,
      '-H',
      `${productAuth.keyHeader}: ${key}`,
      '--data-urlencode',
      `${productAuth.usernameField}=<8x8 username>`,
      '--data-urlencode',
      `${productAuth.passwordField}=<8x8 password>`,
    ]);
  }
  const data = ['-X', request.method, urlOf(product)];
  if (calls.length > 0) data.push('-H', 'Authorization: Bearer tok');
  for (const [name, value] of headersOf(productAuth, key)) data.push('-H', `${name}: ${value}`);
  if (request.body) data.push('-H', 'Content-Type: application/json', '-d');
  calls.push(data);
  return calls;
}

const REQUESTS_FUNCTIONS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Every string a TypeScript or Python snippet must hold as a literal, exactly. */
function expectedLiterals(language: SnippetLanguage, { product, key, secret }: Case): string[] {
  const { auth: productAuth } = product;
  const request = product.exampleRequest!;
  const literals = [key, urlOf(product)];
  // Python calls requests.get() and the like by name, and requests.request("PROPFIND", …) else.
  if (language === 'typescript' || !REQUESTS_FUNCTIONS.includes(request.method)) {
    literals.push(request.method);
  }
  for (const [name, value] of headersOf(productAuth, key)) literals.push(name, value);
  if (productAuth.type === 'oauth2-client-credentials') literals.push(secret, productAuth.tokenUrl);
  if (productAuth.type === 'user-login') {
    literals.push(productAuth.tokenUrl, productAuth.usernameField!, productAuth.passwordField!);
  }
  for (const [name, value] of Object.entries(request.body ?? {}))
    literals.push(name, String(value));
  return literals;
}

/**
 * The same case with every free-text value benign: its snippet has the structure the hostile
 * one must have (the shape-checked values, method, header names and URLs, are kept).
 */
function benignTwin(c: Case): Case {
  const request = c.product.exampleRequest!;
  const productAuth = { ...c.product.auth } as Record<string, unknown>;
  for (const field of ['tokenHint', 'usernameField', 'passwordField']) {
    if (field in productAuth) productAuth[field] = field;
  }
  if (c.product.auth.type === 'oauth2-client-credentials') {
    const header = c.product.auth.extraHeaders?.[0] ?? '';
    productAuth.extraHeaderHints = { [header]: 'hint' };
  }
  return {
    key: 'KEY',
    secret: 'SECRET',
    product: {
      ...c.product,
      name: 'Name',
      auth: productAuth as Product['auth'],
      exampleRequest: {
        ...request,
        ...(request.body && {
          body: Object.fromEntries(Object.keys(request.body).map((_, i) => [`k${i}`, `v${i}`])),
        }),
      },
    },
  };
}

/** The TypeScript snippet's syntax tree as text, every string literal's value replaced by `S`. */
function typescriptShape(code: string): { shape: string; literals: string[]; errors: number } {
  const { diagnostics = [] } = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ESNext },
  });
  const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ESNext, true);
  const literals: string[] = [];
  const walk = (node: ts.Node): string => {
    if (ts.isStringLiteral(node)) {
      literals.push(node.text);
      return 'S';
    }
    const label = ts.isIdentifier(node) ? `Id(${node.text})` : ts.SyntaxKind[node.kind];
    const children = node.getChildren(file).map(walk);
    return children.length ? `${label}[${children.join(',')}]` : label;
  };
  return { shape: walk(file), literals, errors: diagnostics.length };
}

// Reads the snippet as bytes, as `python3 snippet.py` would (so a coding declaration counts).
const PYTHON_ORACLE = `
import ast, json, sys
literals = []
def shape(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # Code points, not text: JSON would send an astral character and its surrogates alike.
        literals.append([ord(char) for char in node.value])
        return "S"
    if isinstance(node, ast.AST):
        return [type(node).__name__] + [shape(getattr(node, f, None)) for f in node._fields]
    if isinstance(node, list):
        return [shape(item) for item in node]
    return repr(node)
for line in sys.stdin.buffer:
    result = []
    for code in json.loads(line):
        literals = []
        try:
            tree = ast.parse(code.encode("utf-8", "surrogatepass"))
            result.append({"shape": json.dumps(shape(tree)), "literals": literals})
        except (SyntaxError, ValueError) as error:
            result.append({"error": str(error)})
    print(json.dumps(result), flush=True)
`;

interface PythonResult {
  shape?: string;
  literals?: number[][];
  error?: string;
}

// One Python for the whole test (a process per case would take seconds on a busy machine): it
// reads a JSON line of snippets (escaped, so Python parses exactly the generated text) and
// answers with a line.
let python: ChildProcessWithoutNullStreams | undefined;
let pythonOutput = '';
let pythonWaiting: ((line: string) => void) | undefined;
afterAll(() => python?.kill());

function parsePython(codes: string[]): Promise<PythonResult[]> {
  if (!python) {
    python = spawn('python3', ['-c', PYTHON_ORACLE]);
    python.stdout.on('data', (chunk: Buffer) => {
      pythonOutput += chunk.toString('utf8');
      const end = pythonOutput.indexOf('\n');
      if (end < 0) return;
      const line = pythonOutput.slice(0, end);
      pythonOutput = pythonOutput.slice(end + 1);
      pythonWaiting?.(line);
    });
    python.stderr.on('data', (chunk: Buffer) => {
      throw new Error(`python3: ${chunk.toString()}`);
    });
  }
  const answer = new Promise<string>((resolve) => (pythonWaiting = resolve));
  python.stdin.write(`${JSON.stringify(codes)}\n`);
  return answer.then((line) => JSON.parse(line) as PythonResult[]);
}

const RUNS = { numRuns: 50 };

/**
 * What the admin reads is what runs: no character in the code is invisible or reorders the
 * text (Trojan Source, CVE-2021-42574), but the line breaks between its lines.
 */
const expectNothingHidden = (code: string) => expect(code.replaceAll('\n', '')).not.toMatch(HIDDEN);
/** How many cases reached the oracle (not refused): a property that refuses all proves nothing. */
const reached: Record<string, number> = {};
const count = (what: string) => (reached[what] = (reached[what] ?? 0) + 1);

// Generous: each curl and .env case starts bash twice, on machines shared with other work.
describe(
  'pasted code is inert (property tests over hostile catalog entries and credentials)',
  { timeout: 30_000 },
  () => {
    it('curl: bash reads exactly the intended arguments, and runs nothing else', () => {
      fc.assert(
        fc.property(caseArbitrary, (c) => {
          if (!expectRefusalJustified('curl', c)) return;
          count('curl');
          const code = generateSnippet('curl', inputOf(c));
          expectNothingHidden(code);
          const calls = runCurl(code);
          const expected = expectedCurlCalls(c);
          const body = c.product.exampleRequest!.body;
          // The body is compared as JSON: what curl sends is what the catalog gave, whatever its escapes.
          const last = calls.length - 1;
          expect(calls.map((call, i) => (body && i === last ? call.slice(0, -1) : call))).toEqual(
            expected,
          );
          if (body) expect(JSON.parse(calls[last]!.at(-1)!)).toEqual(body);
        }),
        RUNS,
      );
      expect(reached.curl).toBeGreaterThanOrEqual(15);
    });

    it('TypeScript: parses with the shape of a benign snippet, the values as its string literals', () => {
      fc.assert(
        fc.property(caseArbitrary, (c) => {
          if (!expectRefusalJustified('typescript', c)) return;
          count('typescript');
          const code = generateSnippet('typescript', inputOf(c));
          expectNothingHidden(code);
          const hostileTree = typescriptShape(code);
          const benignTree = typescriptShape(generateSnippet('typescript', inputOf(benignTwin(c))));
          expect(hostileTree.errors).toBe(0);
          expect(hostileTree.shape).toBe(benignTree.shape);
          expect(hostileTree.literals).toEqual(
            expect.arrayContaining(expectedLiterals('typescript', c)),
          );
          // Bodies are JSON, parsed back by JSON.parse in the snippet's JSON.stringify argument.
        }),
        { numRuns: 80 },
      );
      expect(reached.typescript).toBeGreaterThanOrEqual(20);
    });

    it('Python: ast parses it with the shape of a benign snippet, the values as its literals', async () => {
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (c) => {
          if (!expectRefusalJustified('python', c)) return;
          count('python');
          const code = generateSnippet('python', inputOf(c));
          expectNothingHidden(code);
          const [hostileTree, benignTree] = await parsePython([
            code,
            generateSnippet('python', inputOf(benignTwin(c))),
          ]);
          expect(hostileTree?.error).toBeUndefined();
          expect(hostileTree?.shape).toBe(benignTree?.shape);
          const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0));
          expect(hostileTree?.literals).toEqual(
            expect.arrayContaining(expectedLiterals('python', c).map(codePoints)),
          );
        }),
        RUNS,
      );
      expect(reached.python).toBeGreaterThanOrEqual(15);
    });

    it('.env: sourcing it defines exactly the two variables, or the export refuses the value', () => {
      const sourced = (file: string | null) => {
        if (file !== null) writeFileSync(join(workDir, '.env'), file);
        const script = `${file === null ? '' : 'set -a; . ./.env; set +a; '}for v in $(compgen -e); do printf '%s=%s\\0' "$v" "\${!v}"; done`;
        const run = spawnSync(
          '/usr/bin/env',
          [
            '-i',
            ...Object.entries(NO_PATH).map(([k, v]) => `${k}=${v}`),
            '/bin/bash',
            '-c',
            script,
          ],
          {
            cwd: workDir,
          },
        );
        expect(run.stderr.toString()).toBe('');
        const variables = new Map<string, string>();
        for (const entry of run.stdout.toString('utf8').split('\0').slice(0, -1)) {
          const at = entry.indexOf('=');
          variables.set(entry.slice(0, at), entry.slice(at + 1));
        }
        variables.delete('_'); // the shell's last argument
        return variables;
      };
      const baseline = sourced(null);
      fc.assert(
        fc.property(
          fc.oneof(fc.constant('eght_MTIzNDU2Nzg'), value),
          fc.oneof(fc.constant('c2Vj+/=-_.~'), value),
          (key, secret) => {
            const representable = (value: string) => !HIDDEN.test(value) && !/['\\]/.test(value);
            if (!representable(key) || !representable(secret)) {
              expect(() => envFile(key, secret)).toThrow(EnvFileRefusedError);
              return;
            }
            count('env');
            const variables = sourced(envFile(key, secret));
            expect(Object.fromEntries(variables)).toEqual({
              ...Object.fromEntries(baseline),
              EIGHTX8_KEY: key,
              EIGHTX8_SECRET: secret,
            });
          },
        ),
        RUNS,
      );
      expect(reached.env).toBeGreaterThanOrEqual(15);
    });
  },
);

describe('the Python snippet and coding declarations', () => {
  it('puts no backend text on lines 1 and 2, where Python reads a `coding:` declaration', async () => {
    // As UTF-7, `+AAo-` is a line break: with the name on line 1 the key would end its string.
    const product = {
      id: 'utf7',
      name: 'coding: utf-7',
      description: '',
      category: '',
      baseUrl: BASE,
      auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
      exampleRequest: { method: 'GET', path: '' },
      requiredAssignment: null,
    } as Product;
    const key = '+AAo-import os+AAo-';
    const [tree] = await parsePython([generateSnippet('python', { product, key, secret: null })]);
    expect(tree?.error).toBeUndefined();
    expect(tree?.literals).toContainEqual([...key].map((char) => char.codePointAt(0)));
  });
});
