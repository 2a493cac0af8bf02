import { type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillDate, settled, expect, test } from './support';

/**
 * The business unit records its audits through the forms: a multi-agency case audit with a graded case
 * (overall and by the partnership's domains, and one agency's own grade in the agency × domain grid),
 * seen on the audit's page and in the audits page's figures; then a section 11
 * audit with an agency's self-assessment, moderated. Axe runs on each form's error state and on check
 * your answers. The audits start in 2026/27, today's year.
 */
test.describe.configure({ mode: 'serial' });

const YEAR = '?year=2026%2F27';
const stamp = Date.now().toString(36).toUpperCase();

async function numberIn(locator: Locator): Promise<number> {
  return Number(((await locator.textContent()) ?? '').replace(/[^0-9.]/g, ''));
}

/** Submits the empty form: the error summary is focused and names the first missing answer; axe checks that state. */
async function emptyFormErrors(page: Page, firstProblem: string) {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /was not (started|added|recorded)/ }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText(firstProblem);
  await expectNoAxeViolations(page);
}

async function checkAndConfirm(page: Page, button: string) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: button }).click();
}

async function firstAgency(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: '{ agencies(first: 1) { nodes { name } } }' } });
  return ((await res.json()) as { data: { agencies: { nodes: { name: string }[] } } }).data.agencies.nodes[0]?.name as string;
}

async function chooseAgency(page: Page, question: RegExp | string, agency: string) {
  await page.getByRole('combobox', { name: question }).fill(agency.split(' ')[0] as string);
  await page.getByRole('option', { name: agency, exact: true }).click();
}

test('an admin starts a case audit and grades a case; the audit page and the audits figures show it', async ({ page }) => {
  const agency = await firstAgency(page);
  await page.goto(`/audits${YEAR}`);
  await settled(page);
  const tile = (name: string) => page.getByTestId('audit-summary').locator('.tile').filter({ hasText: name }).locator('.tile-value');
  const casesBefore = await numberIn(tile('Cases graded'));

  await page.getByRole('link', { name: 'Start an audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start an audit' })).toBeVisible();
  await emptyFormErrors(page, 'Select the type of audit');
  await page.getByLabel('Multi-agency case audit').check();
  await page.getByLabel('Title or topic').fill(`Neglect in under-fives ${stamp}`);
  await fillDate(page, 'Date the audit started', { day: '3', month: '11', year: '2026' });
  // Completed before it started: the domain's rule, said beside the field before anything is sent.
  await fillDate(page, /Date the audit was completed/, { day: '1', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: /Date the audit was completed/ })).toHaveAccessibleDescription(
    /must be on or after the start date \(3 November 2026\)/,
  );
  await fillDate(page, /Date the audit was completed/, { day: '', month: '', year: '' });
  await chooseAgency(page, /Agencies taking part/, agency);
  await expect(page.getByRole('list', { name: 'Chosen agencies' })).toContainText(agency);
  await page.getByLabel('Reference (optional)').fill(`E2E-AU-${stamp}`);
  await checkAndConfirm(page, 'Start the audit');
  await expect(page.getByTestId('flash')).toHaveText(`Audit E2E-AU-${stamp} started.`);
  await expect(page.getByTestId('audit-details')).toContainText(agency);

  await page.getByRole('link', { name: 'Add a case' }).click();
  await emptyFormErrors(page, 'Select the overall grade');
  await page.getByRole('group', { name: /Overall grade/ }).getByLabel('Good', { exact: true }).check();
  await page.getByLabel('Recognition', { exact: true }).selectOption({ label: 'Good' });
  await page.getByLabel('Impact', { exact: true }).selectOption({ label: 'Requires improvement to be good' });
  // The agency taking part grades its own part in the voice of the child (a domain of the partnership's).
  const grid = page.getByTestId('agency-grade-grid');
  await grid.getByLabel(`${agency}: Voice of the child`).selectOption({ label: 'Inadequate' });
  await page.getByLabel('What the auditors found (optional)').fill('Neglect was recognised early; the plan did not change outcomes quickly enough.');
  await page.getByLabel('Case reference (optional)').fill(`E2E-C1-${stamp}`);
  await checkAndConfirm(page, 'Add the case');
  await expect(page.getByTestId('flash')).toHaveText(`Case E2E-C1-${stamp} added.`);
  const row = page.getByTestId('audit-case').filter({ hasText: `E2E-C1-${stamp}` });
  await expect(row).toContainText('Requires improvement to be good');
  await expect(page.getByTestId('audit-cases-total')).toHaveText('1 case graded: 1 good.');
  await expect(row).toContainText(`Also graded per agency: ${agency}.`);
  // The agency's grades by domain: its one grade, inadequate, so 0 of 1 good or better.
  const byAgency = page.getByTestId('agency-grades-audit');
  await expect(byAgency.getByRole('row', { name: new RegExp(agency) })).toContainText('0 of 1 good or better');
  await expect(byAgency.getByRole('columnheader', { name: 'Voice of the child' })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The audit cannot go while its case depends on it: asked first, then refused, naming the case.
  await page.getByRole('button', { name: `Delete audit E2E-AU-${stamp}` }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The audit was not deleted' })).toContainText(`1 graded case (E2E-C1-${stamp})`);

  await page.getByRole('link', { name: 'Back to audits' }).click();
  await settled(page);
  await expect(tile('Cases graded')).toHaveText(String(casesBefore + 1));
  await expect(page.getByRole('link', { name: `E2E-AU-${stamp}` })).toBeVisible();
});

