import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export type Persona =
  'Company Admin' | 'Company Admin without Storage API' | 'User without Application Credentials';
export type NetworkMode = 'Normal' | 'Slow' | 'Failing';

/** The list's view as it appears in the URL (`/api-keys?q=&sort=&order=&page=&size=`). */
export interface ListParams {
  q?: string;
  sort?: 'name' | 'createdAt';
  order?: 'asc' | 'desc';
  page?: number;
  size?: number;
}

/** The floating "Demo settings" panel of demo builds (src/mocks/demo/demo-controls.tsx). */
export class DemoSettings {
  constructor(private readonly page: Page) {}

  private get persona() {
    return this.page.getByRole('combobox', { name: 'Signed in as' });
  }

  private get network() {
    return this.page.getByRole('combobox', { name: 'Network' });
  }

  async openSettings() {
    if (!(await this.persona.isVisible())) {
      await this.page.getByRole('button', { name: 'Demo settings' }).click();
    }
    await expect(this.persona).toBeVisible();
  }

  /** Closes the panel so that it covers nothing the test clicks next. */
  async closeSettings() {
    await this.page.keyboard.press('Escape');
    await expect(this.persona).toBeHidden();
  }

  async signInAs(persona: Persona) {
    await this.openSettings();
    await this.persona.selectOption({ label: persona });
    await this.closeSettings();
  }

  async setNetwork(mode: NetworkMode) {
    await this.openSettings();
    await this.network.selectOption({ label: mode });
    await this.closeSettings();
  }

  async reset() {
    await this.openSettings();
    await this.page.getByRole('button', { name: 'Reset demo data' }).click();
    await this.closeSettings();
  }
}

/** The App list at /api-keys. */
export class AppsList {
  readonly heading: Locator;
  readonly searchBox: Locator;
  /** The App name links of the rows, in the order shown. */
  readonly names: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'API Keys' });
    this.searchBox = page.getByRole('textbox', { name: 'Search apps' });
    this.names = page.getByRole('table').getByRole('row').getByRole('link');
    this.summary = page.getByText(/^Showing \d+–\d+ of \d+ Apps$/);
  }

  async goto(params: ListParams = {}) {
    const search = new URLSearchParams(
      Object.entries(params).map(([name, value]) => [name, String(value)]),
    ).toString();
    await this.page.goto(`/api-keys${search ? `?${search}` : ''}`);
    await expect(this.heading).toBeVisible();
  }

  async search(text: string) {
    await this.searchBox.fill(text);
  }

  async sortBy(column: 'App Name' | 'Created on') {
    await this.page.getByRole('button', { name: column, exact: true }).click();
  }

  /** The App's row, and while it is revealed its Key and Secret rows under it. */
  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) })
      .or(this.page.getByRole('row', { name: `Key of ${name}`, exact: true }))
      .or(this.page.getByRole('row', { name: `Secret of ${name}`, exact: true }));
  }

  async reveal(name: string) {
    await this.page.getByRole('button', { name: `Show credentials for ${name}` }).click();
    await expect(
      this.page.getByRole('button', { name: `Hide credentials for ${name}` }),
    ).toHaveAttribute('aria-pressed', 'true');
  }

  async hide(name: string) {
    await this.page.getByRole('button', { name: `Hide credentials for ${name}` }).click();
    await expect(
      this.page.getByRole('button', { name: `Show credentials for ${name}` }),
    ).toHaveAttribute('aria-pressed', 'false');
  }
}

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page, if any. */
export async function expectNoAxeViolations(
  page: Page,
  options: { include?: string; exclude?: string; disableRules?: string[] } = {},
) {
  // Colours fading in (a drawer's overlay, a button's hover) would be measured mid-way: axe
  // reports such a half-faded colour as a contrast failure now and then. Wait for the end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // Not the endless ones (a spinner, a skeleton's pulse), which never finish.
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => {})),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  if (options.disableRules) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `  ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  expect(report, 'axe found accessibility violations').toEqual([]);
}

/** What is on the clipboard, read in the page (the context grants clipboard-read). */
export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * What the page writes to its console. Every test fails on a console error or warning, or an
 * uncaught page error, unless it says beforehand which messages it expects (`allow`), e.g. the
 * browser's "Failed to load resource" line of a test that makes the network fail on purpose.
 */
export class ConsoleMessages {
  private readonly allowed: RegExp[] = [];
  readonly unexpected: string[] = [];

  constructor(page: Page) {
    page.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      this.record(`console.${type}: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => this.record(`page error: ${error.message}`));
  }

  allow(pattern: RegExp) {
    this.allowed.push(pattern);
  }

  private record(text: string) {
    if (!this.allowed.some((pattern) => pattern.test(text))) this.unexpected.push(text);
  }
}

/** The line Chromium logs for every request answered with an error status or cut off. */
export const FAILED_REQUEST = /Failed to load resource/;

interface Fixtures {
  demo: DemoSettings;
  appsList: AppsList;
  clipboardText: () => Promise<string>;
  consoleMessages: ConsoleMessages;
  quietRoutes: void;
}

export const test = base.extend<Fixtures>({
  // Automatic: applied to every end-to-end test, whether it asks for it or not.
  consoleMessages: [
    async ({ page }, use) => {
      const messages = new ConsoleMessages(page);
      await use(messages);
      expect(messages.unexpected, 'the page logged errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
  // Automatic: a request that a test relays with page.route() and that is still on its way when
  // the test ends (a background refetch) would fail the test as the page closes.
  quietRoutes: [
    async ({ page }, use) => {
      await use();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    },
    { auto: true },
  ],
  demo: async ({ page }, use) => {
    await use(new DemoSettings(page));
  },
  appsList: async ({ page }, use) => {
    await use(new AppsList(page));
  },
  clipboardText: async ({ page }, use) => {
    await use(() => readClipboard(page));
  },
});
