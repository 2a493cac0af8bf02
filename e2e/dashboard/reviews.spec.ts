import { type Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

/** The number in "N reviews match these filters." once loaded. */
async function total(page: Page): Promise<number> {
  const status = page.getByTestId('reviews-total');
  await expect(status).toHaveText(/\d+ reviews? match/);
  return Number((await status.textContent())?.replace(/[^\d]/g, ''));
}

const reviewsTable = (page: Page) => page.getByRole('table', { name: /Reviews initiated from/ });
const reviewsPager = (page: Page) => page.getByRole('navigation', { name: 'Pages of reviews' });

test('the reviews list shows the demo reviews, filters by review type and status in the URL, and is accessible', async ({ page }) => {
  await page.goto('/reviews');
  await settled(page);
  expect(await total(page)).toBeGreaterThan(0);
  await expect(reviewsTable(page).getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: /Rapid reviews sent to the panel/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Review type' }).selectOption('rapid-review');
  await expect(page).toHaveURL(/reviewType=rapid-review/);
  await settled(page);
  const rapid = await total(page);
  expect(rapid).toBeGreaterThan(0);
  const typeCells = reviewsTable(page).locator('tbody tr td:nth-child(3)');
  await expect(typeCells).toHaveCount(rapid);
  expect(new Set(await typeCells.allTextContents())).toEqual(new Set(['Rapid review']));

  await page.getByRole('combobox', { name: 'Status' }).selectOption('COMPLETED');
  await expect(page).toHaveURL(/status=COMPLETED/);
  await settled(page);
  expect(new Set(await reviewsTable(page).locator('tbody tr td:nth-child(4)').allTextContents())).toEqual(new Set(['Completed']));

  await page.getByRole('searchbox', { name: 'Search titles' }).fill('Child R');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=Child(\+|%20)R/);
  await settled(page);
  expect(await total(page)).toBe(1);

  await page.goto('/reviews');
  await settled(page);
  await page.getByText('Show the data as a table').click();
  await expect(page.getByRole('table', { name: /Rapid reviews sent to the panel/ }).getByRole('row', { name: /Q1/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'reviews');
});

test('the reviews list pages through five years of reviews with Next and Previous', async ({ page }) => {
  await page.goto('/reviews?from=2021-04-01&to=2026-03-31');
  await settled(page);
  expect(await total(page)).toBeGreaterThan(25);
  await expect(reviewsTable(page).locator('tbody tr')).toHaveCount(25);
  await expect(reviewsPager(page).getByText(/^Page 1 of \d+/)).toBeVisible();
  const firstRef = await reviewsTable(page).locator('tbody tr td').first().textContent();

  await reviewsPager(page).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(reviewsPager(page).getByText(/^Page 2 of \d+/)).toBeVisible();
  await settled(page);
  await expect(reviewsTable(page).locator('tbody tr td').first()).not.toHaveText(firstRef ?? '');

  await page.reload();
  await expect(reviewsPager(page).getByText(/^Page 2 of \d+/)).toBeVisible();
  await reviewsPager(page).getByRole('button', { name: 'Previous page' }).click();
  await expect(reviewsPager(page).getByText(/^Page 1 of \d+/)).toBeVisible();
  await settled(page);
  await expect(reviewsTable(page).locator('tbody tr td').first()).toHaveText(firstRef ?? '');
});

// Child AD's rapid review is one of the joint partnership's (Westmere).
test.describe('as the Westmere business unit', () => {
  test.use({ user: demoEmail('admin', 'westmere') });

  test("a review's page shows its statutory milestones with late steps in words, findings and actions", async ({ page }) => {
    await page.goto('/reviews?reviewType=rapid-review&q=Child+AD');
    await settled(page);
    await reviewsTable(page).getByRole('link', { name: /Child AD/ }).click();
    await expect(page).toHaveURL(/\/reviews\/[\w-]+\?reviewType=rapid-review/);
    await expect(page.getByRole('heading', { level: 1, name: /RR-2025-26-03/ })).toBeVisible();
    await settled(page);

    // The status history: every status the review has had, oldest first, dated in words, with who recorded it.
    const history = page.getByRole('table', { name: 'Status history of RR-2025-26-03' });
    await expect(page.getByRole('heading', { level: 2, name: 'Status history' })).toBeVisible();
    await expect(history.getByRole('columnheader')).toHaveText([/^Date/, /^Status/, /^Recorded by/]);
    const historyRows = history.locator('tbody tr');
    expect(await historyRows.count()).toBeGreaterThan(1);
    await expect(historyRows.first().locator('td').nth(1)).toHaveText('Proposed');
    for (const date of await historyRows.locator('td:nth-child(1)').allTextContents()) {
      expect(date).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    }
    for (const by of await historyRows.locator('td:nth-child(3)').allTextContents()) {
      expect(by).toMatch(/^business\.unit@wsp\.example$|^derived from the review's dates$/);
    }

    const milestones = page.getByRole('table', { name: /Statutory milestones/ });
    await expect(milestones.getByRole('row', { name: /Agencies asked for information/ })).toContainText('On time');
    await expect(milestones.getByRole('row', { name: /Rapid review meeting/ })).toContainText('LATE');
    await expect(milestones.getByRole('row', { name: /Rapid review sent to the national panel/ })).toContainText('LATE');
    await expect(page.getByTestId('good-practice').getByRole('listitem')).not.toHaveCount(0);
    await expect(page.getByTestId('areas-for-improvement').getByRole('listitem')).not.toHaveCount(0);
    await expect(page.getByRole('table', { name: /Actions arising from/ }).getByRole('row', { name: /Green: on track|Red: overdue|Amber|Blue/ })).not.toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the action plan for RR-2025-26-03' })).toHaveAttribute('href', /^\/actions\?.*reviewId=/);

    await expectNoAxeViolations(page);
    await screenshot(page, 'review');
  });
});

test('both pages fit a tablet screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/reviews');
  await settled(page);
  expect(await total(page)).toBeGreaterThan(0);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await reviewsTable(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Statutory milestones' })).toBeVisible();
  expect(await fits()).toBe(true);
});
