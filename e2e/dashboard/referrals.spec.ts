import { expectNoAxeViolations, fillDate, screenshot, settled, pageGql, expect, test } from './support';

/**
 * The business unit records a referral considered and decided "no review" through the form: the rule's
 * own words appear beside the fields before anything is sent (a decision dated before the referral, no
 * reasons), then check your answers, the referral's page, and the list. Axe on the list, the form's error
 * state, check your answers and the referral's page; the list and the form fit 320 px. Then a referral
 * walked from receipt to its decision for a rapid review, linked to the notification and the rapid review.
 */
const YEAR = '?year=2026%2F27';
const ref = `RF-E2E-${Date.now().toString(36).toUpperCase()}`;

test('an admin records a referral decided "no review", with the rule errors shown beside their fields first, and finds it in the list', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/referrals${YEAR}`);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await settled(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Record a referral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a referral' })).toBeVisible();
  // Nothing filled in: the summary names the first missing answer.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The referral was not recorded' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText('Enter the date referred');
  await expectNoAxeViolations(page);

  await fillDate(page, 'Date referred', { day: '2', month: '11', year: '2026' });
  await page.getByRole('group', { name: 'Who referred the case' }).getByLabel('Another route').check();
  await page.getByLabel(/^Children: local child safeguarding practice review criteria/).check();
  await page.getByLabel(/Description of the case/).fill('A teenager found injured after going missing; the group considered whether the review criteria were met.');
  await page.getByRole('group', { name: 'Decision' }).getByLabel('No review', { exact: true }).check();
  await page.getByRole('group', { name: 'Decided by' }).getByLabel('Chair', { exact: true }).check();
  // Decided the day before it was referred, and no reasons: the rules' words, beside each field.
  await fillDate(page, 'Date of the decision', { day: '1', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Date of the decision' })).toHaveAccessibleDescription(
    /Date of the decision must be on or after the date referred \(2 November 2026\)/,
  );
  await expect(page.getByRole('textbox', { name: 'Reasons', exact: true })).toHaveAccessibleDescription(/Reasons are required when the decision is no review/);
  await expect(summary.getByRole('link')).toHaveText([
    'Date of the decision must be on or after the date referred (2 November 2026)',
    'Reasons are required when the decision is no review',
  ]);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'referral-form-errors-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  await fillDate(page, 'Date of the decision', { day: '4', month: '11', year: '2026' });
  await page.getByRole('textbox', { name: 'Reasons', exact: true }).fill('The criteria were not met: no abuse or neglect known or suspected.');
  await fillDate(page, /Date the referrer was told/, { day: '5', month: '11', year: '2026' });
  await page.getByLabel(/^Reference/).fill(ref);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expect(page.getByText('No review on 4 Nov 2026 by chair')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the referral' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Referral ${ref}` })).toBeVisible();
  await expect(page.getByText(`Referral ${ref} recorded.`)).toBeVisible();
  const details = page.getByTestId('referral-details');
  await expect(details).toContainText('No review, 4 Nov 2026 (chair)');
  await expect(details).toContainText('The criteria were not met');
  await expect(details).toContainText('5 Nov 2026');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back to referrals' }).click();
  await settled(page);
  const row = page.getByRole('table', { name: /^Referrals received from/ }).getByRole('row').filter({ hasText: ref });
  await expect(row).toContainText('No review');
  await expect(row).toContainText('Another route');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.locator('main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
  await screenshot(page, 'referrals-320');
});

