import { type Locator, type Page } from '@playwright/test';
import { readCsvDownload } from './downloads';
import { expectNoAxeViolations, fillDate, screenshot, settled, expect, test } from './support';

/**
 * A business unit records training through the forms: a course, a session of it, a register of three
 * people from different agencies (one did not attend), then an evaluation and a follow-up for one who
 * came. The session's register and the training page's reach figures show them. Axe runs on each
 * form's error state and check-your-answers page. The session falls in 2026/27, today's year.
 */
const YEAR = '?year=2026%2F27';
const stamp = Date.now().toString(36).toUpperCase();
const COURSE = `Professional curiosity ${stamp}`;

async function numberIn(locator: Locator): Promise<number> {
  return Number(((await locator.textContent()) ?? '').replace(/[^0-9.]/g, ''));
}

/** Submits the empty form: the error summary names the first missing answer and links to it; axe checks that state. */
async function emptyFormErrors(page: Page, button: string, firstProblem: string) {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: button }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /was not (recorded|added)/ }) });
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

async function atWidths(page: Page, name: string) {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an admin records a course, a session, its register, an evaluation and a follow-up; the register and the reach figures show them', async ({ page }) => {
  // Three agencies of different sectors of the demo partnership.
  const all = (
    (await (await page.request.post('/graphql', { data: { query: '{ agencies(first: 500) { nodes { name sector ref } } }' } })).json()) as {
      data: { agencies: { nodes: { name: string; sector: string; ref: string }[] } };
    }
  ).data.agencies.nodes.sort((a, b) => (a.ref < b.ref ? -1 : 1));
  const agencies = all.filter((a, i) => all.findIndex((b) => b.sector === a.sector) === i).slice(0, 3).map((a) => a.name);
  expect(agencies).toHaveLength(3);

  await page.goto(`/training${YEAR}`);
  await settled(page);
  const booked = page.getByTestId('training-summary').locator('.tile', { hasText: 'Places booked' }).locator('.tile-value');
  const bookedBefore = (await booked.count()) ? await numberIn(booked) : 0;

  // The course.
  await page.getByRole('link', { name: 'Add a course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a training course' })).toBeVisible();
  await emptyFormErrors(page, 'Continue', 'Enter the title of the course');
  await page.getByLabel('Title', { exact: true }).fill(COURSE);
  await page.getByLabel('Description (optional)').fill('Asking the next question when something does not add up.');
  await page.getByLabel('Length in hours (optional)').fill('3');
  const themes = page.getByRole('combobox', { name: /Themes/ });
  await themes.fill('neglect');
  await page.getByRole('option', { name: 'Neglect', exact: true }).click();
  await checkAndConfirm(page, 'Add the course');
  await expect(page.getByTestId('flash')).toHaveText(`Course “${COURSE}” added.`);
  await expect(page.getByTestId('course-details')).toContainText('Neglect');

  // A session of it, the course already chosen.
  await page.getByRole('link', { name: 'Add a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a training session' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Course' })).toHaveValue(COURSE);
  await emptyFormErrors(page, 'Continue', 'Enter the date of the session');
  await fillDate(page, 'Date of the session', { day: '2', month: '11', year: '2026' });
  await page.getByLabel('Places').fill('25');
  await page.getByLabel('Online', { exact: true }).check();
  await checkAndConfirm(page, 'Add the session');
  await expect(page.getByTestId('flash')).toHaveText(`Session of “${COURSE}” on 2 Nov 2026 added.`);
  await expect(page.getByTestId('session-places')).toHaveText('0 of 25 places booked');

  // The register: three people, one after another, the form staying open.
  await page.getByRole('link', { name: 'Add to the register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add to the register' })).toBeVisible();
  await emptyFormErrors(page, 'Add to the register', 'Choose the agency the person works for');
  const agency = page.getByRole('combobox', { name: 'Agency' });
  const people = [
    { agency: agencies[0] as string, role: 'Social worker', attended: true },
    { agency: agencies[1] as string, role: 'Health visitor', attended: true },
    { agency: agencies[2] as string, role: 'Designated safeguarding lead', attended: false },
  ];
  for (const [i, p] of people.entries()) {
    await agency.fill(p.agency.split(' ')[0] as string);
    await page.getByRole('option', { name: p.agency, exact: true }).click();
    await page.getByLabel('Role (optional)').fill(p.role);
    await page.getByLabel(p.attended ? 'Yes, attended' : 'No, did not attend').check();
    await page.getByRole('button', { name: 'Add to the register' }).click();
    await expect(page.getByTestId('booking-added')).toContainText(`Added to the register: ${p.agency}, ${p.role}`);
    await expect(page.getByTestId('places-booked')).toHaveText(`${i + 1} of 25 places booked.`);
    // Ready for the next person: the agency is empty and has focus.
    await expect(agency).toBeFocused();
    await expect(agency).toHaveValue('');
  }
  await expect(page.getByTestId('register').locator('tbody tr')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await atWidths(page, 'training-register-form');
  await page.getByRole('link', { name: 'Finish and go back to the session' }).click();

  // The session's register.
  const register = page.getByTestId('register');
  await expect(register.locator('tbody tr')).toHaveCount(3);
  for (const p of people) await expect(register.getByRole('row', { name: new RegExp(p.agency) })).toContainText(p.attended ? 'Yes' : 'No');
  await expect(page.getByTestId('session-places')).toHaveText('3 of 25 places booked');
  // Only those who came can be evaluated.
  await expect(register.getByRole('link', { name: /^Record the evaluation/ })).toHaveCount(2);
  await expectNoAxeViolations(page);

  // The evaluation of the first attendee: a date before the session is refused beside the field, by the domain's rule.
  await register.getByRole('link', { name: /^Record the evaluation of booking 1/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record the evaluation' })).toBeVisible();
  await emptyFormErrors(page, 'Continue', 'Select the confidence before the session, from 1 to 5');
  await atWidths(page, 'training-evaluation-errors');
  await page.getByRole('group', { name: 'Confidence before the session' }).getByLabel('2', { exact: true }).check();
  await page.getByRole('group', { name: 'Confidence after the session' }).getByLabel('4', { exact: true }).check();
  await page.getByRole('group', { name: /Satisfaction/ }).getByLabel('5 (highest)').check();
  await fillDate(page, 'Date the evaluation was submitted', { day: '1', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Date the evaluation was submitted' })).toHaveAccessibleDescription(
    /Date the evaluation was submitted must be on or after the session date \(2 November 2026\)/,
  );
  await fillDate(page, 'Date the evaluation was submitted', { day: '2', month: '11', year: '2026' });
  await checkAndConfirm(page, 'Record the evaluation');
  await expect(page.getByTestId('flash')).toHaveText(`Evaluation recorded for ${people[0]?.agency}, Social worker.`);

  // Its follow-up, sent and answered.
  await register.getByRole('link', { name: /^Record the follow-up of booking 1/ }).click();
  await emptyFormErrors(page, 'Continue', 'Enter the date the follow-up was sent');
  await fillDate(page, 'Date the follow-up was sent', { day: '30', month: '11', year: '2026' });
  await fillDate(page, /Date of the answer/, { day: '4', month: '12', year: '2026' });
  await page.getByLabel('Yes, it has changed their practice').check();
  await page.getByLabel('Example (optional)').fill('Now asks who else lives in the household at every visit.');
  await checkAndConfirm(page, 'Record the follow-up');
  await expect(page.getByTestId('flash')).toHaveText(`Follow-up recorded for ${people[0]?.agency}, Social worker.`);
  const first = register.locator('tbody tr').first();
  await expect(first).toContainText('Confidence 2 → 4, satisfaction 5 of 5');
  await expect(first).toContainText('Changed practice (answered 4 Dec 2026)');
  await atWidths(page, 'training-session');

  // The register downloads under the headers the training-register import reads, one row per booking.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV of the register of / }).click()]);
  const csv = await readCsvDownload(download);
  expect(csv.about.get('What')).toBe('Training register');
  expect(csv.about.get('Session')).toContain(COURSE);
  expect(csv.header).toBe(
    'Booking ref,Course,Session date,Agency,Role,Attended,Confidence before,Confidence after,Satisfaction,Evaluated on,Changed practice,Follow-up sent,Follow-up answered',
  );
  expect(csv.lines).toHaveLength(3);
  expect(csv.lines.join('\n')).toContain(',2,4,5,');
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded training-register/ })).toBeVisible();

  // The training page's figures for the year count them: three bookings, two attended, one did not.
  await page.goto(`/training${YEAR}&by=course`);
  await settled(page);
  await expect(booked).toHaveText(String(bookedBefore + 3));
  await expect(page.getByRole('link', { name: COURSE })).toHaveCount(2); // the sessions list and the courses list
  const reach = page.locator('section', { has: page.getByRole('heading', { name: /reach/i }) }).first();
  await reach.getByText('Show the data as a table').click();
  const row = reach.getByRole('row', { name: new RegExp(COURSE) });
  await expect(row.getByRole('cell')).toHaveText([COURSE, '1', '25', '3', '2', '1', '33.3%'].map((t) => new RegExp(`^${t.replace('.', '\\.')}`)));
});
