import { expectNoAxeViolations, screenshot, settled, expect, test } from './support';

/**
 * Assurance tools as data (issue 10): the partnership's tools, each version with its standards and
 * rating scale; the section 11 tool is the partnership's own (Working Together 2023), the eight
 * standards of old kept as a retired version for the assessments made against them.
 */
test("an admin reads the partnership's assurance tools and one tool's standards and scale", async ({ page }) => {
  await page.goto('/admin/assurance-tools');
  await expect(page.getByRole('heading', { level: 1, name: 'Assurance tools' })).toBeVisible();
  await settled(page);
  const table = page.getByRole('table', { name: /Assurance tools of the partnership/ });
  // Adults, schools, section 11 version 2 (in use) and version 1 (retired).
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /Section 11 self-assessment \(legacy standards\)/ })).toContainText('Retired');
  await expect(table.getByRole('row', { name: /Keeping Children Safe in Education/ })).toContainText('In use');
  await expectNoAxeViolations(page);
  await screenshot(page, 'assurance-tools');

  await table.getByRole('link', { name: 'Partnership section 11 self-assessment (Working Together 2023)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership section 11 self-assessment (Working Together 2023)' })).toBeVisible();
  await expect(page.getByText('Section 11 self-assessment, version 2: in use.')).toBeVisible();
  const standards = page.getByRole('table', { name: /^Standards of / });
  await expect(standards.getByRole('row')).toHaveCount(9);
  await expect(standards).toContainText('Whistleblowing and resolving professional disagreement');
  const scale = page.getByRole('table', { name: /^Rating scale of / });
  await expect(scale.getByRole('row', { name: /Green \(met\)/ })).toContainText('Yes');
  await expect(scale.getByRole('row', { name: /Amber \(partly met\)/ })).toContainText('No');
  await expectNoAxeViolations(page);
  await screenshot(page, 'assurance-tool');
});
