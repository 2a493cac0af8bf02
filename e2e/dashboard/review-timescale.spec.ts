import { expectNoAxeViolations, fillDate, settled, demoPartnershipId, pageGql, expect, test } from './support';

/**
 * The business unit records a pause of an LCSPR for criminal proceedings: the review page then shows
 * the original six-month due date beside the new one (the clock stopped 30 days); then its reviewer,
 * method and the report sent to the Panel, late for the planned publication. Its own review,
 * opened in 2026/27 (today's year), so no demo figure moves. Axe on the form, its errors, check your
 * answers and the page; the page read at 320 px.
 */

const stamp = Date.now().toString(36).toUpperCase();

test('an admin records a pause for criminal proceedings; the review page shows the original and the new due date', async ({ page }) => {
  test.setTimeout(90_000);
  const gql = pageGql(page);
  const partnershipId = await demoPartnershipId(gql, 'Northshire');
  // Initiated 1 June 2026: due 1 December 2026, 6 calendar months on.
  const { createReview } = await gql<{ createReview: { id: string; ref: string } }>(
    'mutation($input: CreateReviewInput!) { createReview(input: $input) { id ref } }',
    { input: { partnershipId, type: 'LCSPR', title: `Timescale E2E ${stamp}`, status: 'IN_PROGRESS', initiatedOn: '2026-06-01' } },
  );

  await page.goto(`/reviews/${createReview.id}?year=2026%2F27`);
  await settled(page);
  const dates = page.getByTestId('completion-due-dates');
  await expect(dates.getByTestId('original-due-on')).toContainText('1 Dec 2026');
  await expect(dates.getByTestId('current-due-on')).toContainText('1 Dec 2026 (no pause or extension)');

  await page.getByRole('link', { name: 'Record a pause or extension' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a pause or extension' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Nothing was recorded' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText('Select a pause or an extension');
  await expectNoAxeViolations(page);

  await page.getByLabel('Pause', { exact: true }).check();
  await page.getByLabel('Criminal proceedings').check();
  // A restart before the pause: refused in the API's own words.
  await fillDate(page, 'Date the review was paused', { day: '1', month: '8', year: '2026' });
  await fillDate(page, /^Date the review restarted/, { day: '31', month: '7', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Date the review restarted must be after the day the pause started (1 August 2026)');
  await fillDate(page, /^Date the review restarted/, { day: '31', month: '8', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the pause' }).click();

  await expect(page.getByTestId('flash')).toHaveText('The pause from 1 Aug 2026 was recorded.');
  await settled(page);
  // Paused 1-30 August (restarted 31 August): 30 days, so due 1 December + 30 = 31 December 2026; the original stays.
  await expect(dates.getByTestId('original-due-on')).toContainText('1 Dec 2026');
  await expect(dates.getByTestId('current-due-on')).toHaveText('31 Dec 2026 (the clock stopped for 30 days while paused)');
  const change = page.getByTestId('timescale-change');
  await expect(change).toContainText('Paused 1 Aug 2026, restarted 31 Aug 2026 (30 days)');
  await expect(change).toContainText('Reason: Criminal proceedings');
  await expect(page.getByRole('table', { name: /Statutory milestones/ }).getByRole('row', { name: /Review completed/ })).toContainText('originally 1 Dec 2026');
  await expectNoAxeViolations(page);

  // The reviewer, the method and the report to the Panel: planned for Mon 14 December, the report was due
  // by Thu 3 December (7 working days before); sent on Fri 4 December, it is late.
  await page.getByRole('link', { name: 'Edit reviewer, method and publication' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reviewer, method and publication' })).toBeVisible();
  await page.getByLabel('Reviewers (optional)').fill('Dr A Example (independent reviewer)');
  await page.getByLabel('SCIE Learning Together').check();
  await fillDate(page, /^Date the final report was sent/, { day: '4', month: '12', year: '2026' });
  await fillDate(page, /^Date publication is planned for/, { day: '14', month: '12', year: '2026' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Review ${createReview.ref} saved.`);
  await settled(page);
  const shared = page.getByRole('table', { name: /Statutory milestones/ }).getByRole('row', { name: /Report sent to the Panel/ });
  await expect(shared).toContainText('3 Dec 2026');
  await expect(shared).toContainText('4 Dec 2026');
  await expect(shared).toContainText('LATE');
  await expect(page.getByText('SCIE Learning Together')).toBeVisible();

  // The engagement log: the mother took part (by role, never a name).
  await page.getByRole('link', { name: 'Record engagement' }).click();
  await page.getByLabel('A family member').check();
  await page.getByLabel('Mother').check();
  await fillDate(page, 'Date', { day: '15', month: '9', year: '2026' });
  await page.getByLabel('Took part').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the engagement' }).click();
  await settled(page);
  await expect(page.getByTestId('engagement')).toContainText('15 Sept 2026: Family: mother');
  await expect(page.getByTestId('engagement-summary')).toHaveText('Took part: 1 family member, 0 practitioners.');
  await expectNoAxeViolations(page);

  // Read on a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('heading', { level: 2, name: 'Pauses and extensions' }).scrollIntoViewIfNeeded();
  const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  await page.screenshot({ path: 'output/screenshots/review-timescale-320.png', fullPage: true });
});
