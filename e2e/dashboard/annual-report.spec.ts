import { readFile } from 'node:fs/promises';
import { demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';
import { readCsvDownload } from './downloads';

const TABLES = [
  'ar-notifications-by-harm-and-age',
  'ar-reviews-by-type-and-status',
  'ar-actions-by-sector-and-brag',
  'ar-training-attendance-by-sector',
];

// The joint partnership's business unit: its own partnership is the one in force.
test.use({ user: demoEmail('admin', 'westmere') });

test('annual report: published figures with c, every table with totals and exports, a real PDF, and the exact version', async ({ page }) => {
  await page.goto('/annual-report?year=2025/26');
  await expect(page.getByLabel('Partnership', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Partnership', { exact: true }).locator('option:checked')).toHaveText('Westmere Safeguarding Partnership');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annual report 2025/26');
  await expect(page.getByTestId('ar-note')).toContainText('c: suppressed');

  // Headline figures: a count or c, with the year before beside it.
  const figures = page.getByTestId('ar-figure');
  await expect(figures).toHaveCount(11);
  const training = figures.filter({ hasText: 'Practitioners attending training' });
  await expect(training.locator('.ar-figure-value')).toHaveText(/^[1-9][\d,]*$/);
  await expect(training).toContainText(/2024\/25: (c|\d+)/);
  await expect(figures.locator('.ar-figure-value').filter({ hasText: /^c$/ }).first()).toBeVisible();

  // Every table, with its totals row; small numbers show as c.
  for (const id of TABLES) {
    const section = page.getByTestId(id);
    await expect(section.getByRole('row').filter({ hasText: /^Total/ }).last()).toBeVisible();
  }
  const notifications = page.getByTestId(TABLES[0] as string);
  await expect(notifications.getByRole('cell', { name: 'c', exact: true }).first()).toBeVisible();

  // A table's CSV holds the published values, c included.
  const [csv] = await Promise.all([page.waitForEvent('download'), notifications.getByRole('button', { name: /Download CSV/ }).click()]);
  const text = await readFile(await csv.path(), 'utf8');
  expect((await readCsvDownload(csv)).header).toBe('Harm,Under 1,1 to 5,6 to 10,11 to 15,16 to 17,Total');
  expect(text).toMatch(/\r\nTotal,/);
  expect(text).toMatch(/,c[,\r]/);

  await expectNoAxeViolations(page);
  await screenshot(page, 'annual-report');

  // The PDF, built in the browser.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^annual-report-westmere-safeguarding-partnership-2025-26\.pdf$/);
  const bytes = await readFile(await pdf.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(bytes.length).toBeGreaterThan(1024);

  // The exact version, for internal use, kept in the URL.
  // The choice lives in the URL, so the radio turns on once the navigation lands: click, then wait for it
  // (check() asserts the state at once and failed now and then on a busy machine).
  const exact = page.getByLabel('Exact (internal use only)');
  await exact.click();
  await expect(exact).toBeChecked();
  await expect(page).toHaveURL(/mode=exact/);
  await expect(page.getByTestId('ar-note')).toContainText('Exact version');
  await expect(notifications.getByRole('cell', { name: 'c', exact: true })).toHaveCount(0);
});
