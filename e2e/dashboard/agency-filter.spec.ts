import { expectNoAxeViolations, screenshot, settled, expect, test } from './support';

/**
 * The filter bar's agency is a search the server answers as the user types (issue 12: at national
 * scale a fixed first page left most agencies out). Typing part of a name finds the agency, choosing
 * it puts its id in the URL and narrows the list; a link naming the agency shows its name.
 */
test('typing part of an agency name in the filter bar finds it and narrows the action register', async ({ page }) => {
  await page.goto('/actions/register?year=2025/26');
  await settled(page);
  const filters = page.getByRole('form', { name: 'Filters' });
  const agency = filters.getByRole('combobox', { name: 'Agency' });
  await expect(agency).toHaveValue('');
  await expect(agency).toHaveAttribute('placeholder', 'All agencies');
  const table = page.getByRole('table', { name: /^All actions, due in/ });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const ownersBefore = new Set((await table.locator('tbody tr td:nth-child(3)').allTextContents()).map((o) => o.trim()));
  expect(ownersBefore.size).toBeGreaterThan(1);

  // Part of the name, in the wrong case: the server finds it; the keyboard chooses it.
  await agency.fill('shire pol');
  const listbox = filters.getByRole('listbox');
  await expect(listbox.getByRole('option')).toHaveText(['Northshire Police']);
  await expectNoAxeViolations(page);
  await screenshot(page, 'agency-filter-open');
  await agency.press('ArrowDown');
  await agency.press('Enter');
  await expect(page).toHaveURL(/agencyId=[0-9a-f-]{36}/);
  await expect(agency).toHaveValue('Northshire Police');
  await settled(page);
  const narrowed = page.getByRole('table', { name: /^All actions owned by Northshire Police, due in/ });
  await expect(narrowed.locator('tbody tr').first()).toBeVisible();
  expect(new Set((await narrowed.locator('tbody tr td:nth-child(3)').allTextContents()).map((o) => o.trim()))).toEqual(new Set(['Northshire Police']));

  // A shared link naming the agency shows its name (looked up by id); emptying the field clears it.
  await page.reload();
  await settled(page);
  await expect(agency).toHaveValue('Northshire Police');
  await agency.fill('');
  await expect(page).not.toHaveURL(/agencyId=/);

  // Nothing matches: said, not an empty box.
  await agency.fill('no agency is called this');
  await expect(filters.getByRole('status').filter({ hasText: 'No agencies match what you typed.' })).toBeVisible();

  // At 320 px the folded filters open to the search, and its list fits the screen.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/actions/register?year=2025/26');
  await settled(page);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await agency.fill('police');
  await expect(listbox.getByRole('option').first()).toBeVisible();
  const box = await listbox.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});
