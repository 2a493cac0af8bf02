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
  // Every tile says the scope and the day it was judged on, and gives the catalogue's definition.
  await expect(notifications.getByTestId('tile-scope')).toHaveText(`${DEMO_YEAR}, as of 31 Mar 2026`);
  await notifications.getByText('Definition').click();
  await expect(notifications.getByTestId('tile-definition')).toContainText('Serious incident notifications (by date aware). Metric notifications');
  // An activity count is described, never judged better or worse.
  await expect(notifications.getByTestId('tile-change')).not.toHaveText(/better|worse/);
  await expect(notifications.getByTestId('tile-change')).not.toHaveClass(/good|bad/);
  const attendances = await numberIn(page.getByTestId('tile-training-reach').getByTestId('tile-value'));
  expect(attendances).toBeGreaterThan(100);
  // A rate shows as a percentage, with what it was computed from.
  const audits = page.getByTestId('tile-audit-good-or-better');
  await expect(audits.getByTestId('tile-value')).toHaveText(/^\d+(\.\d)?%$/);
  await expect(audits.getByTestId('tile-scope')).toHaveText(new RegExp(`^\\d+ of \\d+; ${DEMO_YEAR.replace('/', '\\/')}, as of 31 Mar 2026$`));
  // A change on a handful of records is not judged: 3 of 3 rapid reviews on time against 3 of 3.
  const rapid = page.getByTestId('tile-rapid-reviews-on-time').getByTestId('tile-change');
  await expect(rapid).toHaveText(/^Too few to compare with 2024\/25: \d and \d records \(fewer than 10\)$/);
  await expect(rapid).toHaveClass(/neutral/);
  await expect(page.getByTestId('tile-actions-completed-on-time').getByTestId('tile-change')).toHaveText(/\((better|worse)\)$|^No change|^Too few/);
  await expect(page.getByTestId('overview-verdict')).toContainText('measures with a direction got better');
  await expect(page.getByTestId('overview-verdict')).toContainText('too few records to compare');

  // Another financial year: new figures, compared with the year before that, and the URL says so.
  await page.getByLabel('Financial year', { exact: true }).selectOption('2024/25');
  await expect(page).toHaveURL(/year=2024%2F25/);
  await expect(page.getByText('How the partnership is doing in 2024/25, against 2023/24.')).toBeVisible();
  await settled(page);
  await expect(notifications.getByText(/^2023\/24: \d+$/)).toBeVisible();
  await expect(notifications.getByTestId('tile-value')).not.toHaveText(String(before));
  // The overdue tile counts actions due in the year, and links to the list of exactly those.
  await expect(page.getByRole('link', { name: 'Actions overdue' })).toHaveAttribute('href', /^\/actions\?year=2024%2F25&overdue=period$/);
  const overdueTile = page.getByTestId('tile-actions-overdue');
  const overdue = await numberIn(overdueTile.getByTestId('tile-value'));
  await expect(overdueTile.getByText(/^Due in 2024\/25; \d+ overdue whatever year they were due$/)).toBeVisible();
  await page.getByRole('link', { name: 'Actions overdue' }).click();
  await expect(page.getByTestId('overdue-count')).toContainText(`${overdue} action${overdue === 1 ? ' is' : 's are'} overdue as of 31 Mar 2025, of those due in 2024/25`);
  await page.goBack();
  await settled(page);

  await expectNoAxeViolations(page);
  await page.getByText('Show the trend figures as a table').click();
  await expect(page.getByRole('table', { name: /Headline measures year by year, 2020\/21 to 2024\/25/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByText('Show the trend figures as a table').click();

  await page.goto('/');
  await settled(page);
  await screenshot(page, 'overview');
});
