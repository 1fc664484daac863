// npm run api:diff [-- --base <git ref>] [--base-file <file>] [--head-file <file>]
// Compares the contract (src/api/openapi.yaml, or --head-file) with an earlier one (by default
// `git show HEAD~1:src/api/openapi.yaml`) using api-smart-diff, and fails (exit 1) on a breaking
// change unless info.version's major moved. Exit 2 when the comparison itself cannot be made.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { apiCompare } from 'api-smart-diff';
import { parse } from 'yaml';

const CONTRACT = 'src/api/openapi.yaml';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function fail(message: string, code: number): never {
  console.error(`api:diff: ${message}`);
  process.exit(code);
}

function baseContract(): { text: string; label: string } | undefined {
  const file = option('--base-file');
  if (file) return { text: readFileSync(file, 'utf8'), label: file };
  const explicit = option('--base');
  const ref = explicit ?? 'HEAD~1';
  try {
    const text = execFileSync('git', ['show', `${ref}:${CONTRACT}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { text, label: `${ref}:${CONTRACT}` };
  } catch {
    // A first commit or a shallow clone has no previous contract: nothing can have broken.
    if (explicit === undefined) return undefined;
    fail(`no contract at ${ref} (git show ${ref}:${CONTRACT} failed)`, 2);
  }
}

const major = (document: { info?: { version?: unknown } }) =>
  Number(/^(\d+)\./.exec(String(document.info?.version ?? ''))?.[1] ?? Number.NaN);

const base = baseContract();
if (!base) {
  process.stdout.write(`api:diff: no previous contract at HEAD~1; nothing to compare\n`);
  process.exit(0);
}
const headFile = option('--head-file') ?? CONTRACT;
let before: Record<string, unknown>;
let after: Record<string, unknown>;
try {
  before = parse(base.text) as Record<string, unknown>;
  after = parse(readFileSync(headFile, 'utf8')) as Record<string, unknown>;
} catch (error) {
  fail(`cannot read the contracts: ${(error as Error).message}`, 2);
}

const { diffs } = apiCompare(before, after);
const breaking = diffs.filter((diff) => diff.type === 'breaking');
const count = (type: string) => diffs.filter((diff) => diff.type === type).length;
const from = String((before.info as { version?: unknown })?.version);
const to = String((after.info as { version?: unknown })?.version);
const majorMoved = major(after) > major(before);

process.stdout.write(
  `api:diff: ${base.label} (${from}) → ${headFile} (${to}): ${breaking.length} breaking, ${count('non-breaking')} non-breaking, ${count('deprecated')} deprecated, ${count('annotation') + count('unclassified')} annotation\n`,
);
const shown = new Set<string>();
for (const diff of breaking) {
  const line = `  ${diff.action} ${diff.path.join('.')}${diff.description ? `: ${diff.description}` : ''}`;
  if (shown.size < 40) shown.add(line);
}
if (shown.size > 0) process.stdout.write(`${[...shown].join('\n')}\n`);
if (breaking.length > 0 && !majorMoved) {
  fail(
    `${breaking.length} breaking change(s) without a new major version (info.version ${from} → ${to})`,
    1,
  );
}
if (breaking.length > 0) {
  process.stdout.write(`api:diff: allowed, the major version moved (${from} → ${to})\n`);
}
