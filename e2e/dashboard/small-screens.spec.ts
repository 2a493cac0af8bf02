import type { Page } from '@playwright/test';
import { DEMO_YEAR, demoEmail, expect, expectNoAxeViolations, screenshot, settled, test } from './support';

/** The main pages, each read on a phone 320 px wide (WCAG 1.4.10 reflow). */
const PAGES: [string, string][] = [
  ['/', 'Overview'],
  ['/reviews', 'Reviews'],
  ['/actions', 'Action plans'],
  ['/training', 'Training'],
  ['/themes', 'Themes'],
  ['/audits', 'Audits'],
  ['/oba', 'OBA scorecard'],
  ['/oba?view=cards', 'OBA scorecard'],
  ['/oba?view=results', 'OBA scorecard'],
  ['/annual-report', 'Annual report'],
];

/** Whether the page scrolls sideways: its content wider than the window. */
async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/**
 * Every chart figure whose key (HTML or Recharts legend) or chart box crosses its "Show the data as a
 * table" control, named by the figure's title with both boxes.
 */
async function legendOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const crosses = (a: DOMRect, b: DOMRect) => a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: string[] = [];
    for (const figure of Array.from(document.querySelectorAll('figure.chart-figure'))) {
      const summary = figure.querySelector(':scope > details > summary');
      if (!summary) continue;
      const control = summary.getBoundingClientRect();
      const title = figure.querySelector('h3')?.textContent ?? '(untitled)';
      const parts = figure.querySelectorAll(':scope > .chart, :scope > .chart-legend, .recharts-legend-wrapper, .ap-brag-legend');
      for (const part of Array.from(parts)) {
        const box = part.getBoundingClientRect();
        if (crosses(box, control)) out.push(`${title}: ${part.className} ${JSON.stringify(box)} crosses the table control ${JSON.stringify(control)}`);
      }
    }
    return out;
  });
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const [path, title] of PAGES) {
    test(`${title}${path.includes('?') ? ` (${path.split('?')[1]})` : ''}: no sideways scroll, filters folded behind one button, legends clear of the table control, axe clean`, async ({ page }) => {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}year=${DEMO_YEAR}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await settled(page);

      // The filters fold behind one button that says how many apply (partnership and year at least).
      const toggle = page.getByRole('button', { name: /^Filters \(\d+ applied\)$/ });
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toHaveText(/Filters \(2 applied\)/);
      await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden();

      const closed = await scrollsSideways(page);
      expect(closed.scrollWidth, `${title} is ${closed.scrollWidth} px wide in a ${closed.clientWidth} px window`).toBeLessThanOrEqual(closed.clientWidth);
      expect(await legendOverlaps(page)).toEqual([]);
      await expectNoAxeViolations(page);

      // Opened, the filters stack in the width too.
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
      await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Financial year')).toHaveValue(DEMO_YEAR);
      const open = await scrollsSideways(page);
      expect(open.scrollWidth, `${title} with the filters open`).toBeLessThanOrEqual(open.clientWidth);
    });
  }

  test('a table becomes stacked rows, each value labelled with its column heading', async ({ page }) => {
    await page.goto(`/actions?year=${DEMO_YEAR}`);
    await settled(page);
    const overdue = page.locator('table').filter({ has: page.locator('caption', { hasText: /^Overdue actions as of/ }) });
    const cell = overdue.locator('tbody tr').first().locator('td').first();
    await expect(cell).toHaveAttribute('data-label', /.+/);
    const label = await cell.getAttribute('data-label');
    const shown = await cell.evaluate((td) => ({ display: getComputedStyle(td).display, before: getComputedStyle(td, '::before').content }));
    expect(shown).toEqual({ display: 'grid', before: JSON.stringify(label) });
    // Rows sit one under another, each the width of the table.
    const rows = overdue.locator('tbody tr');
    const first = await rows.nth(0).boundingBox();
    const second = await rows.nth(1).boundingBox();
    expect(second?.y).toBeGreaterThanOrEqual((first?.y ?? 0) + (first?.height ?? 0) - 1);
  });

  test('screenshots of the overview and the action plans at 320 px', async ({ page }) => {
    await page.goto(`/?year=${DEMO_YEAR}`);
    await settled(page);
    await expect(page.getByTestId('tile-notifications')).toBeVisible();
    await screenshot(page, 'small-overview-320');
    // The first screen, and a tile, as a phone shows them.
    await page.screenshot({ path: 'output/screenshots/small-overview-320-first-screen.png' });
    await page.getByTestId('tile-notifications').screenshot({ path: 'output/screenshots/small-overview-320-tile.png' });
    await page.goto(`/actions?year=${DEMO_YEAR}`);
    await settled(page);
    await expect(page.getByTestId('action-figures')).toBeVisible();
    await screenshot(page, 'small-actions-320');
    await page.screenshot({ path: 'output/screenshots/small-actions-320-first-screen.png' });
    await page.locator('figure.chart-figure').first().screenshot({ path: 'output/screenshots/small-actions-320-brag.png' });
    const overdue = page.locator('.table-block').filter({ has: page.locator('caption', { hasText: /^Overdue actions as of/ }) });
    await overdue.locator('tbody tr').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'output/screenshots/small-actions-320-table.png' });
  });
});

