import { type Page } from '@playwright/test';
import { expectNoAxeViolations, expect, settled, test } from './support';

const reviewsTable = (page: Page) => page.getByRole('table', { name: /^Reviews initiated from/ });
const reviewsPager = (page: Page) => page.getByRole('navigation', { name: 'Pages of reviews' });
const column = (page: Page, n: number) => reviewsTable(page).locator(`tbody tr td:nth-child(${n})`).allTextContents();

test('the server sorts the reviews list; a shared URL of a sorted second page shows the same rows and caption', async ({ page, context }) => {
  await page.goto('/reviews?from=2021-04-01&to=2026-03-31');
  await settled(page);
  // By default: most recently initiated first, and the header says so.
  await expect(reviewsTable(page)).toHaveAccessibleName(/, by initiation date, most recent first \(page 1\)$/);
  await expect(reviewsTable(page).getByRole('columnheader', { name: 'Initiated' })).toHaveAttribute('aria-sort', 'descending');

  await reviewsTable(page).getByRole('button', { name: 'Title', exact: true }).click();
  await expect(page).toHaveURL(/sort=title&dir=asc/);
  await settled(page);
  await expect(reviewsTable(page)).toHaveAccessibleName(/, by title, A to Z \(page 1\)$/);
  await expect(reviewsTable(page).getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(reviewsTable(page).getByRole('columnheader', { name: 'Initiated' })).toHaveAttribute('aria-sort', 'none');
  const firstPage = await column(page, 2);
  expect(firstPage).toHaveLength(25);

  await reviewsPager(page).getByRole('button', { name: 'Next page' }).click();
  await expect(reviewsTable(page)).toHaveAccessibleName(/, by title, A to Z \(page 2\)$/);
  await settled(page);
  const secondPage = await column(page, 2);
  expect(secondPage.length).toBeGreaterThan(0);
  // Page 2 continues page 1's order across the whole list, not just within the page.
  const cmp = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });
  expect(cmp(firstPage.at(-1) ?? '', secondPage[0] ?? '')).toBeLessThanOrEqual(0);
  const refs = await column(page, 1);
  await expectNoAxeViolations(page);

  // The URL holds the sort and the page: opened in a new tab it shows the same rows and caption.
  const shared = page.url();
  expect(shared).toMatch(/sort=title&dir=asc&after=/);
  const other = await context.newPage();
  await other.goto(shared);
  await settled(other);
  await expect(reviewsTable(other)).toHaveAccessibleName(/, by title, A to Z \(page 2\)$/);
  await expect(reviewsPager(other).getByText(/^Page 2 of \d+/)).toBeVisible();
  expect(await column(other, 1)).toEqual(refs);
  await other.close();

  // Sorting again turns the order round and starts from page 1.
  await reviewsTable(page).getByRole('button', { name: 'Title', exact: true }).click();
  await expect(page).toHaveURL(/sort=title&dir=desc/);
  await expect(page).not.toHaveURL(/after=/);
  await expect(reviewsTable(page)).toHaveAccessibleName(/, by title, Z to A \(page 1\)$/);
  await settled(page);
  const descending = await column(page, 2);
  expect(cmp(descending[0] ?? '', descending.at(-1) ?? '')).toBeGreaterThanOrEqual(0);

  await reviewsTable(page).getByRole('button', { name: 'Initiated', exact: true }).click();
  await expect(reviewsTable(page)).toHaveAccessibleName(/, by initiation date, oldest first \(page 1\)$/);
});

test("the overview's notifications tile opens the notifications list, scrolled into view", async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const tile = page.getByTestId('tile-notifications');
  const count = Number((await tile.getByTestId('tile-value').textContent())?.replace(/[^\d]/g, ''));
  expect(count).toBeGreaterThan(0);
  await tile.getByRole('link', { name: 'Serious incident notifications' }).click();
  await expect(page).toHaveURL(/\/reviews(\?.*)?#notifications$/);
  await settled(page);

  const list = page.getByRole('table', { name: /^Serious incident notifications with the date aware from .*, by date aware, most recent first \(page 1\)$/ });
  await expect(list).toBeVisible();
  await expect(page.getByTestId('notifications-total')).toHaveText(`${count} notification${count === 1 ? '' : 's'} with the date aware in the period.`);
  await expect(list.locator('tbody tr')).toHaveCount(Math.min(count, 25));
  await expect(page.getByRole('heading', { level: 2, name: 'Serious incident notifications in the period' })).toBeInViewport();

  // Its sort is its own, kept in the URL beside the reviews list's.
  await list.getByRole('button', { name: 'Harm', exact: true }).click();
  await expect(page).toHaveURL(/nsort=harm&ndir=asc/);
  await settled(page);
  await expect(page.getByRole('table', { name: /, by harm, deaths first \(page 1\)$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
