import { type Page } from '@playwright/test';
import { expectNoAxeViolations, expect, settled, test } from './support';

/** Five financial years of demo data: enough case audits and sessions for more than one page. */
const RANGE = 'from=2021-04-01&to=2026-03-31';

interface ListUnderTest {
  name: string;
  path: string;
  /** The table's accessible name starts with this. */
  caption: RegExp;
  pager: string;
  /** The column to sort by: its heading, its URL key, and its caption words (A to Z / smallest first). */
  heading: string;
  sort: string;
  words: string;
  /** Which cell (1-based) holds the sorted value and which a row's reference. */
  valueCell: number;
  compare: (a: string, b: string) => number;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });
const byNumber = (a: string, b: string) => Number(a.replace(/[^\d.]/g, '')) - Number(b.replace(/[^\d.]/g, ''));

const LISTS: ListUnderTest[] = [
  {
    name: 'case audits',
    path: '/audits',
    caption: /^Case audits started from /,
    pager: 'Pages of case audits',
    heading: 'Graded cases',
    sort: 'gradedCases',
    words: 'by graded cases, fewest first',
    valueCell: 6,
    compare: byNumber,
  },
  {
    name: 'training sessions',
    path: '/training',
    caption: /^Training sessions from /,
    pager: 'Pages of training sessions',
    heading: 'Reference',
    sort: 'ref',
    words: 'by reference, A to Z',
    valueCell: 1,
    compare: byText,
  },
];

const cells = (page: Page, list: ListUnderTest, n: number) =>
  page.getByRole('table', { name: list.caption }).locator(`tbody tr td:nth-child(${n})`).allTextContents();

for (const list of LISTS) {
  test(`${list.name}: sorted on the server, page 2 continues page 1, and a reload of its URL shows the same rows`, async ({ page, context }) => {
    await page.goto(`${list.path}?${RANGE}`);
    await settled(page);
    const table = page.getByRole('table', { name: list.caption });
    await expect(table).toHaveAccessibleName(/, by [^,]+, most recent first \(page 1\)$/);

    await table.getByRole('button', { name: list.heading, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`sort=${list.sort}&dir=asc`));
    await settled(page);
    await expect(table).toHaveAccessibleName(new RegExp(`, ${list.words} \\(page 1\\)$`));
    await expect(table.getByRole('columnheader', { name: list.heading })).toHaveAttribute('aria-sort', 'ascending');
    const firstPage = await cells(page, list, list.valueCell);
    expect(firstPage.length).toBeGreaterThan(1);
    // Sorted across the page.
    for (let i = 1; i < firstPage.length; i++) expect(list.compare(firstPage[i - 1] ?? '', firstPage[i] ?? '')).toBeLessThanOrEqual(0);

    await page.getByRole('navigation', { name: list.pager }).getByRole('button', { name: 'Next page' }).click();
    await expect(table).toHaveAccessibleName(new RegExp(`, ${list.words} \\(page 2\\)$`));
    await settled(page);
    const secondPage = await cells(page, list, list.valueCell);
    expect(secondPage.length).toBeGreaterThan(0);
    // Page 2 carries on from page 1 across the whole list.
    expect(list.compare(firstPage.at(-1) ?? '', secondPage[0] ?? '')).toBeLessThanOrEqual(0);
    const refs = await cells(page, list, 1);
    await expectNoAxeViolations(page);

    // Reloading the URL, or opening it elsewhere, shows the same page in the same order.
    expect(page.url()).toMatch(new RegExp(`sort=${list.sort}&dir=asc&after=`));
    await page.reload();
    await settled(page);
    await expect(table).toHaveAccessibleName(new RegExp(`, ${list.words} \\(page 2\\)$`));
    expect(await cells(page, list, 1)).toEqual(refs);
    const other = await context.newPage();
    await other.goto(page.url());
    await settled(other);
    expect(await cells(other, list, 1)).toEqual(refs);
    await other.close();

    // Previous page goes back to the first page of the same sort.
    await page.getByRole('navigation', { name: list.pager }).getByRole('button', { name: 'Previous page' }).click();
    await expect(table).toHaveAccessibleName(new RegExp(`, ${list.words} \\(page 1\\)$`));
    await settled(page);
    expect(await cells(page, list, list.valueCell)).toEqual(firstPage);
  });
}

test("the overview's training tile opens the session list, scrolled into view", async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await page.getByTestId('tile-training-reach').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/training(\?.*)?#training-sessions$/);
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Training sessions in the period' })).toBeInViewport();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const list of LISTS) {
    test(`${list.name}: no sideways scroll, and a Sort by menu drives the server's sort`, async ({ page }) => {
      await page.goto(`${list.path}?${RANGE}`);
      await settled(page);
      const table = page.getByRole('table', { name: list.caption });
      await table.scrollIntoViewIfNeeded();
      const width = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(width.scrollWidth, `${list.name} page at 320 px`).toBeLessThanOrEqual(width.clientWidth);
      // The table's own box fits too (no scrolling region wider than the screen).
      const box = await table.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);

      // Headings are hidden while rows are stacked: the menu sorts instead, the same way.
      const menu = page.getByRole('combobox', { name: new RegExp(`^Sort by \\(${list.caption.source.slice(1)}`) });
      await expect(menu).toBeVisible();
      const choice = `${list.words.charAt(0).toUpperCase()}${list.words.slice(1)}`;
      await menu.selectOption({ label: choice });
      await expect(page).toHaveURL(new RegExp(`sort=${list.sort}&dir=asc`));
      await settled(page);
      await expect(table).toHaveAccessibleName(new RegExp(`, ${list.words} \\(page 1\\)$`));
      await expect(menu).toHaveValue(`${list.sort}:asc`);
      await expectNoAxeViolations(page);
    });
  }
});
