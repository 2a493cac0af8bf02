import { demoEmail, expectNoAxeViolations, fillDate, settled, signInThroughPage, demoPartnershipId, pageGql, expect, test } from './support';

/**
 * The business unit asks an agency for its chronology for a review, through the form (a due date before
 * the request is refused beside the field, in the API's words), then the agency's lead records the return
 * and the business unit sees it returned. Its own rapid review opened today, so no demo figure moves.
 */

const stamp = Date.now().toString(36).toUpperCase();

test('the business unit asks the police for a chronology; the police lead records its return', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const gql = pageGql(page);
  const partnershipId = await demoPartnershipId(gql, 'Northshire');
  const { createReview } = await gql<{ createReview: { id: string; ref: string } }>(
    'mutation($input: CreateReviewInput!) { createReview(input: $input) { id ref } }',
    { input: { partnershipId, type: 'LCSPR', title: `Requests E2E ${stamp}`, status: 'IN_PROGRESS', initiatedOn: '2026-11-02' } },
  );

  await page.goto(`/reviews/${createReview.id}?year=2026%2F27`);
  await settled(page);
  await page.getByRole('link', { name: 'Ask an agency for information' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask an agency for information' })).toBeVisible();
  await page.getByLabel('Agency').fill('Northshire Pol');
  await page.getByRole('option', { name: /Northshire Police/ }).click();
  await page.getByLabel('Chronology').check();
  await fillDate(page, 'Date asked', { day: '2', month: '12', year: '2026' });
  await fillDate(page, 'Due', { day: '1', month: '12', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  // The rule's own words, in the summary and beside the field.
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The information request was not recorded');
  await expect(summary.getByRole('link', { name: /Due .*on or after the date the request was sent/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillDate(page, 'Due', { day: '9', month: '12', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers before recording the request' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the request' }).click();
  await expect(page.getByText(/^Information request .+ recorded\.$/)).toBeVisible();
  const table = page.getByRole('table', { name: `Information asked of agencies for ${createReview.ref}` });
  await expect(table.getByRole('row', { name: /Northshire Police Chronology/ })).toContainText('Not yet');

  // The police lead, in a browser of their own, records the return.
  const lead = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leadPage = await lead.newPage();
  await leadPage.goto('/sign-in');
  await signInThroughPage(leadPage, demoEmail('agency-lead'));
  await expect(leadPage.getByTestId('signed-in-as')).toContainText('Agency lead');
  await leadPage.goto(`/reviews/${createReview.id}?year=2026%2F27`);
  await settled(leadPage);
  await expect(leadPage.getByRole('link', { name: 'Ask an agency for information' })).toHaveCount(0);
  await leadPage.getByRole('link', { name: /^Record the return of / }).click();
  await expect(leadPage.getByRole('heading', { level: 1, name: /^Record the return of / })).toBeVisible();
  await expect(leadPage.getByText('Chronology from Northshire Police, asked on 2 Dec 2026, due on 9 Dec 2026.')).toBeVisible();
  await fillDate(leadPage, 'Date returned', { day: '4', month: '12', year: '2026' });
  await expectNoAxeViolations(leadPage);
  await leadPage.getByRole('button', { name: 'Record the return' }).click();
  await expect(leadPage.getByText(/^Information request .+ recorded as returned\.$/)).toBeVisible();
  await lead.close();

  await page.reload();
  await settled(page);
  await expect(table.getByRole('row', { name: /Northshire Police Chronology/ })).toContainText('4 Dec 2026');
});
