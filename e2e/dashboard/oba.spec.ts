import { expectNoAxeViolations, screenshot, settled, expect, test } from './support';

const QUESTIONS = ['How much did we do?', 'How well did we do it?', 'Is anyone better off?'];

test("OBA scorecard: the user's partnership's measures by the three questions with value, target, trend, curve and story", async ({ page }) => {
  await page.goto('/oba');
  await settled(page);

  for (const question of QUESTIONS) await expect(page.getByRole('heading', { level: 2, name: question })).toBeVisible();
  const howMuch = page.getByTestId('oba-how-much');
  // Headline first: the notifications count leads "How much did we do?".
  await expect(howMuch.getByTestId('oba-measure').first().getByRole('heading', { level: 3 }).first()).toHaveText('Serious incident notifications');

  const card = page
    .getByTestId('oba-measure')
    .filter({ has: page.getByRole('heading', { level: 3, name: "Re-referrals to children's social care within 12 months", exact: true }) });
  await expect(card.locator('.oba-latest')).toHaveText(/^\d+(\.\d)?%$/);
  await expect(card).toContainText(/On target|Off target/);
  await expect(card).toContainText(/(Improving|Worsening|Stable) for \d+ periods?/);
  await expect(card).toContainText('The story behind the curve');
  await expect(card.locator('.recharts-line')).toHaveCount(2);

  await expectNoAxeViolations(page);
  await screenshot(page, 'oba');

  // The curve as a table: values, then the forecast periods.
  await card.getByText('Show the data as a table').click();
  const table = card.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: '2025/26 Q4' }).getByRole('cell').nth(1)).toHaveText(/^\d+(\.\d)?%$/);
  await expect(table.getByRole('row').filter({ hasText: '2026/27 Q4' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Headline measures only, kept in the URL.
  const before = await page.getByTestId('oba-measure').count();
  await page.getByLabel('Measures').selectOption('headline');
  await expect(page).toHaveURL(/measures=headline/);
  await expect(page.getByRole('heading', { level: 3, name: 'Families supported through early help' })).toHaveCount(0);
  expect(await page.getByTestId('oba-measure').count()).toBeLessThan(before);
});
