import { demoEmail, expectNoAxeViolations, settled, signInThroughPage, demoAgency, pageGql, expect, test } from './support';

/**
 * Agency returns for audits (issue 13): the business unit starts a section 11 round of its own (so no demo
 * figure moves) with the police taking part and invites them from the audit's page; the police lead finds the
 * return on "My actions and requests", saves a draft, is told what a submission still lacks, fills a rating
 * and evidence for every standard and submits. The business unit sees the police returned in the tracker.
 */

const stamp = Date.now().toString(36).toUpperCase();

test('the police lead returns a self-assessment; the business unit sees it returned on the audit page', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const gql = pageGql(page);
  const { partnershipId, agencyId: policeId } = await demoAgency(gql, 'Northshire', 'Northshire Police');
  const title = `Section 11 E2E ${stamp}`;
  const { createAudit } = await gql<{ createAudit: { id: string; ref: string; tool: { standards: { title: string }[] } } }>(
    'mutation($input: CreateAuditInput!) { createAudit(input: $input) { id ref tool { standards { title } } } }',
    { input: { partnershipId, type: 'SECTION_11', title, startedOn: '2026-11-02', agencyIds: [policeId] } },
  );
  const standards = createAudit.tool.standards.length;

  // The business unit invites the agencies taking part (the police, ticked already), due 20 working days from today.
  await page.goto(`/audits/${createAudit.id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Agency returns' })).toBeVisible();
  await expect(page.getByText('No agency has been invited to return its part yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Invite agencies to return' }).click();
  await expect(page.getByLabel('Northshire Police')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send the invitations' }).click();
  const tracker = page.getByRole('table', { name: `Agency returns for ${createAudit.ref}` });
  await expect(tracker.getByRole('row', { name: /Northshire Police/ })).toContainText('Sent');

  // The police lead, in a browser of their own.
  const lead = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leadPage = await lead.newPage();
  await leadPage.goto('/sign-in');
  await signInThroughPage(leadPage, demoEmail('agency-lead'));
  await leadPage.getByRole('navigation').getByRole('link', { name: 'My actions and requests' }).click();
  await settled(leadPage);
  const mine = leadPage.getByRole('table', { name: 'Audit returns your agency owes' });
  await expect(mine.getByRole('row', { name: new RegExp(title) })).toContainText('Sent');
  await expectNoAxeViolations(leadPage);
  await mine.getByRole('link', { name: `${createAudit.ref}: ${title}` }).click();
  await expect(leadPage.getByRole('heading', { level: 1, name: `Northshire Police's return for ${createAudit.ref}` })).toBeVisible();

  // On a phone 320 px wide: nothing scrolls sideways (WCAG 1.4.10 reflow).
  await leadPage.setViewportSize({ width: 320, height: 800 });
  const rows = leadPage.getByTestId('return-standard');
  await expect(rows).toHaveCount(standards);
  const widths = await leadPage.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);

  // A draft of the first standard, then a submission that is refused for what it lacks.
  await rows.nth(0).getByRole('radio').nth(1).check();
  await rows.nth(0).getByLabel(/^Evidence/).fill('Safeguarding policy reviewed March 2026; board minutes.');
  await leadPage.getByRole('button', { name: 'Save as draft' }).click();
  await expect(leadPage.getByText(/^Draft saved\./)).toBeVisible();
  await leadPage.getByRole('button', { name: 'Submit the return' }).click();
  const problems = leadPage.getByRole('alert');
  await expect(problems).toContainText('The return was not saved');
  await expect(problems.getByRole('link', { name: /^Summary is required to submit/ })).toBeVisible();
  await expect(problems.getByRole('link', { name: /^The return must rate every standard to submit/ })).toBeVisible();
  await expectNoAxeViolations(leadPage);

  for (let i = 1; i < standards; i++) {
    await rows.nth(i).getByRole('radio').nth(2).check();
    await rows.nth(i).getByLabel(/^Evidence/).fill(`Evidence ${i + 1}: single-agency audit of 20 files, October 2026.`);
  }
  await leadPage.getByLabel('Summary of your return').fill('Strong on leadership and training; supervision records to improve.');
  await leadPage.getByRole('button', { name: 'Submit the return' }).click();
  await expect(leadPage.getByText(`Northshire Police's return for ${createAudit.ref} was submitted: it is returned.`)).toBeVisible();
  await lead.close();

  // The business unit: the police returned today, none overdue.
  await page.reload();
  await settled(page);
  const policeRow = page.getByRole('table', { name: `Agency returns for ${createAudit.ref}` }).getByRole('row', { name: /Northshire Police/ });
  await expect(policeRow).toContainText('Returned');
  await expect(page.getByTestId('agency-returns-summary')).toHaveText('1 of 1 agency has returned; 0 overdue.');
  await expectNoAxeViolations(page);
});
