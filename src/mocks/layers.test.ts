// The mock backend reads in layers (README.md beside this file): model ← store ← handlers ←
// hosts. ESLint's import-x/no-cycle follows value imports only, yet a circle of `import type`
// lines tangles the reading just as much (the old db.ts ↔ app-index.ts ↔ lifecycle.ts circle was
// one), so this test walks every import, types included.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A string, not a `URL`: under jsdom the global URL is not Node's, which fileURLToPath rejects.
const MOCKS = path.dirname(fileURLToPath(import.meta.url));

/** Each folder's rank; a file may import files of its own rank or lower. Top-level files are hosts. */
const layerRank: Record<string, number> = { model: 0, store: 1, handlers: 2, demo: 3 };
const HOST_RANK = 3;

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

// `import … from '…'`, `export … from '…'` and `import '…'`; not a string that merely follows
// `export const`.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files of src/mocks that `file` imports (types included); other imports are not followed. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    if (!specifier.startsWith('.')) return [];
    const base = path.resolve(path.dirname(file), specifier);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) =>
      files.includes(candidate),
    );
    return found ? [found] : [];
  });
}

const files = sourceFiles(MOCKS);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => path.relative(MOCKS, file);
const rankOf = (file: string) => {
  const [first, ...rest] = name(file).split(path.sep);
  return rest.length === 0 ? HOST_RANK : (layerRank[first!] ?? HOST_RANK);
};

/** Every import circle, each as the files around it (depth-first, one report per back edge). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') found.push(stack.slice(stack.indexOf(next)).map(name));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('the layers of the mock backend', () => {
  it('finds the imports it checks', () => {
    expect(graph.get(path.join(MOCKS, 'store/db.ts'))).toContain(
      path.join(MOCKS, 'model/stored-app.ts'),
    );
    // An import over several lines, and a type import.
    expect(graph.get(path.join(MOCKS, 'handlers/apps.ts'))).toEqual(
      expect.arrayContaining([
        path.join(MOCKS, 'model/lifecycle.ts'),
        path.join(MOCKS, 'model/stored-app.ts'),
      ]),
    );
  });

  it('has no import circle, not even one of type imports', () => {
    expect(cycles()).toEqual([]);
  });

  it('imports only downward: model ← store ← handlers ← hosts', () => {
    const upward = [...graph].flatMap(([file, imported]) =>
      imported
        .filter((target) => rankOf(target) > rankOf(file))
        .map((t) => `${name(file)} → ${name(t)}`),
    );
    expect(upward).toEqual([]);
  });
});
