import { demoEmail, expectNoAxeViolations, fillDate, settled, signInThroughPage, demoAgency, pageGql, expect, test } from './support';

/**
 * Agencies answer in the product (issue 13): the business unit asks the police for scoping information on
 * a review of its own (opened for this test, so no demo figure moves); the police lead finds it on "My
 * actions and requests", answers it with two chronology rows (a row left without its event is refused,
 * naming the row), saves a draft, then submits. The business unit sees the request returned in the tracker
 * and the rows, in date order, in the merged chronology.
 */

const stamp = Date.now().toString(36).toUpperCase();

test('the police lead answers a request with chronology rows; the business unit sees it returned and merged', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const gql = pageGql(page);
  const { partnershipId, agencyId: policeId } = await demoAgency(gql, 'Northshire', 'Northshire Police');
  const { createReview } = await gql<{ createReview: { id: string; ref: string } }>(
    'mutation($input: CreateReviewInput!) { createReview(input: $input) { id ref } }',
    { input: { partnershipId, type: 'LCSPR', title: `Answers E2E ${stamp}`, status: 'IN_PROGRESS', initiatedOn: '2026-11-30' } },
  );
  const { createInformationRequest: asked } = await gql<{ createInformationRequest: { id: string; ref: string } }>(
    'mutation($input: CreateInformationRequestInput!) { createInformationRequest(input: $input) { id ref } }',
    { input: { reviewId: createReview.id, agencyId: policeId, kind: 'SCOPING', sentOn: '2026-12-01', dueOn: '2026-12-08' } },
  );

  // The police lead, in a browser of their own.
  const lead = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leadPage = await lead.newPage();
  await leadPage.goto('/sign-in');
  await signInThroughPage(leadPage, demoEmail('agency-lead'));
  await expect(leadPage.getByTestId('signed-in-as')).toContainText('Agency lead');
  await leadPage.getByRole('navigation').getByRole('link', { name: 'My actions and requests' }).click();
  await expect(leadPage.getByRole('heading', { level: 1, name: 'My actions and requests' })).toBeVisible();
  await settled(leadPage);
  const mine = leadPage.getByRole('table', { name: 'Information requests to your agency' });
  // Asked 1 December, due 8 December: sent, or reminded once the reminder round has run (two working days before).
  const askedRow = mine.getByRole('row', { name: new RegExp(asked.ref) });
  await expect(askedRow).toContainText(/Sent|Reminded/);
  await expect(askedRow).toContainText('Not started');
  await expectNoAxeViolations(leadPage);
  await mine.getByRole('link', { name: asked.ref, exact: true }).click();

  await expect(leadPage.getByRole('heading', { level: 1, name: `Answer ${asked.ref}` })).toBeVisible();
  // The rest on a phone 320 px wide: nothing scrolls sideways (WCAG 1.4.10 reflow).
  await leadPage.setViewportSize({ width: 320, height: 800 });
  const widths = await leadPage.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await expect(leadPage.getByText('Use pseudonyms only, such as “Child A” or “Adult B”').first()).toBeVisible();
  await leadPage.getByLabel('Yes', { exact: true }).check();
  await fillDate(leadPage, 'Involvement from', { day: '12', month: '1', year: '2026' });
  await leadPage.getByLabel('Summary of involvement').fill('Two call-outs to the home of Child A; Adult B arrested once.');
  const row1 = leadPage.getByRole('group', { name: 'Chronology row 1' });
  await fillDate(row1, 'Date of event', { day: '14', month: '3', year: '2026' });
  await row1.getByLabel('Event', { exact: true }).fill('Officers attend a domestic incident; Adult B arrested');
  await row1.getByLabel('Source (optional)').fill('Niche record');
  await leadPage.getByRole('button', { name: 'Add a chronology row' }).click();
  const row2 = leadPage.getByRole('group', { name: 'Chronology row 2' });
  await fillDate(row2, 'Date of event', { day: '12', month: '1', year: '2026' });
  await leadPage.getByRole('button', { name: 'Check and submit' }).click();
  const summary = leadPage.getByRole('alert');
  await expect(summary).toContainText('The answer was not saved');
  await expect(summary.getByRole('link', { name: /^Chronology row 2: the event is required/ })).toBeVisible();
  await expect(row2).toContainText('Chronology row 2: the event is required');
  await expectNoAxeViolations(leadPage);
  await row2.getByLabel('Event', { exact: true }).fill('Welfare check: Child A seen, no concerns recorded');

  // A draft first: the business unit's merged chronology does not show it.
  await leadPage.getByRole('button', { name: 'Save as draft' }).click();
  await expect(leadPage.getByText(/^Draft saved\./)).toBeVisible();
  await page.goto(`/reviews/${createReview.id}?year=2026%2F27`);
  await settled(page);
  await expect(page.getByText('No agency has submitted chronology rows yet.')).toBeVisible();

  await leadPage.getByRole('button', { name: 'Check and submit' }).click();
  await expect(leadPage.getByRole('heading', { name: 'Check your answer before submitting it' })).toBeVisible();
  await expectNoAxeViolations(leadPage);
  await leadPage.getByRole('button', { name: 'Submit the return' }).click();
  await expect(leadPage.getByText(`Your answer to ${asked.ref} was submitted: the request is returned.`)).toBeVisible();
  await lead.close();

  // The business unit: returned in the tracker, the rows in date order in the merged chronology.
  await page.reload();
  await settled(page);
  const tracker = page.getByRole('table', { name: `Request tracker: information asked of agencies for ${createReview.ref}` });
  const policeRow = tracker.getByRole('row', { name: /Northshire Police Scoping/ });
  await expect(policeRow).toContainText('Returned');
  await expect(policeRow).not.toContainText('Not yet');
  const merged = page.getByRole('table', { name: `Merged chronology for ${createReview.ref}: 2 rows from submitted answers` });
  const rows = merged.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('12 Jan 2026');
  await expect(rows.nth(1)).toContainText('Welfare check: Child A seen');
  await expect(rows.nth(2)).toContainText('14 Mar 2026');
  await expect(rows.nth(2)).toContainText('Northshire Police');
  await expectNoAxeViolations(page);
});
