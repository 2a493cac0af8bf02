import { type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillDate, settled, expect, test } from './support';

/**
 * "As of" never lies (issue 8): the figures of the current financial year are judged at today, not at
 * the year's last day; an explicit as-of date is offered, kept in the URL and never later than today;
 * a To date alone filters. The browser's clock is set to a day inside 2026/27, before the demo data's
 * generation date, so open actions due between that day and the demo's "today" are due, not overdue.
 */

const CLOCK = new Date('2026-11-15T12:00:00Z');
const CLOCK_DAY = '2026-11-15';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Nov 2026" (the dashboard's short date; September is "Sept" in en-GB) as 2026-11-15. */
function isoOf(text: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2,3}) (\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`Not a short date: "${text}"`);
  const month = MONTHS.indexOf((m[2] as string).slice(0, 3)) + 1;
  if (month === 0) throw new Error(`Unknown month in "${text}"`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}

/** The text of one column of a table, on every page of its pager (the list is walked with Next page). */
async function columnOnEveryPage(page: Page, table: Locator, header: string, pagerName: RegExp): Promise<string[]> {
  await settled(page);
  await expect(table.locator('thead th').first()).toBeVisible();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const index = headers.findIndex((h) => h.startsWith(header));
  expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const values: string[] = [];
  const pager = page.getByRole('navigation', { name: pagerName });
  for (;;) {
    await settled(page);
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    values.push(...(await rows.locator(`td:nth-child(${index + 1}), th:nth-child(${index + 1})`).allTextContents()));
    const next = pager.getByRole('button', { name: 'Next page' });
    if ((await pager.count()) === 0 || (await next.isDisabled())) return values;
    const before = await rows.first().textContent();
    await next.click();
    await expect(rows.first()).not.toHaveText(before ?? '');
  }
}

