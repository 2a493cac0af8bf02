import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

test.use({ user: demoEmail('committee-member') });

const PAGE_SIZE = 25;

/** The refs in the register table, page after page, and the total the page states. */
async function everyRef(page: Page, table: Locator): Promise<string[]> {
  const refs: string[] = [];
  for (;;) {
    await settled(page);
    refs.push(...(await table.locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim()));
    const next = page.getByRole('navigation', { name: 'Pages of the action register' }).getByRole('button', { name: 'Next page' });
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    const first = await table.locator('tbody tr td:first-child').first().textContent();
    await next.click();
    await expect(table.locator('tbody tr td:first-child').first()).not.toHaveText(first ?? '');
  }
  return refs;
}

const dueDates = async (table: Locator) => (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((t) => Date.parse(t.trim()));
const total = async (page: Page) => Number(((await page.getByTestId('register-count').textContent()) ?? '').replace(/ action.*$/s, '').replace(/[^\d]/g, ''));

test("a chair lists one agency's amber actions from the summary, sorts them, downloads them all, and shares a sorted second page", async ({ page }) => {
  // The first year (current first) in which some agency has amber actions: its cell in the summary by owner agency.
  let cell: Locator | null = null;
  for (const year of ['2026/27', '2025/26', '2024/25']) {
    await page.goto(`/actions?year=${year}&groupBy=owner-agency`);
    await settled(page);
    const summary = page.getByRole('table', { name: 'Actions by owner agency' });
    await expect(summary.locator('tbody tr').first()).toBeVisible();
    const amber = summary.getByRole('link', { name: /^\d+ amber: .+, list them$/ });
    if ((await amber.count()) > 0) {
      cell = amber.first();
      test.info().annotations.push({ type: 'year', description: year });
      break;
    }
  }
  if (!cell) throw new Error('No agency has amber actions in the demo years');
  const [, countText, agency] = /^(\d+) amber: (.+), list them$/.exec((await cell.getAttribute('aria-label')) ?? '') as RegExpExecArray;
  const amberCount = Number(countText);
  await cell.click();

  await expect(page).toHaveURL(/\/actions\/register\?.*brag=amber/);
  await expect(page).toHaveURL(/agencyId=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Action register' })).toBeVisible();
  await settled(page);
  const table = page.getByRole('table', { name: new RegExp(`^Amber actions owned by ${agency}, due in .+, by due date, earliest first$`) });
  await expect(table).toBeVisible();
  expect(await total(page)).toBe(amberCount);
  await expect(page.getByRole('checkbox', { name: /Amber/ })).toBeChecked();
  // Only that agency's amber actions.
  const owners = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(owners.length).toBe(Math.min(amberCount, PAGE_SIZE));
  expect(new Set(owners.map((o) => o.trim()))).toEqual(new Set([agency]));
  expect(new Set((await table.locator('tbody tr td:nth-child(8)').allTextContents()).map((b) => b.trim()))).toEqual(new Set(['Amber']));
  const ascending = await dueDates(table);
  expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);

  // Sort by due date, latest first: the heading says so, the URL keeps it, the API orders the rows.
  const due = table.getByRole('columnheader', { name: 'Due', exact: true });
  await expect(due).toHaveAttribute('aria-sort', 'ascending');
  await due.getByRole('button').click();
  await expect(page).toHaveURL(/dir=desc/);
  const sortedTable = page.getByRole('table', { name: new RegExp(`^Amber actions owned by ${agency}, due in .+, by due date, latest first$`) });
  await expect(sortedTable.getByRole('columnheader', { name: 'Due', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await settled(page);
  const descending = await dueDates(sortedTable);
  expect([...descending].sort((a, b) => b - a)).toEqual(descending);
  await expectNoAxeViolations(page);
  await screenshot(page, 'action-register');

  // The download holds every one of them, whatever page is on screen.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download XLSX of Amber actions owned by/ }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^action-register_NSCP_as-of-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new Workbook();
  await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Action register');
  if (!sheet) throw new Error('The XLSX has no "Action register" sheet');
  const fileRows: { ref: string; owner: string; brag: string }[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) fileRows.push({ ref: String(row.getCell(1).value), owner: String(row.getCell(3).value), brag: String(row.getCell(8).value) });
  });
  expect(fileRows).toHaveLength(amberCount);
  expect(new Set(fileRows.map((r) => r.owner))).toEqual(new Set([agency]));
  expect(new Set(fileRows.map((r) => r.brag))).toEqual(new Set(['Amber']));
  const about = new Map<string, string>();
  book.getWorksheet('About this file')?.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  expect(about.get('Owner agency')).toBe(agency);
  expect(about.get('BRAG ratings')).toBe('Amber');
  const onScreen = await everyRef(page, sortedTable);
  expect(fileRows.map((r) => r.ref)).toEqual(onScreen); // the same order as the screen: latest due first

  // A second page: all of the agency's actions (amber unticked) ten to a page, or every agency's if those fit on one page.
  await page.getByRole('checkbox', { name: /Amber/ }).click();
  await expect(page.getByRole('checkbox', { name: /Amber/ })).not.toBeChecked();
  await expect(page).not.toHaveURL(/brag=/);
  await settled(page);
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/size=10/);
  await settled(page);
  if ((await total(page)) <= 10) {
    const url = new URL(page.url());
    url.searchParams.delete('agencyId');
    await page.goto(url.pathname + url.search);
    await settled(page);
  }
  expect(await total(page)).toBeGreaterThan(10);
  const list = page.getByRole('table', { name: /by due date, latest first$/ });
  const firstOfPage1 = await list.locator('tbody tr td:first-child').first().textContent();
  await page.getByRole('navigation', { name: 'Pages of the action register' }).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(list.locator('tbody tr td:first-child').first()).not.toHaveText(firstOfPage1 ?? '');
  await settled(page);
  const page2 = await list.locator('tbody tr td:first-child').allTextContents();
  const caption = await list.locator('caption').textContent();
  const page2Dates = await dueDates(list);
  expect([...page2Dates].sort((a, b) => b - a)).toEqual(page2Dates);

  // The shared link reproduces it: same caption, sort, page and rows.
  await page.reload();
  await settled(page);
  const again = page.getByRole('table', { name: caption ?? '' });
  await expect(again.getByRole('columnheader', { name: 'Due', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('navigation', { name: 'Pages of the action register' })).toContainText('(page 2 of');
  expect(await again.locator('tbody tr td:first-child').allTextContents()).toEqual(page2);
  await expectNoAxeViolations(page);
});

test('each segment of the BRAG bar opens the register filtered to its actions', async ({ page }) => {
  await page.goto('/actions?year=2025/26');
  await settled(page);
  const segment = page.getByRole('link', { name: /^Red: \d+ actions?, list them in the register$/ });
  const red = Number(/^Red: (\d+)/.exec((await segment.getAttribute('aria-label')) ?? '')?.[1]);
  await segment.click();
  await expect(page).toHaveURL(/\/actions\/register\?.*brag=red/);
  await settled(page);
  expect(await total(page)).toBe(red);
  await expect(page.getByRole('table', { name: /^Red actions, due in 2025\/26, by due date, earliest first$/ })).toBeVisible();
  // The bar's links are real links, in the page's accessibility tree, and the page still has no axe finding.
  await page.goBack();
  await settled(page);
  await expectNoAxeViolations(page);
});
