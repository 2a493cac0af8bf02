import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readCsvDownload, splitCsvLine } from './downloads';
import { DEMO_YEAR, settled, expect, test } from './support';

/** Every ref of the overdue list, page after page through the pager, and the total the page states. */
async function everyRefOnScreen(page: Page): Promise<{ total: number; refs: string[] }> {
  const count = page.getByTestId('overdue-count');
  const total = Number(((await count.textContent()) ?? '').replace(/ action.*$/, '').replace(/[^\d]/g, ''));
  const table = page.getByRole('table', { name: /^Overdue actions as of/ });
  const refs: string[] = [];
  for (;;) {
    await settled(page);
    refs.push(...(await table.locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim()));
    const next = page.getByRole('navigation', { name: 'Pages of overdue actions' }).getByRole('button', { name: 'Next page' });
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    const first = await table.locator('tbody tr td:first-child').first().textContent();
    await next.click();
    await expect(table.locator('tbody tr td:first-child').first()).not.toHaveText(first ?? '');
  }
  return { total, refs };
}

/** The latest financial year whose overdue list runs to more than one page (overdue actions pile up, so the current one). */
async function yearWithPages(page: Page): Promise<string> {
  for (const year of ['2026/27', '2025/26', '2024/25']) {
    await page.goto(`/actions?year=${year}`);
    await settled(page);
    await expect(page.getByTestId('overdue-count')).toBeVisible();
    if ((await page.getByRole('navigation', { name: 'Pages of overdue actions' }).count()) > 0) return year;
  }
  throw new Error('No demo year has more than one page of overdue actions');
}

test('the overdue list downloads whole, as XLSX and CSV, with its partnership, filters, as-of date and real dates', async ({ page }) => {
  // More than one page of rows: the download must not be the page on screen.
  const year = await yearWithPages(page);
  test.info().annotations.push({ type: 'year', description: year });
  await expect(page.getByText('Downloads hold every row of the list, not only this page.').first()).toBeVisible();
  const onFirstPage = await page.getByRole('table', { name: /^Overdue actions as of/ }).locator('tbody tr').count();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download XLSX of Overdue actions/ }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^overdue-actions_NSCP_as-of-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const asOf = /as-of-(\d{4})-(\d{2})-(\d{2})/.exec(xlsx.suggestedFilename()) as RegExpExecArray;
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV of Overdue actions/ }).click()]);
  expect(csv.suggestedFilename()).toBe(xlsx.suggestedFilename().replace(/\.xlsx$/, '.csv'));

  const { total, refs } = await everyRefOnScreen(page);
  expect(total).toBeGreaterThan(onFirstPage);
  expect(refs).toHaveLength(total);

  // XLSX: every row the API lists, a frozen bold header with filters, real dates, and the about sheet.
  const book = new Workbook();
  await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Overdue actions');
  if (!sheet) throw new Error('The XLSX has no "Overdue actions" sheet');
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.getRow(1).font?.bold).toBe(true);
  const headings = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headings).toEqual(['Ref', 'Action', 'Owner agency', 'Source', 'Committee', 'Due', 'Status', 'Days overdue']);
  const fileRefs: string[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    fileRefs.push(String(row.getCell(1).value));
    expect(row.getCell(6).value).toBeInstanceOf(Date);
    expect(row.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(typeof row.getCell(8).value).toBe('number');
  });
  expect(fileRefs).toHaveLength(total);
  expect(new Set(fileRefs)).toEqual(new Set(refs));
  const about = new Map<string, string>();
  book.getWorksheet('About this file')?.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  expect(about.get('What')).toBe('Overdue actions');
  expect(about.get('Partnership')).toMatch(/^Northshire .*\(NSCP\)$/);
  expect(about.get('As of')).toBe(`${asOf[3]}/${asOf[2]}/${asOf[1]}`);
  expect(about.get('Due dates')).toBe('Any, up to the as-of date');
  expect(about.get('Rows')).toBe(String(total));
  expect(about.get('Made by')).toBe('Demo admin (Northshire)');
  expect(about.get('Made')).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d \(UK time\)$/);

  // CSV: the byte-order mark, the same about block, then the same rows with ISO dates.
  const file = await readCsvDownload(csv);
  expect(file.bom).toBe(true);
  expect(file.about.get('Partnership')).toBe(about.get('Partnership'));
  expect(file.about.get('As of')).toBe(about.get('As of'));
  expect(file.about.get('Made by')).toBe('Demo admin (Northshire)');
  expect(file.header).toBe('Ref,Action,Owner agency,Source,Committee,Due,Status,Days overdue');
  const rows = file.lines.map(splitCsvLine);
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(refs));
  for (const r of rows) expect(r[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('a table the page holds downloads with the same about block and real numbers', async ({ page }) => {
  await page.goto(`/actions?year=${DEMO_YEAR}`);
  await settled(page);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download XLSX of Actions by committee' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^actions-by-committee_NSCP_as-of-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new Workbook();
  await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
  const [data, aboutSheet] = book.worksheets;
  expect(aboutSheet?.name).toBe('About this file');
  expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const about = new Map<string, string>();
  aboutSheet?.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  expect(about.get('Partnership')).toMatch(/\(NSCP\)$/);
  expect(about.get('Period')).toBe(`${DEMO_YEAR} (01/04/20${DEMO_YEAR.slice(2, 4)} to 31/03/20${DEMO_YEAR.slice(5, 7)})`);
  const numbers: unknown[] = [];
  data?.eachRow((row, n) => {
    if (n > 1) row.eachCell((cell) => numbers.push(cell.value));
  });
  expect(numbers.some((v) => typeof v === 'number')).toBe(true);
});