test('an admin records a section 11 self-assessment and moderates it', async ({ page }) => {
  const agency = await firstAgency(page);
  await page.goto(`/audits/new${YEAR}`);
  await page.getByLabel('Section 11 audit').check();
  await page.getByLabel('Title or topic').fill(`Section 11 ${stamp}`);
  await fillDate(page, 'Date the audit started', { day: '2', month: '11', year: '2026' });
  await page.getByLabel('Reference (optional)').fill(`E2E-S11-${stamp}`);
  await checkAndConfirm(page, 'Start the audit');
  await expect(page.getByTestId('flash')).toHaveText(`Audit E2E-S11-${stamp} started.`);

  await page.getByRole('link', { name: "Record an agency's assessment" }).click();
  await emptyFormErrors(page, 'Choose the agency from the list');
  await chooseAgency(page, 'Agency', agency);
  await page.getByLabel('Training and supervision').check();
  await page.getByRole('group', { name: "The agency's own rating" }).getByLabel('Green (met)').check();
  await page.getByLabel('Evidence (optional)').fill('Training records for 2026');
  await checkAndConfirm(page, 'Record the assessment');
  await expect(page.getByTestId('flash')).toHaveText(`Training and supervision for ${agency} recorded.`);
  const assessment = page.getByTestId('section11-assessment').filter({ hasText: 'Training and supervision' });
  await expect(assessment).toContainText('Not moderated yet');

  await assessment.getByRole('link', { name: /^Moderate/ }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the moderation' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText('Select the rating after moderation');
  await expectNoAxeViolations(page);
  await page.getByLabel('Amber (partly met)').check();
  await page.getByLabel(/Why the moderators/).fill('Refresher training is overdue for a third of staff.');
  await page.getByRole('button', { name: 'Record the moderation' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Training and supervision for ${agency} moderated: amber (partly met).`);
  await expect(assessment).toContainText('Lowered to amber (partly met)');
  // The agency's own rating stays beside the moderated one, in the words of the audit's tool.
  await expect(assessment).toContainText('Green (met)');
  await expect(page.getByTestId('audit-details')).toContainText('Partnership section 11 self-assessment (Working Together 2023), version 2');
  await expect(page.getByTestId('section11-return')).toContainText('1 of 8 standards assessed; 1 moderated.');
});
