import { expect, type Locator, type Page } from '@playwright/test';

/** The details drawer of `name`, opened from its link in the list and fully slid in. */
export async function openDetails(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  await expect(details).toBeInViewport({ ratio: 1 });
  return details;
}

export function credentialGroup(details: Locator, label: 'Key' | 'Secret' | 'Previous secret') {
  return details.getByRole('group', { name: label, exact: true });
}

/** Reveals a credential in the details and returns its value as shown. */
export async function revealedValue(
  details: Locator,
  label: 'Key' | 'Secret' | 'Previous secret',
): Promise<string> {
  const group = credentialGroup(details, label);
  const spoken = label === 'Key' ? 'key' : label === 'Secret' ? 'secret' : 'previous secret';
  const show = group.getByRole('button', { name: `Show ${spoken}`, exact: true });
  if (await show.isVisible()) await show.click();
  const code = group.getByRole('code');
  await expect(code).toHaveText(/\S{32,}/);
  return (await code.textContent()) ?? '';
}

/**
 * Asks 8x8's token endpoint (the mock's stand-in; in the demo the service worker answers it)
 * whether a Key and Secret still work: 200 or 401.
 */
export async function tokenStatus(page: Page, key: string, secret: string): Promise<number> {
  return page.evaluate(
    async ({ key, secret }) =>
      (
        await fetch('https://api.8x8.com/oauth/v2/token', {
          method: 'POST',
          headers: {
            Authorization: `Basic ${btoa(`${key}:${secret}`)}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: 'grant_type=client_credentials',
        })
      ).status,
    { key, secret },
  );
}

/** The grace options that keep the previous secret working, and when it then stops. */
export const graceOptions = [
  { option: 'For 1 hour', stops: 'in 1 hour' },
  { option: 'For 24 hours', stops: 'in 1 day' },
  { option: 'For 7 days', stops: 'in 7 days' },
] as const;

/** Waits until the element's transitions (a dialog fading in or out) are over. */
export async function settled(locator: Locator) {
  await locator.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
  );
}

export async function useColourScheme(page: Page, scheme: 'light' | 'dark') {
  if (scheme === 'light') return;
  await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
  await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();
}

/** Regenerates the secret of the App whose details are open, choosing the grace option. */
export async function regenerate(page: Page, details: Locator, name: string, option: string) {
  await details.getByRole('button', { name: 'Regenerate secret' }).click();
  const dialog = page.getByRole('dialog', { name: `Regenerate secret for ${name}?` });
  await dialog.getByRole('radio', { name: option }).check();
  if (option === 'No, stop it now') {
    const confirm = dialog.getByRole('button', { name: 'Regenerate secret' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
  }
  await dialog.getByRole('button', { name: 'Regenerate secret' }).click();
  return dialog;
}

/** The events of the details' Activity tab, newest first. */
export async function openActivity(details: Locator) {
  await details.getByRole('tab', { name: 'Activity' }).click();
  const feed = details.getByRole('feed', { name: 'Activity' });
  await expect(feed.getByRole('article').first()).toBeVisible();
  return feed.getByRole('article');
}
