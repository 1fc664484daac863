import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The widths every layout check runs at, from a small phone to a wide desktop. */
export const WIDTHS = [320, 390, 768, 1024, 1280, 1920] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** The page itself never scrolls sideways (what scrolls inside its own box is no matter). */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `the page scrolls sideways at ${clientWidth} px`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/** Every element the locator finds lies between the left and right edges of the viewport. */
export async function expectAllWithinViewportWidth(locator: Locator) {
  const width = locator.page().viewportSize()?.width ?? 0;
  const count = await locator.count();
  expect(count, 'nothing to check').toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const element = locator.nth(index);
    const box = await element.boundingBox();
    const name = (await element.getAttribute('aria-label')) ?? `#${index}`;
    expect(box, `${name} is not rendered`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${name} starts left of the viewport at ${width} px`).toBeGreaterThanOrEqual(0);
    expect(
      box.x + box.width,
      `${name} ends right of the viewport at ${width} px`,
    ).toBeLessThanOrEqual(width);
  }
}

/**
 * The control is on screen and nothing lies over its centre (a floating button, a sticky bar,
 * a title grown over it): a click there reaches it. Polled, since a resize may still be
 * switching the list between table and cards when the check starts.
 */
export async function expectNotCovered(locator: Locator) {
  const name = (await locator.getAttribute('aria-label')) ?? (await locator.textContent());
  await expect
    .poll(
      async () => {
        await locator.scrollIntoViewIfNeeded();
        return locator.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          const inView =
            rect.top >= 0 &&
            rect.left >= 0 &&
            rect.bottom <= innerHeight &&
            rect.right <= innerWidth;
          const top = document.elementFromPoint(
            rect.left + rect.width / 2,
            rect.top + rect.height / 2,
          );
          if (!inView) return 'not entirely in the viewport';
          if (top !== null && (element === top || element.contains(top))) return 'reachable';
          return `covered by <${top?.tagName.toLowerCase()}> "${top?.textContent?.slice(0, 40)}"`;
        });
      },
      { message: `${name?.slice(0, 80)} is covered or out of view` },
    )
    .toBe('reachable');
}

/**
 * Resizes the viewport and waits for the layout to settle: the shell's navigation slides in or
 * out with a transition, and the page is measured after it, not during it.
 */
export async function resizeTo(page: Page, width: number, height = 800) {
  await page.setViewportSize({ width, height });
  // One frame for the resize to reach the styles and start the transitions, then their end.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await animationsSettled(page);
}

/** Waits for CSS transitions and animations to end (drawers sliding, colours fading). */
export async function animationsSettled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // Not the endless ones (a spinner, a skeleton's pulse), which never finish.
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => {})),
    ),
  );
}

/**
 * The top and bottom edges of what the console may use of the viewport: below the fixed header
 * (the banner) and above whatever the demo build fixes along the bottom. The demo UI is all
 * that is rendered with the `Demo settings` button; its top counts as the viewport's bottom edge
 * only where it spans the whole width (a bar): a button floating in a corner is no edge, and a
 * control beside or under it counts as on screen.
 */
export async function usableViewport(page: Page) {
  const header = await page.getByRole('banner').first().boundingBox();
  const bottom = await page.getByRole('button', { name: 'Demo settings' }).evaluate((button) => {
    // The fixed box it is in (portals may share their container with a drawer: not that).
    let demoRoot: Element = button;
    while (demoRoot.parentElement && getComputedStyle(demoRoot).position !== 'fixed') {
      demoRoot = demoRoot.parentElement;
    }
    const width = document.documentElement.clientWidth;
    const xs = [1, width / 4, width / 2, (3 * width) / 4, width - 2];
    let edge = innerHeight;
    for (let y = innerHeight - 1; y >= 0; y--) {
      const across = xs.every((x) => demoRoot.contains(document.elementFromPoint(x, y)));
      if (!across) break;
      edge = y;
    }
    return edge;
  });
  return { top: header ? header.y + header.height : 0, bottom };
}

/**
 * Every visible control of the page's main region (buttons, links, checkboxes, text boxes,
 * selects, spin buttons) whose centre lies between the edges of usableViewport and across the
 * viewport's width, that a click would not reach at its centre or at points around it (those
 * between the edges): what covers it, by name.
 */
export async function controlsCoveredOnScreen(page: Page): Promise<string[]> {
  const edges = await usableViewport(page);
  const main = page.getByRole('main');
  const controls = main
    .getByRole('button')
    .or(main.getByRole('link'))
    .or(main.getByRole('checkbox'))
    .or(main.getByRole('textbox'))
    .or(main.getByRole('combobox'))
    .or(main.getByRole('spinbutton'));
  const demoButton = await page.getByRole('button', { name: 'Demo settings' }).elementHandle();
  return controls.evaluateAll(
    (elements, { edges, demoButton }) => {
      let demoRoot: Element | null = demoButton;
      while (demoRoot?.parentElement && getComputedStyle(demoRoot).position !== 'fixed') {
        demoRoot = demoRoot.parentElement;
      }
      const width = document.documentElement.clientWidth;
      const covered: string[] = [];
      for (const element of elements) {
        if (!element.checkVisibility()) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const centreY = rect.top + rect.height / 2;
        const centreX = rect.left + rect.width / 2;
        if (centreY <= edges.top || centreY >= edges.bottom || centreX < 0 || centreX >= width) {
          continue;
        }
        // Its centre and points around it (clear of rounded corners), those on the usable
        // screen: a floating button over part of a control is no better than over its centre.
        const points = [0.5, 0.2, 0.8].flatMap((fx) =>
          [0.5, 0.3, 0.7].map((fy) => ({
            x: rect.left + rect.width * fx,
            y: rect.top + rect.height * fy,
          })),
        );
        for (const { x, y } of points) {
          // A pixel's margin at the edges: hit testing rounds to whole pixels.
          if (y <= edges.top + 1 || y >= edges.bottom - 1 || x < 0 || x >= width) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit !== null && (hit === element || element.contains(hit))) continue;
          const name =
            element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
          const by = demoRoot?.contains(hit)
            ? 'the demo controls'
            : `<${hit?.tagName.toLowerCase()}> "${hit?.textContent?.trim().slice(0, 30)}"`;
          const at = `(${Math.round(x)}, ${Math.round(y)})`;
          covered.push(`${element.tagName.toLowerCase()} "${name}" at ${at}: ${by}`);
          break;
        }
      }
      return covered;
    },
    { edges, demoButton },
  );
}

/**
 * Where the focused element is, against the edges of usableViewport: 'clear' when it lies
 * wholly between them and a click at its centre reaches it, else what is wrong.
 */
export async function focusedControlPlacement(page: Page): Promise<string> {
  const edges = await usableViewport(page);
  return page.evaluate((edges) => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing focused';
    const rect = element.getBoundingClientRect();
    const name =
      element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    const where = `${element.tagName.toLowerCase()} "${name}" (${Math.round(rect.top)}–${Math.round(rect.bottom)}, edges ${Math.round(edges.top)}–${Math.round(edges.bottom)})`;
    if (rect.top < edges.top) return `${where} is under the header`;
    if (rect.bottom > edges.bottom) return `${where} is not fully above the bottom edge`;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (hit === null || !(hit === element || element.contains(hit))) {
      return `${where} is covered by <${hit?.tagName.toLowerCase()}> "${hit?.textContent?.trim().slice(0, 30)}"`;
    }
    return 'clear';
  }, edges);
}