test.describe('with the clock inside financial year 2026/27', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(CLOCK);
  });

  test("the current year's overdue list holds no action due on or after today, and says the as-of date", async ({ page }) => {
    await page.goto('/actions?year=2026/27&overdue=period');
    await settled(page);

    // The date in force is stated, and it is today, not 31 March 2027.
    await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 15 November 2026 (today)');
    await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
    await expect(page.locator('.page-header .lead')).toContainText('as of 15 Nov 2026');
    await expect(page.getByRole('heading', { name: /^BRAG status of \d+ actions as of 15 Nov 2026$/ })).toBeVisible();
    // Day, month and year in UK order, blank until a date is chosen (never the browser's locale-ordered date field).
    const asOfGroup = page.getByRole('form', { name: 'Filters' }).getByRole('group', { name: 'As of', exact: true });
    await expect(asOfGroup.getByLabel('Day')).toHaveValue('');
    await expect(page.getByRole('form', { name: 'Filters' }).locator('input[type="date"]')).toHaveCount(0);

    const overdue = page.getByRole('table', { name: 'Overdue actions as of 15 Nov 2026' });
    await expect(overdue).toBeVisible();
    await expect(page.getByTestId('overdue-count')).toContainText(/overdue as of 15 Nov 2026, of those due in 2026\/27/);
    const due = (await columnOnEveryPage(page, overdue, 'Due', /^Pages of overdue actions/)).map(isoOf);
    expect(due.length).toBeGreaterThan(0);
    for (const day of due) {
      expect(day >= '2026-04-01', `${day} is in 2026/27`).toBe(true);
      expect(day < CLOCK_DAY, `an action due ${day} is not overdue on ${CLOCK_DAY}`).toBe(true);
    }

    // Overdue whatever year they were due: still none due on or after today.
    await page.getByLabel('Overdue actions due').selectOption('all');
    await expect(page.getByTestId('overdue-count')).toContainText('overdue as of 15 Nov 2026, whatever year they were due');
    const anyYear = (await columnOnEveryPage(page, overdue, 'Due', /^Pages of overdue actions/)).map(isoOf);
    expect(anyYear.length).toBeGreaterThanOrEqual(due.length);
    expect(anyYear.filter((d) => d >= CLOCK_DAY)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('an as-of date chosen in the filter bar is kept in the URL and judges the figures; clearing it returns to today', async ({ page }) => {
    await page.goto('/actions?year=2026/27&overdue=period');
    await settled(page);
    const filters = page.getByRole('form', { name: 'Filters' });
    // A date that is not real changes nothing, and says so once the reader moves on.
    await fillDate(filters, /^As of$/, { day: '31', month: '9', year: '2026' });
    await filters.getByRole('group', { name: 'As of', exact: true }).getByLabel('Year').blur();
    await expect(filters.getByText('As of must be a real date')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();
    await expectNoAxeViolations(page);
    await fillDate(filters, /^As of$/, { day: '1', month: '10', year: '2026' });
    await expect(page).toHaveURL(/asOf=2026-10-01/);
    await expect(filters.getByText('As of must be a real date')).toHaveCount(0);
    await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 1 October 2026 (the date chosen)');
    const overdue = page.getByRole('table', { name: 'Overdue actions as of 1 Oct 2026' });
    await expect(overdue).toBeVisible();
    const due = (await columnOnEveryPage(page, overdue, 'Due', /^Pages of overdue actions/)).map(isoOf);
    expect(due.filter((d) => d >= '2026-10-01')).toEqual([]);

    // The as-of date travels with links to other pages.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await expect(page).toHaveURL(/\/reviews\?.*asOf=2026-10-01/);
    await expect(page.getByRole('columnheader', { name: 'Timeliness at 1 Oct 2026' })).toBeVisible();

    // A date after today typed into the URL is never used.
    await page.goto('/actions?year=2026/27&asOf=2027-02-01');
    await settled(page);
    await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 15 November 2026 (today: a date after today cannot be used)');
    await expect(page.getByRole('table', { name: 'Overdue actions as of 15 Nov 2026' })).toBeVisible();
    await page.getByRole('button', { name: 'Use the default date' }).click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 15 November 2026 (today)');
  });
});

test('a past financial year is judged at its last day', async ({ page }) => {
  await page.goto('/actions?year=2024/25');
  await settled(page);
  await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 31 March 2025 (the last day of the period)');
  await expect(page.getByRole('table', { name: 'Overdue actions as of 31 Mar 2025' })).toBeVisible();
});

test('a To date alone filters: the financial year from its start to that date', async ({ page }) => {
  const totalOf = async () => {
    const status = page.getByTestId('reviews-total');
    await expect(status).toHaveText(/^\d+ reviews? match/);
    return Number((await status.textContent())?.replace(/[^\d]/g, ''));
  };
  await page.goto('/reviews?year=2025/26');
  await settled(page);
  const wholeYear = await totalOf();
  expect(wholeYear).toBeGreaterThan(1);

  await fillDate(page.getByRole('form', { name: 'Filters' }), /^To$/, { day: '30', month: '09', year: '2025' });
  await expect(page).toHaveURL(/to=2025-09-30/);
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  await settled(page);
  await expect(page.getByTestId('figures-as-of')).toContainText(/Period: 1 Apr 2025 to 30 Sept? 2025\./);
  await expect(page.getByTestId('figures-as-of')).toContainText('Figures as of 30 September 2025');
  const halfYear = await totalOf();
  expect(halfYear).toBeGreaterThan(0);
  expect(halfYear).toBeLessThan(wholeYear);

  const table = page.getByRole('table', { name: /^Reviews initiated from 1 Apr 2025 to 30 Sept? 2025/ });
  const initiated = (await columnOnEveryPage(page, table, 'Initiated', /^Pages of reviews/)).map(isoOf);
  expect(initiated).toHaveLength(halfYear);
  for (const day of initiated) expect(day >= '2025-04-01' && day <= '2025-09-30', `${day} is from 1 Apr to 30 Sep 2025`).toBe(true);
});
