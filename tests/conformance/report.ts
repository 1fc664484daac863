// What the run says: a table for people, a JUnit file for CI, and the expected-failures list
// applied so that it cannot go stale (a listed check that passes fails the run).
import type { CheckResult } from './kit';

export type Outcome = CheckResult & {
  /** fail: a failure not listed; xfail: a listed failure; xpass: listed but passed (stale). */
  status: 'pass' | 'fail' | 'skip' | 'xfail' | 'xpass';
};

export function parseExpectedFailures(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

export function applyExpectations(results: CheckResult[], expected: string[]): Outcome[] {
  const outcomes: Outcome[] = results.map((result) => {
    const listed = expected.includes(result.name);
    if (result.verdict === 'skip') return { ...result, status: 'skip' };
    if (result.verdict === 'fail') return { ...result, status: listed ? 'xfail' : 'fail' };
    return listed
      ? {
          ...result,
          status: 'xpass',
          reason: 'listed in --expect-failures but passes: remove it from the list',
        }
      : { ...result, status: 'pass' };
  });
  for (const name of expected) {
    if (!results.some((result) => result.name === name)) {
      outcomes.push({
        name,
        verdict: 'fail',
        status: 'xpass',
        reason: 'listed in --expect-failures but no such check ran',
      });
    }
  }
  return outcomes;
}

export const failed = (outcome: Outcome) => outcome.status === 'fail' || outcome.status === 'xpass';

const LABELS: Record<Outcome['status'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  skip: 'SKIP',
  xfail: 'FAIL (expected)',
  xpass: 'FAIL (stale expectation)',
};

export function table(outcomes: Outcome[]): string {
  const rows = outcomes.map((o) => [o.name, LABELS[o.status], o.reason]);
  const widths = [0, 1].map((column) =>
    Math.max(column === 0 ? 5 : 6, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index < 2 ? cell.padEnd(widths[index]!) : cell))
      .join('  ')
      .trimEnd();
  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  // Not "N passed, N failed": CI reads that exact shape as a test runner's closing line.
  const summary = `Summary: ${outcomes.length} checks; pass ${count('pass')}, fail ${count('fail') + count('xpass')}, expected fail ${count('xfail')}, skip ${count('skip')}`;
  return [line(['check', 'result', 'reason']), ...rows.map(line), '', summary].join('\n');
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function junit(outcomes: Outcome[], seconds: number, kitError?: string): string {
  const failures = outcomes.filter(failed).length + (kitError ? 1 : 0);
  const skipped = outcomes.filter((o) => o.status === 'skip' || o.status === 'xfail').length;
  const cases = outcomes.map((o) => {
    const [suite] = o.name.split('/');
    const open = `    <testcase classname="conformance.${escapeXml(suite ?? 'kit')}" name="${escapeXml(o.name)}">`;
    if (failed(o)) return `${open}<failure message="${escapeXml(o.reason)}"/></testcase>`;
    if (o.status === 'skip') return `${open}<skipped message="${escapeXml(o.reason)}"/></testcase>`;
    if (o.status === 'xfail')
      return `${open}<skipped message="${escapeXml(`expected failure: ${o.reason}`)}"/></testcase>`;
    return `${open}</testcase>`;
  });
  if (kitError) {
    cases.push(
      `    <testcase classname="conformance.kit" name="kit"><error message="${escapeXml(kitError)}"/></testcase>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conformance" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="conformance" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="${seconds.toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
