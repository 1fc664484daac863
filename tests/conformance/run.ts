// One conformance run, without any process I/O: the CLI (cli.ts) prints and exits around it,
// and the kit's tests call it directly for the planted-fault runs.
import { allChecks, finalChecks } from './checks';
import { KitError } from './client';
import type { Context } from './kit';
import { openSession, runChecks, type CheckResult } from './kit';
import { applyExpectations, failed, type Outcome } from './report';

export interface RunResult {
  /** The checks' outcomes, with the expected failures applied. */
  outcomes: Outcome[];
  /** The kit's own failure (exit 2), if it could not run to the end. */
  kitError?: string;
  /** Apps the clean-up could not delete. */
  left: string[];
  exitCode: 0 | 1 | 2;
}

/** Runs every check in order, then always deletes what the run created. */
export async function conformance(
  context: Context,
  expectFailures: string[] = [],
): Promise<RunResult> {
  const results: CheckResult[] = [];
  let kitError: string | undefined;
  try {
    await openSession(context);
    context.log(
      `Conformance of ${context.options.baseUrl} (${context.options.allowWrites ? 'reads and writes' : 'reads only'}); capabilities: ${context.capabilities.join(', ') || 'none (plain 8x8)'}; run ${context.runId}`,
    );
    results.push(...(await runChecks(context, allChecks)));
    results.push(...(await runChecks(context, finalChecks)));
  } catch (error) {
    kitError = error instanceof KitError ? error.message : `unexpected: ${(error as Error).stack}`;
  }
  const left = await context.cleanUp();
  if (context.options.allowWrites && !kitError) {
    // Proof of the safety promise: nothing named after this run is left on the backend.
    let remaining = left;
    try {
      const found = await context.findByName(context.runId);
      remaining = [...left, ...found.map((app) => app.name)];
    } catch (error) {
      remaining = [...left, `(cannot list: ${(error as Error).message})`];
    }
    results.push({
      name: 'cleanup/nothing-left',
      verdict: remaining.length === 0 ? 'pass' : 'fail',
      reason: remaining.length === 0 ? '' : `left behind: ${[...new Set(remaining)].join(', ')}`,
    });
  }
  const outcomes = applyExpectations(results, kitError ? [] : expectFailures);
  const exitCode = kitError ? 2 : outcomes.some(failed) ? 1 : 0;
  return { outcomes, kitError, left, exitCode };
}
