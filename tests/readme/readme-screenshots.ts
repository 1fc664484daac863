import path from 'node:path';
import { expect, test } from '../e2e/fixtures';

const here = import.meta.dirname;

test('the README screenshots: the App list and an App’s details', async ({ page, appsList }) => {
  await appsList.goto();
  await expect(appsList.names).toHaveCount(10);
  await appsList.reveal('DataLake-Ingest');
  await expect(appsList.row('DataLake-Ingest').getByText(/^eght_/)).toBeVisible();
  await page.screenshot({ path: path.join(here, 'apps-list.png'), animations: 'disabled' });
  await appsList.hide('DataLake-Ingest');

  await page.getByRole('link', { name: 'PowerBI_Dashboards' }).click();
  const details = page.getByRole('dialog', { name: 'PowerBI_Dashboards' });
  await expect(details.getByRole('checkbox', { name: 'Work Analytics' })).toBeChecked();
  await expect(details).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(here, 'app-details.png'), animations: 'disabled' });
});
