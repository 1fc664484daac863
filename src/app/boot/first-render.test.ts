import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: it remembers whether the first render has started.
async function load() {
  vi.resetModules();
  return import('./first-render');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the first render', () => {
  it('waits for everything held, failures included, then starts', async () => {
    const { holdFirstRenderFor, readyForFirstRender } = await load();
    let answer = () => {};
    holdFirstRenderFor(new Promise<void>((resolve) => (answer = resolve)));
    holdFirstRenderFor(Promise.reject(new Error('no network')));
    let ready = false;
    const waiting = readyForFirstRender(60_000).then(() => (ready = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(ready).toBe(false);
    answer();
    await waiting;
    expect(ready).toBe(true);
  });

  it('starts after the cap when something held is slower', async () => {
    vi.useFakeTimers();
    const { holdFirstRenderFor, readyForFirstRender } = await load();
    holdFirstRenderFor(new Promise(() => {}));
    let ready = false;
    void readyForFirstRender(1000).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
  });

  it('holds nothing once it has started: later loaders do not wait', async () => {
    vi.useFakeTimers();
    const { holdFirstRenderFor, readyForFirstRender } = await load();
    await readyForFirstRender(1000);
    holdFirstRenderFor(new Promise(() => {}));
    let ready = false;
    void readyForFirstRender(1000).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(true);
  });
});
