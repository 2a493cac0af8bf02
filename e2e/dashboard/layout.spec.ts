import { expectNoAxeViolations, expect, test } from './support';

test('every page is reachable from the navigation, keeps the filters in the URL, and a skip link leads to the content', async ({ page }) => {
  await page.goto('/?year=2024/25');
  // Pages load as their own chunks: wait until the page is there, as a person would, before tabbing.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Reviews', 'Action plans', 'Audits', 'Training', 'Themes', 'OBA scorecard', 'Annual report', 'Overview']) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(/year=2024%2F25|year=2024\/25/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
