/**
 * Lighthouse (the npm package, 12.x: the last major that runs on Node 20) against the system
 * Chromium with the same flags as the e2e tests. One browser serves every run; Lighthouse clears
 * the origin's storage and cache before each navigation, so each run is a cold load.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumLaunchOptions } from '../../playwright.config';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type FormFactor = 'desktop' | 'mobile';

export interface LighthouseRun {
  scores: Record<Category, number>;
  /** Largest Contentful Paint and Total Blocking Time, ms. */
  lcp: number;
  tbt: number;
  /** Titles of the audits that failed outside performance, to say what to fix. */
  failedAudits: string[];
}

async function devToolsPort(userDataDir: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const [port] = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split(
        '\n',
      );
      if (port) return Number(port);
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open its DevTools port within 30 s.');
}

/**
 * One audit. Lighthouse now and then fails to record the trace (NO_NAVSTART and the like, its
 * own "please run Lighthouse again"): that run is tried again, up to twice, never counted.
 */
async function auditOnce(url: string, port: number, formFactor: FormFactor) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result.');
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    if (attempt === 3) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  }
}

/** Runs `count` Lighthouse audits of `url` per form factor, one after another. */
export async function runLighthouse(
  url: string,
  formFactors: FormFactor[],
  count: number,
): Promise<Record<FormFactor, LighthouseRun[]>> {
  const executable = process.env.CHROME_PATH ?? chromiumLaunchOptions.executablePath;
  if (!executable) throw new Error('Set CHROME_PATH to a Chromium binary for Lighthouse.');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bench-lighthouse-'));
  const chrome = spawn(
    executable,
    [
      ...chromiumLaunchOptions.args,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const results: Record<FormFactor, LighthouseRun[]> = { desktop: [], mobile: [] };
  try {
    const port = await devToolsPort(userDataDir);
    for (let run = 0; run < count; run++) {
      // Interleaved, so that a burst of load on the machine hits both form factors alike.
      for (const formFactor of formFactors) {
        const lhr = await auditOnce(url, port, formFactor);
        const scores = Object.fromEntries(
          categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
        ) as Record<Category, number>;
        const failedAudits = categories
          .filter((id) => id !== 'performance')
          .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => audit!.title);
        results[formFactor].push({
          scores,
          lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          failedAudits: [...new Set(failedAudits)],
        });
      }
    }
  } finally {
    chrome.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await rm(userDataDir, { recursive: true, force: true });
  }
  return results;
}
