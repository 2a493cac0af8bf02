import type { Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, screenshot, settled, test } from './support';

// The Northshire business unit (the default user) imports an action plan kept in a spreadsheet.

const HEADERS = ['Review Reference', 'Action No.', 'What will be done?', 'Lead Agency', 'Target Date (dd/mm/yyyy)', 'Progress', 'Date completed', 'Evidence of Impact'];

/** A register as business units keep them: a merged title, a note, a blank row, then headings in their own words. */
async function actionPlan(review: string, rows: unknown[][]): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Action plan');
  sheet.addRow([`${review}: multi-agency action plan`]);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['Monitored by the Learning from Practice subgroup; reviewed monthly']);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A review of the partnership and two of its agencies, from the API as the signed-in admin. */
async function demoRecords(page: Page): Promise<{ review: string; agencies: string[] }> {
  const res = await page.request.post('/graphql', { data: { query: '{ reviews(first: 1) { nodes { ref } } agencies(first: 2) { nodes { name } } }' } });
  const body = (await res.json()) as { data: { reviews: { nodes: { ref: string }[] }; agencies: { nodes: { name: string }[] } } };
  const review = body.data.reviews.nodes[0]?.ref;
  if (!review) throw new Error('The demo data has no review');
  return { review, agencies: body.data.agencies.nodes.map((a) => a.name) };
}

const upload = async (page: Page, buffer: Buffer) => {
  await page.getByLabel('Upload a file').setInputFiles({ name: 'action-plan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: 'Check the file' }).click();
};

test('import an action plan: preview with its bad row, the problems as XLSX, fixed and imported all at once, shown in the action register', async ({ page }) => {
  await page.goto('/admin/import');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a spreadsheet' })).toBeVisible();
  await settled(page);
  const { review, agencies } = await demoRecords(page);
  const [agency = '', other = ''] = agencies;
  // A misspelt agency: one letter dropped from a real name.
  const typo = `${other.slice(0, 4)}${other.slice(5)}`;
  const first = `Deliver neglect training from ${review} (import test)`;
  const second = `Audit use of the neglect toolkit for ${review} (import test)`;
  const rows = (owner: string) => [
    [review, 91, first, agency, new Date(Date.UTC(2027, 2, 31)), 'Not started', null, null],
    [review, 92, second, owner, '30/06/2027', 'In progress', null, null],
  ];

  // Nothing chosen: the error summary links to the file input.
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Select a CSV or XLSX file' }).click();
  await expect(page.getByLabel('Upload a file')).toBeFocused();

  // The preview: found under the title, the header row and columns, the bad row with its reason and suggestion.
  await upload(page, await actionPlan(review, rows(typo)));
  await expect(page.getByRole('heading', { name: 'Check the import' })).toBeFocused();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Action plan (worked out from the headers)');
  await expect(summary).toContainText('Row 4');
  await expect(page.getByTestId('import-counts')).toHaveText('1 action to create, 0 to update, 0 unchanged, once the rows below are fixed');
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  const cells = problems.locator('tbody tr td');
  await expect(cells).toHaveText(['6', 'Lead Agency', typo, /^Lead Agency is not an agency of partnership/]);
  await expect(cells.nth(3)).toContainText(`Did you mean "${other}"`);
  await expect(page.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The columns found, each changeable: without an owner agency column the file cannot be read; back as it was.
  await page.getByText('Columns: which column of the sheet fills each field').click();
  await expect(page.getByLabel('Due date')).toHaveValue('Target Date (dd/mm/yyyy)');
  await page.getByLabel('Owner agency').selectOption({ label: 'Not in this sheet' });
  await page.getByRole('button', { name: 'Check again with these columns' }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Row 4: No column for "Owner agency": name the column or map it' }).click();
  await expect(page.getByLabel('Owner agency')).toBeFocused();
  await expect(page.getByTestId('import-problems')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Owner agency').selectOption('Lead Agency');
  await page.getByRole('button', { name: 'Check again with these columns' }).click();
  await expect(problems.locator('tbody tr')).toHaveCount(1);

  // On a phone: the page does not scroll sideways; the problems table scrolls in its own region.
  await page.setViewportSize({ width: 320, height: 800 });
  const widths = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const region = document.querySelector('[role="region"][aria-label="Problems to fix"]') as HTMLElement;
    return { page: root.scrollWidth - root.clientWidth, region: region.scrollWidth - region.clientWidth };
  });
  expect(widths.page).toBe(0);
  expect(widths.region).toBeGreaterThan(0);
  await screenshot(page, 'import-preview-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The problems as a workbook: the same row, column, value and reason.
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the problems as a spreadsheet (XLSX)' }).click()]);
  expect(report.suggestedFilename()).toBe('action-plan_problems.xlsx');
  const book = new Workbook();
  await book.xlsx.load((await readFile(await report.path())) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Problems');
  expect(sheet?.getRow(2).values).toEqual([undefined, 6, 'Lead Agency', typo, expect.stringContaining(`Did you mean "${other}"`)]);

  // The row fixed in the file, chosen again: nothing to fix, the counts, then the import.
  await upload(page, await actionPlan(review, rows(other)));
  await expect(page.getByTestId('import-counts')).toHaveText('2 actions to create, 0 to update, 0 unchanged');
  await expect(page.getByTestId('import-problems')).toHaveCount(0);
  await expect(page.getByText('The whole file is imported in one go, or none of it is.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 2 actions' }).click();

  const done = page.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  await expect(done).toContainText('2 actions created, 0 updated, 0 unchanged');
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-done');

  // Where they now show: the review's actions in the action register.
  await page.getByRole('link', { name: `The actions of ${review} in the action register` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action register' })).toBeVisible();
  await page.goto(`${page.url()}&size=100`);
  await settled(page);
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText(second)).toBeVisible();
});
