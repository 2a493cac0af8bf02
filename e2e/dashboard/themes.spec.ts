import { expectNoAxeViolations, screenshot, settled, expect, test } from './support';

test('themes: trend and heatmap show the demo numbers, a chosen theme updates the chart and the URL, a heatmap cell lists its reviews', async ({ page }) => {
  // Many steps, each a round trip (the share view and its caution included): more than the default minute on a busy machine.
  test.slow();
  await page.goto('/themes');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible();

  // Heatmap: the demo's themes by financial year, with numbers and shares in the cells and the yearly totals.
  const heatmap = page.getByTestId('theme-heatmap');
  await expect(heatmap.getByRole('columnheader', { name: '2025/26' })).toBeVisible();
  const neglect = heatmap.getByRole('row', { name: /^Neglect\b/ });
  await expect(neglect.getByRole('button', { name: /in 2024\/25/ })).toHaveText(/^[1-9]\d* \(\d+(\.\d)?%\)/);
  const totals = heatmap.getByRole('row', { name: /^All reviews and audits/ });
  await expect(totals.getByRole('cell').last()).toHaveText(/^[1-9]\d*$/);

  // Trend: by default the five most tagged themes, a line each, with the numbers in the table.
  const trend = page.locator('figure').filter({ hasText: 'Chosen themes by financial year' });
  await expect(trend.locator('.recharts-line')).toHaveCount(5);
  await trend.getByText('Show the data as a table').click();
  const trendTable = trend.getByRole('table');
  await expect(trendTable.getByRole('row', { name: /^2025\/26/ })).toBeVisible();
  await expect(trendTable.getByRole('columnheader', { name: 'Information sharing', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Choose one more theme: the URL keeps the codes and the chart draws it.
  await page.getByText('Choose themes').click();
  // The URL holds the choice, so the box shows it once the URL has changed: click, then expect it checked.
  // Neglect is not among Northshire's five most tagged themes: adding it makes six lines.
  await expect(page.getByRole('checkbox', { name: /^Neglect/ })).not.toBeChecked();
  await page.getByRole('checkbox', { name: /^Neglect/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Neglect/ })).toBeChecked();
  await expect(page).toHaveURL(/[?&]themes=[^&]*neglect/);
  await expect(trend.locator('.recharts-line')).toHaveCount(6);
  await expect(trend.locator('.recharts-legend-item-text', { hasText: 'Neglect' })).toBeVisible();
  await expect(trendTable.getByRole('columnheader', { name: 'Neglect', exact: true })).toBeVisible();

  // By quarter, kept in the URL too.
  await page.getByRole('radio', { name: 'Quarter' }).click();
  await expect(page.getByRole('radio', { name: 'Quarter' })).toBeChecked();
  await expect(page).toHaveURL(/grain=quarter/);
  const quarterly = page.locator('figure').filter({ hasText: 'Chosen themes by quarter' });
  await expect(quarterly.getByRole('row', { name: /^2025\/26 Q4/ })).toHaveCount(1);
  await expect(quarterly.getByRole('heading', { name: /\(n = [1-9]\d* reviews and audits\)$/ })).toBeVisible();
  // Quarterly shares of a handful of records are not drawn, and the page says why.
  await page.getByRole('radio', { name: 'Share of all records' }).click();
  await expect(quarterly).toContainText(/are not drawn: fewer than 10 records each, too few for a share to mean much/);
  await page.getByRole('radio', { name: 'Number of records' }).click();

  // Emerging themes and pairs found together hold real numbers.
  const emerging = page.getByRole('table', { name: /Emerging themes in 2025\/26/ });
  await expect(emerging.getByRole('row').nth(1)).toContainText(/\+\d+(\.\d)? points/);
  // Growth on a handful of records carries the overview's caution.
  await expect(emerging.getByTestId('emerging-too-few').first()).toHaveText(/^Too few to compare: \d and \d records$/);
  await expect(page.getByTestId('emerging-caution')).toContainText('too few to compare');
  await expect(page.getByRole('table', { name: /Pairs of themes most often found/ }).getByRole('row').nth(1)).toContainText(/\d/);

  // Drill into a heatmap cell: the reviews behind it, each linking to its page.
  await neglect.getByRole('button', { name: /in 2024\/25/ }).click();
  await expect(page).toHaveURL(/drill=neglect&drillFrom=2024-04-01&drillTo=2025-03-31/);
  const records = page.getByTestId('records-behind');
  await expect(records.getByRole('heading', { name: 'Records behind the figure' })).toBeFocused();
  await expect(records).toContainText(/[1-9]\d* records?/);
  const links = records.getByRole('table').getByRole('link');
  await expect(links.first()).toHaveAttribute('href', /^\/reviews\/[0-9a-f-]{36}/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'themes');

  await links.first().click();
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}/);
});
