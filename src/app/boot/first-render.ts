/**
 * What the first render waits for: the answers and code the first screen needs, so that it is
 * drawn once, complete, instead of drawn and then redrawn as each part arrives (a second render
 * that runs synchronously in one long task, and parts that push others down the page). The wait
 * is short and capped: meanwhile index.html's frame and heading are on screen, and on a slow
 * network the loading states show once the cap is reached.
 */
const held: Promise<unknown>[] = [];
let firstRenderStarted = false;

/** Called by route loaders for what the first screen needs; after the first render, no-op. */
export function holdFirstRenderFor(work: Promise<unknown>): void {
  if (firstRenderStarted) return;
  // A failure is the screen's to show, once rendered; it must not stop the console starting.
  held.push(work.catch(() => undefined));
}

/** Resolves once everything held has settled, or after `capMs`, whichever comes first. */
export async function readyForFirstRender(capMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(held),
    new Promise((resolve) => (timer = setTimeout(resolve, capMs))),
  ]);
  clearTimeout(timer);
  firstRenderStarted = true;
  held.length = 0;
}
