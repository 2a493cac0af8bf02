import { type Locator, type Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, fillDate, settled, expect, test } from './support';

/**
 * A business unit records its year through the forms: a notification, its rapid review, the LCSPR it
 * led to with a finding, a recommendation and two actions (the second entirely by keyboard); then the
 * agency lead completes its agency's action with evidence of impact. Axe runs on every form, empty
 * (its error state) and on check your answers. The records' dates fall in 2026/27, today's year.
 */
test.describe.configure({ mode: 'serial' });

const YEAR = '?year=2026%2F27';
const stamp = Date.now().toString(36).toUpperCase();
let lcsprId = '';
let leadActionRef = '';

async function numberIn(locator: Locator): Promise<number> {
  return Number(((await locator.textContent()) ?? '').replace(/[^0-9.]/g, ''));
}

/** Submits the empty form: the error summary names the first missing answer and links to it; axe checks that state. */
async function emptyFormErrors(page: Page, firstProblem: string | RegExp) {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /was not (recorded|opened|added)/ }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText(firstProblem);
  await expectNoAxeViolations(page);
}

/** Continue to check your answers, check axe there, and confirm. */
async function checkAndConfirm(page: Page, button: string) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: button }).click();
}

/** Presses Tab until the target has focus: keyboard-only navigation. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

test('an admin records a notification, its rapid review, an LCSPR, a finding, a recommendation and two actions through the forms', async ({ page }) => {
  test.setTimeout(90_000);
  // The lead's agency (the demo gives the agency lead the partnership's first police agency) owns one action.
  const agencies = (
    (await (await page.request.post('/graphql', { data: { query: '{ agencies(first: 500) { nodes { name sector isCoreMember ref } } }' } })).json()) as {
      data: { agencies: { nodes: { name: string; sector: string; isCoreMember: boolean; ref: string }[] } };
    }
  ).data.agencies.nodes.sort((a, b) => Number(b.sector === 'POLICE') - Number(a.sector === 'POLICE') || Number(b.isCoreMember) - Number(a.isCoreMember) || (a.ref < b.ref ? -1 : 1));
  const leadAgency = agencies[0]?.name as string;
  const otherAgency = agencies.find((a) => a.sector !== 'POLICE')?.name as string;

  await page.goto(`/${YEAR}`);
  await settled(page);
  const notificationsBefore = await numberIn(page.getByTestId('tile-notifications').getByTestId('tile-value'));

  // Notification.
  await page.goto(`/reviews${YEAR}`);
  await page.getByRole('link', { name: 'Record a notification' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a serious incident notification' })).toBeVisible();
  await emptyFormErrors(page, 'Enter the date the local authority became aware');
  await expect(page.getByRole('group', { name: 'Harm' })).toHaveAccessibleDescription(/Select the harm/);
  // Not a real date: said beside the field, before anything is sent.
  await fillDate(page, 'Date the local authority became aware', { day: '31', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Date the local authority became aware' })).toHaveAccessibleDescription(/must be a real date/);
  await fillDate(page, 'Date the local authority became aware', { day: '02', month: '11', year: '2026' });
  await fillDate(page, /Date the Panel was notified/, { day: '4', month: '11', year: '2026' });
  await page.getByLabel('Serious harm').check();
  await page.getByLabel('6 to 10').check();
  await page.getByRole('group', { name: 'Decision' }).getByLabel('Rapid review', { exact: true }).check();
  const themes = page.getByRole('combobox', { name: /Themes/ });
  await themes.fill('neglect');
  await page.getByRole('option', { name: 'Neglect', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Chosen themes' })).toContainText('Neglect');
  await page.getByLabel('Reference (optional)').fill(`E2E-N-${stamp}`);
  await checkAndConfirm(page, 'Record the notification');
  await expect(page.getByTestId('flash')).toHaveText(`Notification E2E-N-${stamp} recorded.`);
  await expect(page.getByTestId('notification-details')).toContainText('Neglect');

  // Its rapid review.
  await page.getByRole('link', { name: 'Open its rapid review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a rapid review' })).toBeVisible();
  await expect(page.getByText(`Arising from notification E2E-N-${stamp}.`)).toBeVisible();
  await emptyFormErrors(page, 'Enter the title');
  await page.getByLabel('Title', { exact: true }).fill(`Child ${stamp} rapid review`);
  await fillDate(page, 'Date the review was initiated', { day: '4', month: '11', year: '2026' });
  await fillDate(page, /Date sent to the Panel/, { day: '20', month: '11', year: '2026' });
  await page.getByLabel('Local child safeguarding practice review (LCSPR)').check();
  await page.getByLabel('Reference (optional)').fill(`E2E-RR-${stamp}`);
  await checkAndConfirm(page, 'Open the rapid review');
  await expect(page.getByTestId('flash')).toHaveText(`Rapid review E2E-RR-${stamp} opened.`);

  // The LCSPR it led to.
  await page.getByRole('link', { name: 'Open an LCSPR' }).click();
  await expect(page.getByText(`Arising from Rapid review E2E-RR-${stamp} and notification E2E-N-${stamp}.`)).toBeVisible();
  await emptyFormErrors(page, 'Enter the title');
  await page.getByLabel('Title', { exact: true }).fill(`Child ${stamp}`);
  await fillDate(page, 'Date the review was initiated', { day: '25', month: '11', year: '2026' });
  const involved = page.getByRole('combobox', { name: /Agencies involved/ });
  await involved.fill(leadAgency.split(' ')[0] as string);
  await page.getByRole('option', { name: leadAgency, exact: true }).click();
  await page.getByLabel('Reference (optional)').fill(`E2E-L-${stamp}`);
  await checkAndConfirm(page, 'Open the review');
  await expect(page.getByTestId('flash')).toHaveText(`LCSPR E2E-L-${stamp} opened.`);
  lcsprId = new URL(page.url()).pathname.split('/').pop() as string;

  // A finding and a recommendation answering it.
  await page.getByRole('link', { name: 'Add a finding' }).click();
  await emptyFormErrors(page, 'Select good practice or area for improvement');
  await page.getByLabel('Area for improvement').check();
  await page.getByLabel('Finding', { exact: true }).fill('Information held by the school was not shared with children’s social care.');
  await checkAndConfirm(page, 'Add the finding');
  await expect(page.getByTestId('areas-for-improvement').getByTestId('finding')).toContainText('was not shared');
  await page.getByRole('link', { name: 'Add a recommendation' }).click();
  await emptyFormErrors(page, 'Enter the recommendation');
  await page.getByLabel('Recommendation', { exact: true }).fill('Schools share concerns with children’s social care the same day.');
  await page.getByLabel('Finding it answers (optional)').selectOption({ index: 1 });
  await checkAndConfirm(page, 'Add the recommendation');
  await expect(page.getByTestId('recommendation')).toContainText('the same day');

  // The first action, with the mouse.
  await page.getByRole('link', { name: 'Add an action' }).click();
  await emptyFormErrors(page, 'Enter the action');
  await page.getByLabel('Action', { exact: true }).fill('Train designated safeguarding leads on same-day referrals');
  await page.getByRole('combobox', { name: 'Owner agency' }).fill(leadAgency.split(' ')[0] as string);
  await page.getByRole('option', { name: leadAgency, exact: true }).click();
  await fillDate(page, 'Due date', { day: '31', month: '3', year: '2027' });
  await page.getByLabel('Recommendation it answers (optional)').selectOption({ index: 1 });
  leadActionRef = `E2E-A1-${stamp}`;
  await page.getByLabel('Reference (optional)').fill(leadActionRef);
  await checkAndConfirm(page, 'Add the action');
  await expect(page.getByTestId('flash')).toHaveText(`Action ${leadActionRef} added.`);

  // The second action, keyboard only: Tab to each control, type, arrows and Enter in the autocomplete.
  await tabTo(page, page.getByRole('link', { name: 'Add an action' }));
  await page.keyboard.press('Enter');
  const title = page.getByLabel('Action', { exact: true });
  await expect(title).toBeVisible();
  await tabTo(page, title);
  await page.keyboard.type('Audit the same-day referral standard');
  await page.keyboard.press('Tab');
  await page.keyboard.type(otherAgency);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Owner agency' })).toHaveValue(otherAgency);
  await tabTo(page, page.getByRole('group', { name: 'Due date' }).getByLabel('Day'));
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2027');
  await tabTo(page, page.getByLabel('Reference (optional)'));
  await page.keyboard.type(`E2E-A2-${stamp}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Add the action' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('flash')).toHaveText(`Action E2E-A2-${stamp} added.`);

  // The review's page refuses to delete what others depend on, naming them.
  await page.getByRole('button', { name: `Delete recommendation` }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'was not deleted' })).toContainText(`cannot be deleted while other records depend on it: 1 action answers it (${leadActionRef})`);

  // The action plan and the overview show them.
  await page.goto(`/actions${YEAR}&reviewId=${lcsprId}`);
  await expect(page.getByRole('link', { name: leadActionRef, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: `E2E-A2-${stamp}`, exact: true }).first()).toBeVisible();
  await page.goto(`/${YEAR}`);
  await settled(page);
  await expect(page.getByTestId('tile-notifications').getByTestId('tile-value')).toHaveText(String(notificationsBefore + 1));
});

test('records the learning shared from the LCSPR and the response to its recommendation, each rule in the API’s own words', async ({ page }) => {
  expect(lcsprId, 'the admin journey ran first').not.toBe('');
  await page.goto(`/reviews/${lcsprId}${YEAR}`);
  await page.getByRole('link', { name: 'Record learning shared' }).click();
  await emptyFormErrors(page, 'Select what was shared');
  await page.getByLabel('7-minute briefing').check();
  await page.getByLabel('Title', { exact: true }).fill(`7-minute briefing ${stamp}`);
  await fillDate(page, 'Date shared', { day: '1', month: '1', year: '2099' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText(/Date shared cannot be in the future \(today is \d{1,2} \w+ 20\d\d\)/);
  await fillDate(page, 'Date shared', { day: '1', month: '12', year: '2026' });
  await page.getByLabel('People reached (optional)').fill('140');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add it' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`7-minute briefing ${stamp} added.`);
  await expect(page.getByTestId('learning-products')).toContainText(`7-minute briefing ${stamp}`);
  await expect(page.getByTestId('learning-products')).toContainText('reached 140');

  // The partnership's response to the recommendation: not accepted needs its reasons, in the rule's own words.
  await page.getByRole('link', { name: /^Edit recommendation/ }).click();
  await page.getByLabel('Not accepted').check();
  await fillDate(page, 'Date of the response', { day: '2', month: '12', year: '2026' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('Reasons are required when the recommendation is not accepted');
  await expectNoAxeViolations(page);
  await page.getByLabel('Reasons').fill('The school nursing service is being recommissioned; the new provider will take it on.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('flash')).toContainText('saved');
  await expect(page.getByTestId('recommendation-response')).toContainText('Not accepted on 2 Dec 2026: The school nursing service is being recommissioned');
});

test.describe('as the agency lead', () => {
  test.use({ user: demoEmail('agency-lead') });

  test("completes its agency's action with evidence of impact", async ({ page }) => {
    expect(lcsprId, 'the admin journey ran first').not.toBe('');
    await page.goto(`/reviews/${lcsprId}${YEAR}`);
    // Only its own agency's action offers an update; nothing to record or delete.
    const updates = page.getByRole('link', { name: /^Update / });
    await expect(updates).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Add an action' })).toHaveCount(0);
    await updates.click();
    const panel = page.getByRole('region', { name: `Action ${leadActionRef}` });
    await expect(panel.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    await panel.getByLabel('New status').selectOption('IMPACT_EVIDENCED');
    await fillDate(panel, 'Completed on', { day: '1', month: '12', year: '2026' });
    await panel.getByLabel('Evidence of impact').fill('Referrals from schools reached social care the same day in 19 of 20 audited cases.');
    await panel.getByLabel('Note', { exact: true }).fill('Evidence from the November audit');
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Change status' }).click();
    await expect(panel.getByRole('status')).toHaveText('Status changed to impact evidenced.');
    await expect(panel.getByTestId('action-status')).toHaveText('Impact evidenced');
    await expect(panel).toContainText('19 of 20 audited cases');
  });
});
