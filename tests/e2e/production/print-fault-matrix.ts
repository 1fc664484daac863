import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Playwright global teardown: prints the fault matrix that fault-matrix.spec.ts recorded (one
 * row per operation, one column per fault) with the pass count, after all workers are done.
 */
export default async function printFaultMatrix() {
  const dir = path.join('test-results', 'fault-matrix');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  } catch {
    return;
  }
  const rows = await Promise.all(
    files.map(async (file) => ({
      operation: path.basename(file, '.json'),
      cells: JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Array<[string, string]>,
    })),
  );
  if (rows.length === 0) return;
  const faults = rows[0]!.cells.map(([fault]) => fault);
  const widths = faults.map((fault) => Math.max(fault.length, 4));
  const line = (first: string, cells: string[]) =>
    `${first.padEnd(8)} | ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')}`;
  const lines = [
    line('', faults),
    ...rows.map(({ operation, cells }) =>
      line(
        operation,
        cells.map(([, result]) => result),
      ),
    ),
  ];
  const all = rows.flatMap(({ cells }) => cells.map(([, result]) => result));
  const passed = all.filter((result) => result === 'pass').length;
  process.stdout.write(
    `\nFault matrix (production build): ${passed}/${all.length} cells passed\n${lines.join('\n')}\n`,
  );
  // Printed once: a later run that skips some operations must not show these rows again.
  await rm(dir, { recursive: true, force: true });
}
