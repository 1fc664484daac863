import { readdir, readFile } from 'node:fs/promises';
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
      cells: JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, string>,
    })),
  );
  if (rows.length === 0) return;
  const faults = Object.keys(rows[0]!.cells);
  const width = Math.max(...faults.map((fault) => fault.length), 4);
  const pad = (text: string, size: number) => text.padEnd(size);
  const lines = [
    `${pad('', 9)}| ${faults.map((fault) => pad(fault, width)).join(' | ')}`,
    ...rows.map(
      ({ operation, cells }) =>
        `${pad(operation, 9)}| ${faults.map((fault) => pad(cells[fault] ?? '-', width)).join(' | ')}`,
    ),
  ];
  const all = rows.flatMap(({ cells }) => Object.values(cells));
  const passed = all.filter((result) => result === 'pass').length;
  process.stdout.write(
    `\nFault matrix (production build): ${passed}/${all.length} cells passed\n${lines.join('\n')}\n`,
  );
}
