import { DEMO_YEAR, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

test('audits: grades by round with the trend in words, every case audit, and the section 11 grid', async ({ page }) => {
  await page.goto(`/audits?year=${DEMO_YEAR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
  await settled(page);

  // Real numbers: cases graded in 2025/26 across the demo partnerships.
  const summary = page.getByTestId('audit-summary');
  await expect(summary).toContainText('Cases graded');
  const graded = Number((await summary.locator('.tile-value').nth(1).innerText()).replace(/,/g, ''));
  expect(graded).toBeGreaterThan(0);

  // Northshire's rounds: the latest against the one before, in words.
  const northshire = page.locator('figure', { has: page.getByRole('heading', { name: 'Northshire Safeguarding Children Partnership: grades by audit round' }) });
  await expect(northshire).toContainText('Latest round 2025/26 round 3');
  // Rounds of 7 and 5 graded cases on different topics: no change is called (audits-domain compareRounds), and why.
  await expect(northshire).toContainText(
    '60% of 5 cases good or better; no change called against 2025/26 round 2 (not comparable: different topic).',
  );
  await northshire.getByText('Show the data as a table').click();
  const roundRow = northshire.getByRole('row', { name: /2025\/26 round 2/ });
  await expect(roundRow).toContainText('85.7% (6 of 7)');
  await expect(roundRow).toContainText(/Not comparable: different topic|Too few cases to call a change/);

  // Every case audit started in the period is listed.
  await expect(page.getByRole('table', { name: /^Case audits started from .*, by start date, most recent first \(page 1\)$/ }).getByRole('row')).not.toHaveCount(1);

  // Section 11: the latest audit first (Westmere, 13 agencies); choosing Northshire's updates the grid and the URL.
  // The partnership's latest Section 11 audit first, moderated, against the one before.
  const s11 = page.getByTestId('section11-summary');
  const grid = page.getByRole('table', { name: /final rating by agency and standard/ });
  await expect(s11).toContainText('Section 11 audit 2025/26 (Northshire Safeguarding Children Partnership');
  // One agency of the ten had not returned its self-assessment (demo returns): its draft ratings do not count.
  await expect(s11).toContainText('72 self-assessments by 9 agencies: 33 green, 32 amber and 7 red');
  await expect(s11).toContainText('changed 6: 0 raised, 6 lowered');
  // 2025/26 used the Working Together 2023 tool, 2023/24 the legacy standards: the shares are not compared.
  await expect(s11).toContainText('no change called against Section 11 audit 2023/24 (not comparable: different tool).');
  await expect(grid.getByRole('columnheader', { name: 'Training and supervision' })).toBeVisible();
  await expect(grid.getByRole('row')).toHaveCount(10);
  await expect(grid.getByText('lowered from').first()).toBeVisible();
  await expect(grid.locator('.badge', { hasText: 'Red' }).first()).toBeVisible();
  // Only the user's partnership's audits to choose from; an earlier one is kept in the URL.
  const chooser = page.getByRole('combobox', { name: 'Section 11 audit' });
  await expect(chooser.locator('option', { hasNotText: /Northshire/ })).toHaveCount(0);
  const earlier = await chooser.locator('option', { hasText: /Section 11 audit 2023\/24/ }).getAttribute('value');
  await chooser.selectOption(earlier ?? '');
  await expect(page).toHaveURL(/s11=/);
  await expect(s11).toContainText('Section 11 audit 2023/24');
  await expect(s11).toContainText(/\d+ self-assessments by \d+ agencies/);

  await expectNoAxeViolations(page);
  await page.reload();
  await settled(page);
  await expect(s11).toContainText('Section 11 audit 2023/24');
  await screenshot(page, 'audits');
});