test('at 1280 px the filters are open without a button, and screenshots of the overview and the action plans', async ({ page }) => {
  await page.goto(`/?year=${DEMO_YEAR}`);
  await settled(page);
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filters \(/ })).toBeHidden();
  await expect(page.getByTestId('tile-notifications')).toBeVisible();
  await screenshot(page, 'small-overview-1280');
  await page.goto(`/actions?year=${DEMO_YEAR}`);
  await settled(page);
  await expect(page.getByTestId('action-figures')).toBeVisible();
  await screenshot(page, 'small-actions-1280');
});

test('years before any data read "No data", not "0, no change"', async ({ page }) => {
  await page.goto('/?year=2016/17');
  await settled(page);
  const tile = page.getByTestId('tile-reviews-completed');
  await expect(tile.getByTestId('tile-value')).toHaveText('No data');
  await expect(tile.getByTestId('tile-previous')).toHaveText('2015/16: No data');
  await expect(page.getByTestId('tile-change')).toHaveCount(0);
});

test.describe('an adults board', () => {
  test.use({ user: demoEmail('admin', 'eastvale') });

  test("sees its own work: SAR and DHR tiles and review types, no notifications or rapid reviews shown or asked for, adults at risk in training and its annual report", async ({ page }) => {
    await page.goto(`/?year=${DEMO_YEAR}`);
    await settled(page);
    await expect(page.getByTestId('tile-reviews-completed')).toBeVisible();
    await expect(page.getByTestId('tile-notifications')).toHaveCount(0);
    await expect(page.getByTestId('tile-rapid-reviews-on-time')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Reviews', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Notifications and reviews' })).toHaveCount(0);
    // Its own statutory reviews instead: SARs started and completed within six months, and the DHRs it runs.
    await expect(page.getByTestId('tile-sars-started')).toBeVisible();
    await expect(page.getByTestId('tile-sars-within-six-months')).toBeVisible();
    await expect(page.getByTestId('tile-dhrs-started')).toBeVisible();
    await expect(page.getByTestId('tile-dhrs-within-six-months')).toBeVisible();
    await expectNoAxeViolations(page);

    // The review-type filter offers its own review types: SARs and DHRs, no rapid reviews or children's reviews.
    const reviewType = page.getByRole('form', { name: 'Filters' }).getByLabel('Review type');
    await expect(reviewType.locator('option', { hasText: 'Safeguarding adults review' })).toHaveCount(1);
    await expect(reviewType.locator('option', { hasText: 'Domestic homicide review' })).toHaveCount(1);
    await expect(reviewType.locator('option', { hasText: 'Rapid review' })).toHaveCount(0);
    await expect(reviewType.locator('option', { hasText: /child/i })).toHaveCount(0);

    // The DHR tile opens the reviews list narrowed to DHRs.
    await page.getByTestId('tile-dhrs-started').getByRole('link', { name: 'Domestic homicide reviews started' }).click();
    await expect(page).toHaveURL(/\/reviews\?.*reviewType=dhr.*#reviews-list$/);
    await settled(page);
    await expect(reviewType).toHaveValue('dhr');
    await page.goto(`/?year=${DEMO_YEAR}`);
    await settled(page);

    // The SAR tile opens the reviews list narrowed to SARs; the page neither shows nor asks for notifications or rapid reviews.
    const childrenQueries: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      for (const name of ['NotificationsPageList', 'ReviewsPageRapidTimeliness']) if (body.includes(name)) childrenQueries.push(name);
    });
    await page.getByTestId('tile-sars-started').getByRole('link', { name: 'Safeguarding adults reviews started' }).click();
    await expect(page).toHaveURL(/\/reviews\?.*reviewType=sar.*#reviews-list$/);
    await settled(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Reviews initiated in the period' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Serious incident notifications in the period' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Rapid review timeliness' })).toHaveCount(0);
    await expect(page.getByText(/^Safeguarding adults reviews and other learning reviews initiated from/)).toBeVisible();
    await expect(page.getByText(/6 calendar months after initiation for SAR, DHR and PLR\./)).toBeVisible();
    await expect(page.getByText(/rapid reviews/)).toHaveCount(0);
    expect(childrenQueries).toEqual([]);

    // Training asks whether adults at risk are better off, not children.
    await page.goto(`/training?year=${DEMO_YEAR}`);
    await settled(page);
    await expect(page.getByTestId('kirkpatrick')).toContainText('Results: Are adults at risk better off?');

    // Its annual report: SAR and DHR headlines, no notifications, and the voice of adults at risk.
    await page.goto(`/annual-report?year=${DEMO_YEAR}`);
    await settled(page);
    const figures = page.getByTestId('ar-figure');
    await expect(figures.filter({ hasText: 'Safeguarding adults reviews (SARs) initiated' })).toHaveCount(1);
    await expect(figures.filter({ hasText: 'Domestic homicide reviews (DHRs) initiated' })).toHaveCount(1);
    await expect(figures.filter({ hasText: /notification/i })).toHaveCount(0);
    await expect(page.getByTestId('ar-notifications-by-harm-and-age')).toHaveCount(0);
    await expect(page.getByTestId('ar-reviews-by-type-and-status')).toBeVisible();
    await expect(page.getByTestId('ar-narrative-voice')).toContainText('The voice of adults at risk, families and practitioners');

    // No section 11 (Children Act 2004) on its audits page.
    await page.goto(`/audits?year=${DEMO_YEAR}`);
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Section 11 self-assessments' })).toHaveCount(0);
  });
});
