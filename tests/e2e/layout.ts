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
