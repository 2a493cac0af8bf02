import { readFile } from 'node:fs/promises';
import { readPdf } from './read-pdf';
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

test('annual report: work figures exact, people by characteristic with c, every table with totals, charts and exports, a real PDF, and the exact version', async ({ page }) => {
  await page.goto('/annual-report?year=2025/26');
  await expect(page.getByLabel('Partnership', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Partnership', { exact: true }).locator('option:checked')).toHaveText('Westmere Safeguarding Partnership');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annual report 2025/26');
  await expect(page.getByTestId('ar-note')).toContainText('c: suppressed');

  // Headline figures count the partnership's work: published as they are (never c), with the year before beside them.
  // A joint partnership reports every kind of statutory review: notifications and rapid reviews, SARs and DHRs.
  const figures = page.getByTestId('ar-figure');
  await expect(figures).toHaveCount(15);
  await expect(figures.filter({ hasText: 'Safeguarding adults reviews (SARs) initiated' })).toHaveCount(1);
  await expect(figures.filter({ hasText: 'Domestic homicide reviews (DHRs) initiated' })).toHaveCount(1);
  const training = figures.filter({ hasText: 'Practitioners attending training' });
  await expect(training.locator('.ar-figure-value')).toHaveText(/^[1-9][\d,]*$/);
  await expect(training).toContainText(/2024\/25: \d+/);
  await expect(figures.filter({ hasText: 'Serious incident notifications' }).first().locator('.ar-figure-value')).toHaveText(/^\d+$/);
  await expect(figures.locator('.ar-figure-value').filter({ hasText: /^c$/ })).toHaveCount(0);

  // The OBA scorecard section: headline measures with target and the year before.
  const oba = page.getByTestId('ar-oba');
  await expect(oba.getByRole('columnheader', { name: 'Target', exact: true })).toBeVisible();
  await expect(oba.getByRole('row').filter({ hasText: 'Rapid reviews sent to the Panel within 15 working days' })).toContainText('90%');

  // Every table, with its totals row; small numbers show as c.
  for (const id of TABLES) {
    const section = page.getByTestId(id);
    await expect(section.getByRole('row').filter({ hasText: /^Total/ }).last()).toBeVisible();
  }
  // Children by harm and age band are people by characteristic: small counts are c. Reviews are work: never c.
  const notifications = page.getByTestId(TABLES[0] as string);
  await expect(notifications.getByRole('cell', { name: 'c', exact: true }).first()).toBeVisible();
  await expect(page.getByTestId(TABLES[1] as string).getByRole('cell', { name: 'c', exact: true })).toHaveCount(0);
  // Each table has its chart beside it, with n said in words.
  await expect(notifications.locator('figure.chart-figure')).toContainText(/n = \d+ in 2025\/26 and (c|\d+) in 2024\/25/);

  // A table's CSV holds the published values, c included.
  const [csv] = await Promise.all([page.waitForEvent('download'), notifications.getByRole('button', { name: /Download CSV/ }).click()]);
  const text = await readFile(await csv.path(), 'utf8');
  expect((await readCsvDownload(csv)).header).toBe('Harm,Under 1,1 to 5,6 to 10,11 to 15,16 to 17,Total,Total 2024/25');
  expect(text).toMatch(/\r\nTotal,/);
  expect(text).toMatch(/,c[,\r]/);

  await expectNoAxeViolations(page);
  await screenshot(page, 'annual-report');

  // The PDF, typeset on the server: a tagged board paper, read back from the file.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^annual-report_[A-Za-z0-9-]+_2025-26_published\.pdf$/);
  const file = await readPdf(await pdf.path());
  expect(file.markInfo?.Marked).toBe(true);
  expect(file.info.Language).toBe('en-GB');
  expect(file.info.Title).toBe('Annual report 2025/26: Westmere Safeguarding Partnership');
  const roles = (role: string) => file.elements.filter((n) => n.role === role);
  expect(roles('H1').map((h) => h.text)).toEqual(['Annual report 2025/26']);
  expect(roles('H2').map((h) => h.text)).toEqual(
    expect.arrayContaining(['Contents', 'Headline figures', 'Serious incident notifications by harm and age of child', 'About these figures']),
  );
  const harm = roles('Table').find((t) => t.children.some((c) => c.role === 'THead' && c.text.startsWith('Harm Under 1 1 to 5')));
  expect(harm?.text).toContain('Total');
  expect(roles('TD').length).toBeGreaterThan(20);
  // A chart beside each table with a published total to draw (training places always have some), described in words.
  expect(roles('Figure').length).toBeGreaterThan(0);
  for (const f of roles('Figure')) expect(f.alt).toMatch(/^Bar chart: .+\. The total for each .+: .+\. Total (\d+|c)\.$/);
  expect(roles('Figure').map((f) => f.alt)).toContainEqual(expect.stringMatching(/^Bar chart: Training places booked by agency sector/));
  file.pages.forEach((p) => expect(p.items.map((i) => i.str)).toContain(`Page ${p.number} of ${file.numPages}`));
  // The notifications table's totals line: each value's right edge under its heading's.
  const items = file.pages.flatMap((p) => p.items.map((i) => ({ ...i, page: p.number })));
  const heading = (text: string) => items.find((i) => i.str === text && items.some((h) => h.str === 'Harm' && h.page === i.page && Math.abs(h.y - i.y) < 0.5));
  const under1 = heading('Under 1');
  const under1Cells = items.filter((i) => under1 && i.page === under1.page && i.y < under1.y && i.y > under1.y - 60 && Math.abs(i.x + i.width - (under1.x + under1.width)) < 1);
  expect(under1Cells.length).toBeGreaterThanOrEqual(2);

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

test.describe('narrative: the business unit writes, the board approves, the published report shows it', () => {
  // The demo carries approved narratives for the years it holds and drafts of two sections for 2026/27;
  // scrutiny for 2026/27 is still unwritten, so the business unit writes it here.
  const SCRUTINY = 'ar-narrative-scrutiny';
  const TEXT = 'The independent scrutineer attended every executive group.\n\nWe held two challenge events.';

  test.describe('as the business unit', () => {
    test.use({ user: demoEmail('admin', 'westmere') });
    test('writes a draft, which is not published until approved', async ({ page }) => {
      test.slow(); // the full report, with its charts, checked by axe while the form is open
      await page.goto('/annual-report?year=2026/27');
      await settled(page);
      const section = page.getByTestId(SCRUTINY);
      await section.getByRole('button', { name: 'Write “Scrutiny and challenge”' }).click();
      const field = section.getByLabel('Scrutiny and challenge: text');
      // Plain text only: the field says what is wrong.
      await field.fill('<b>Bold</b>');
      await section.getByRole('button', { name: 'Save draft' }).click();
      await expect(section.getByRole('alert')).toContainText('Text must be plain text without HTML: remove "<b>"');
      await expectNoAxeViolations(page);
      await field.fill(TEXT);
      await section.getByRole('button', { name: 'Save draft' }).click();
      await expect(section.getByRole('status')).toHaveText('Saved as version 1: a draft until the board approves it.');
      // Published text: none yet; the draft is shown to its writer, marked.
      await expect(section).toContainText('Not yet written and approved for 2026/27.');
      await expect(section.getByTestId('ar-draft')).toContainText('Draft — not yet approved (version 1');
      await expect(section.getByTestId('ar-draft')).toContainText('We held two challenge events.');
      await expect(section.getByRole('button', { name: /Approve version 1/ })).toBeVisible();
    });
  });

  test.describe('as a board member', () => {
    test.use({ user: demoEmail('board-member', 'westmere') });
    test('approves the draft; the published report then prints it, with its history', async ({ page }) => {
      test.slow();
      await page.goto('/annual-report?year=2026/27');
      await settled(page);
      const section = page.getByTestId(SCRUTINY);
      await expect(section.getByRole('button', { name: /Write|Edit/ })).toHaveCount(0); // the board approves, it does not write
      await expect(section.getByTestId('ar-draft')).toContainText('The independent scrutineer attended every executive group.');
      await section.getByRole('button', { name: 'Approve version 1 for publication' }).click();
      await expect(section.getByRole('status')).toHaveText('Version 1 approved for publication.');
      await expect(section.getByTestId('ar-draft')).toHaveCount(0);
      await expect(section.locator('p.ar-narrative-text')).toHaveText(['The independent scrutineer attended every executive group.', 'We held two challenge events.']);
      await expect(section).toContainText(/Version 1, approved by .+ on /);
      await section.getByText('History (1 version)').click();
      await expect(section.locator('.ar-history-list li')).toContainText(/Version 1: saved by .+; approved by .+/);
      await expectNoAxeViolations(page);
      // The published PDF prints the approved section first (the demo's 2026/27 priorities are still a draft,
      // so they are left out), as a heading with its paragraphs.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
      const pdf = await readPdf(await download.path());
      const roles = (role: string) => pdf.elements.filter((n) => n.role === role).map((n) => n.text);
      expect(roles('H2').slice(0, 3)).toEqual(['Contents', 'Scrutiny and challenge', 'Headline figures']);
      expect(roles('P')).toEqual(expect.arrayContaining(['The independent scrutineer attended every executive group.', 'We held two challenge events.']));
    });
  });

  test.describe('as a committee member', () => {
    test.use({ user: demoEmail('committee-member', 'westmere') });
    test('reads the approved text, and cannot write or approve', async ({ page }) => {
      await page.goto('/annual-report?year=2026/27');
      await settled(page);
      const section = page.getByTestId(SCRUTINY);
      await expect(section.locator('p.ar-narrative-text').first()).toHaveText('The independent scrutineer attended every executive group.');
      await expect(section.getByRole('button')).toHaveCount(0);
      await expect(page.getByTestId('ar-narrative-voice')).toContainText('Not yet written and approved for 2026/27.');
    });

    test("reads the demo's approved narratives of a past year, written from the partnership's own figures", async ({ page }) => {
      await page.goto('/annual-report?year=2025/26');
      await settled(page);
      for (const section of ['priorities', 'learning-from-reviews', 'voice', 'scrutiny', 'next-year']) {
        await expect(page.getByTestId(`ar-narrative-${section}`)).not.toContainText('Not yet written');
      }
      const priorities = page.getByTestId('ar-narrative-priorities');
      await expect(priorities.locator('p.ar-narrative-text').first()).toContainText('In 2025/26 the partnership worked to three priorities');
      await expect(priorities).toContainText(/Version 2, approved by Demo board member \(Westmere\) on /);
    });
  });
});
