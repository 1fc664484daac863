// Helpers shared by the specs that open an App's drawers in the demo build.
import type { Page } from '@playwright/test';
import { expect, type NetworkMode } from './fixtures';

/** Switches the mock network without Escape, which would also close the drawer underneath. */
export async function switchNetwork(page: Page, mode: NetworkMode) {
  const toggle = page.getByRole('button', { name: 'Demo settings' });
  const network = page.getByRole('combobox', { name: 'Network' });
  await toggle.click();
  await network.selectOption({ label: mode });
  await toggle.click();
  await expect(network).toBeHidden();
}

/** The details drawer of `name`, opened from its link in the list, with its products loaded. */
export async function openDetails(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  const details = page.getByRole('dialog', { name, exact: true });
  await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeVisible();
  return details;
}