test('a referral from receipt to decision to rapid review: received through an agency, then decided, linked to its notification and rapid review', async ({ page }) => {
  test.setTimeout(90_000);
  const gql = pageGql(page);
  const stamp = Date.now().toString(36).toUpperCase();
  const { partnerships, agencies } = await gql<{ partnerships: { nodes: { id: string; ref: string }[] }; agencies: { nodes: { name: string; sector: string; isCoreMember: boolean }[] } }>(
    '{ partnerships(first: 5) { nodes { id ref } } agencies(first: 500) { nodes { name sector isCoreMember } } }',
  );
  const partnershipId = partnerships.nodes.find((p) => p.ref === 'NSCP')?.id as string;
  const agency = agencies.nodes.filter((a) => a.sector === 'POLICE' && a.isCoreMember).map((a) => a.name).sort()[0] as string;
  // The notification and its rapid review, as the business unit records them on the same days.
  const { createNotification: n } = await gql<{ createNotification: { id: string } }>('mutation($input: CreateNotificationInput!) { createNotification(input: $input) { id } }', {
    input: { partnershipId, ref: `N-E2E-${stamp}`, dateAware: '2026-11-09', dateNotified: '2026-11-11', harm: 'DEATH', ageBand: 'UNDER_1', decision: 'RAPID_REVIEW' },
  });
  await gql('mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }', {
    input: { partnershipId, ref: `RR-E2E-${stamp}`, type: 'RAPID_REVIEW', title: `Rapid review: Child E2E ${stamp}`, initiatedOn: '2026-11-11', notificationId: n.id },
  });

  // Receipt: referred by the police's safeguarding lead, not decided yet.
  await page.goto(`/referrals/new${YEAR}`);
  await fillDate(page, 'Date referred', { day: '9', month: '11', year: '2026' });
  await page.getByLabel("A practitioner, through their agency's safeguarding lead").check();
  await page.getByRole('combobox', { name: /Referring agency/ }).fill(agency);
  await page.getByRole('option', { name: agency, exact: true }).click();
  await page.getByLabel(/^Children: serious incident notification criteria/).check();
  await page.getByLabel(/^Reference/).fill(`RF-E2E-RR-${stamp}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await page.getByRole('button', { name: 'Record the referral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referral RF-E2E-RR-${stamp}` })).toBeVisible();
  const details = page.getByTestId('referral-details');
  await expect(details).toContainText(agency);
  await expect(details).toContainText('Not decided yet');

  // Decision: first "another review" with the rapid review linked, refused beside the field in the rule's words.
  await page.getByRole('link', { name: 'Edit the referral' }).click();
  await page.getByRole('group', { name: "Review group's recommendation" }).getByLabel('Rapid review', { exact: true }).check();
  await page.getByRole('group', { name: 'Decision' }).getByLabel('Another review', { exact: true }).check();
  await page.getByRole('group', { name: 'Decided by' }).getByLabel('Independent scrutineer').check();
  await fillDate(page, 'Date of the decision', { day: '11', month: '11', year: '2026' });
  await page.getByLabel(/^Review it led to/).selectOption({ label: `RR-E2E-${stamp}: Rapid review: Child E2E ${stamp} (Rapid review)` });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel(/^Review it led to/)).toHaveAccessibleDescription(
    new RegExp(`Review it led to must not be a rapid review when the decision is another review \\(RR-E2E-${stamp} is one\\)`),
  );
  await expectNoAxeViolations(page);

  // The decision was a rapid review: the notification and the rapid review it led to, the Panel's response awaited.
  await page.getByRole('group', { name: 'Decision' }).getByLabel('Rapid review', { exact: true }).check();
  await page.getByLabel(/^Notification it led to/).selectOption({ label: `N-E2E-${stamp} (aware 9 Nov 2026)` });
  await page.getByRole('group', { name: /The Panel's response/ }).getByLabel('Awaited').check();
  await fillDate(page, /Date the referrer was told/, { day: '12', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Referral RF-E2E-RR-${stamp} saved.`)).toBeVisible();
  await expect(details).toContainText('Rapid review, 11 Nov 2026 (independent scrutineer)');
  await expect(details).toContainText('Awaited');
  await expect(details.getByRole('link', { name: `N-E2E-${stamp}` })).toBeVisible();
  await details.getByRole('link', { name: new RegExp(`^RR-E2E-${stamp}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Rapid review: Child E2E ${stamp}`) })).toBeVisible();
  await expect(page.getByRole('link', { name: `RF-E2E-RR-${stamp}` })).toBeVisible();
});
