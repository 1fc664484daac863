// Prints one plain line per test runner and a total, from the JSON reports that Vitest and
// Playwright write (see vite.config.ts and playwright.config.ts). A missing report means that
// runner did not get to run, which is said rather than counted as zero.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const totals = { passed: 0, failed: 0, skipped: 0 };
const line = (label, { passed, failed, skipped }) =>
  console.log(
    `${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );

/** A Vitest JSON report: the unit tests, and the conformance kit's own tests. */
function vitestRun(label, path) {
  const report = read(path);
  if (!report) return console.log(`${label}: did not run`);
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
  line(label, counts);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}
vitestRun('unit', 'test-results/unit.json');
vitestRun('conformance', 'test-results/conformance.json');

const e2e = read('test-results/e2e.json');
if (e2e) {
  const { expected, unexpected, flaky, skipped } = e2e.stats;
  // A flaky test (passed only on a retry) counts as failed: it is not to be trusted.
  const counts = { passed: expected, failed: unexpected + flaky, skipped };
  line('e2e', counts);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
} else console.log('e2e: did not run');

line('total', totals);
