import { DEMO_YEAR, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

test('training: reach by sector, did-not-attend over time, confidence, practice change and Kirkpatrick', async ({ page }) => {
  await page.goto(`/training?year=${DEMO_YEAR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await settled(page);

  // Real numbers for 2025/26 in the user's partnership (Northshire).
  const summary = page.getByTestId('training-summary');
  await expect(summary).toContainText('Sessions held');
  const sessions = Number((await summary.locator('.tile-value').first().innerText()).replace(/,/g, ''));
  expect(sessions).toBeGreaterThan(0);
  await expect(summary).toContainText('of 338 bookings');

  // Reach by sector: Health booked most.
  const reach = page.locator('figure', { has: page.getByRole('heading', { name: 'Bookings by agency sector: attended and did not attend' }) });
  await reach.getByText('Show the data as a table').click();
  await expect(reach.getByRole('row', { name: /^Health/ }).getByRole('cell').nth(1)).toHaveText(/^[1-9]\d*$/);

  // Did-not-attend by quarter, confidence and practice change, Kirkpatrick.
  await expect(page.getByRole('heading', { name: 'Did-not-attend rate by quarter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Confidence before and after by quarter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Practice change at follow-up by quarter' })).toBeVisible();
  await expect(page.getByTestId('kirkpatrick')).toContainText('Behaviour');
  await expect(page.getByTestId('kirkpatrick')).toContainText('%');

  await expectNoAxeViolations(page);

  // Switching the grouping and the grain updates the charts and the URL.
  await page.getByLabel('Break reach down by').selectOption('course');
  await expect(page).toHaveURL(/by=course/);
  await expect(page.getByRole('heading', { level: 2, name: 'Reach by course' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bookings by course: attended and did not attend' })).toBeVisible();
  await page.getByLabel('Show periods by').selectOption('year');
  await expect(page).toHaveURL(/grain=year/);
  const dna = page.locator('figure', { has: page.getByRole('heading', { name: 'Did-not-attend rate by financial year' }) });
  await dna.getByText('Show the data as a table').click();
  await expect(dna.getByRole('row', { name: /2025\/26/ })).toContainText('16.6%');

  await page.getByLabel('Break reach down by').selectOption('sector');
  await page.getByLabel('Show periods by').selectOption('quarter');
  await settled(page);
  await screenshot(page, 'training');
});
