import { type Locator } from '@playwright/test';
import { DEMO_YEAR, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  return Number(text.replace(/[^0-9.]/g, ''));
}

test('the overview shows the demo headlines against the year before, and follows the financial year filter', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await settled(page);
  await expect(page.getByText(`How the partnership is doing in ${DEMO_YEAR}, against 2024/25.`)).toBeVisible();

  // Real numbers from the demo data, each tile against 2024/25 and linking to its page with the filters.
  const notifications = page.getByTestId('tile-notifications');
  const before = await numberIn(notifications.getByTestId('tile-value'));
  expect(before).toBeGreaterThan(0);
  await expect(notifications.getByText(/^2024\/25: \d+$/)).toBeVisible();
  const attendances = await numberIn(page.getByTestId('tile-training-reach').getByTestId('tile-value'));
  expect(attendances).toBeGreaterThan(100);
  // A rate shows as a percentage, with what it was computed from.
  const audits = page.getByTestId('tile-audit-good-or-better');
  await expect(audits.getByTestId('tile-value')).toHaveText(/^\d+(\.\d)?%$/);
  await expect(audits.getByText(/^\d+ of \d+ audited cases graded good or outstanding$/)).toBeVisible();
  await expect(page.getByTestId('tile-actions-overdue').getByTestId('tile-change')).toHaveText(/\((better|worse)\)$|^No change/);
  await expect(page.getByTestId('overview-verdict')).toContainText('measures got better');

  // Another financial year: new figures, compared with the year before that, and the URL says so.
  await page.getByLabel('Financial year', { exact: true }).selectOption('2024/25');
  await expect(page).toHaveURL(/year=2024%2F25/);
  await expect(page.getByText('How the partnership is doing in 2024/25, against 2023/24.')).toBeVisible();
  await settled(page);
  await expect(notifications.getByText(/^2023\/24: \d+$/)).toBeVisible();
  await expect(notifications.getByTestId('tile-value')).not.toHaveText(String(before));
  await expect(page.getByRole('link', { name: 'Actions overdue' })).toHaveAttribute('href', /^\/actions\?year=2024%2F25$/);

  await expectNoAxeViolations(page);
  await page.getByText('Show the trend figures as a table').click();
  await expect(page.getByRole('table', { name: /Headline measures year by year, 2020\/21 to 2024\/25/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByText('Show the trend figures as a table').click();

  await page.goto('/');
  await settled(page);
  await screenshot(page, 'overview');
});
