import { request as playwrightRequest } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, demoEmail, expectNoAxeViolations, expect, settled, test } from './support';

// The board member chairs the Northshire Safeguarding Board in the demo data; not an admin.
test.use({ user: demoEmail('board-member') });

/** The business unit sends a meeting's committee pack (over the API, as the admin would from the meeting page). */
async function sendPackAsAdmin(meetingId: string): Promise<{ queued: number; alreadySent: number }> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const body = (await (await api.post('/graphql', { data: { query, variables } })).json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]?.message);
    return body.data;
  };
  await gql('mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email: demoEmail('admin'), password: DEMO_PASSWORD } });
  const { sendCommitteePack } = await gql('mutation($id: ID!) { sendCommitteePack(meetingId: $id) { queued alreadySent } }', { id: meetingId });
  await api.dispose();
  return sendCommitteePack;
}

/**
 * The board's chair (a board member, not the business unit) opens the board's latest meeting: the
 * agenda drawn from the pack, no admin buttons; records a decision there. The business unit sends the
 * pack; the chair finds it in the notification centre and its link opens the meeting. Axe on each page.
 */
test('a group member who is not an admin records a decision at a meeting, and finds the sent pack among their reminders', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/groups');
  await page.getByRole('table', { name: 'Groups of the partnership' }).getByRole('link', { name: 'Northshire Safeguarding Board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire Safeguarding Board' })).toBeVisible();
  const latest = page.getByRole('table', { name: /Meetings of Northshire Safeguarding Board/ }).getByRole('link').first();
  const day = (await latest.textContent())?.trim() ?? '';
  await latest.click();
  const heading = page.getByRole('heading', { level: 1, name: `Northshire Safeguarding Board: meeting on ${day}` });
  await expect(heading).toBeVisible();
  const agenda = page.getByTestId('meeting-agenda');
  await expect(agenda.getByRole('listitem')).toHaveCount(6);
  await expect(agenda.getByRole('link', { name: /^Awaiting sign-off: for the group to sign off at this meeting$/ })).toBeVisible();
  // Editing the meeting and sending the pack stay with the business unit.
  await expect(page.getByRole('button', { name: 'Send the pack to members' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit the meeting' })).toHaveCount(0);
  await settled(page);
  await expectNoAxeViolations(page);

  const text = `The chair asked for the annual report draft by the next meeting (${Date.now().toString(36)}).`;
  await page.getByRole('textbox', { name: 'Decision' }).fill(text);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('Decision recorded.')).toBeVisible();
  await expect(page.getByTestId('meeting-decisions')).toContainText(text);

  const meetingId = /\/meetings\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? '';
  const sent = await sendPackAsAdmin(meetingId);
  expect(sent.queued + sent.alreadySent).toBe(2); // the chair and the business unit: the board's members with accounts

  await page.goto('/account/reminders');
  const notice = page.locator('li.reminder', { hasText: `Northshire Safeguarding Board: committee pack for the meeting on` });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(/\d+ overdue, \d+ due before the next meeting, \d+ awaiting sign-off/);
  await settled(page);
  await expectNoAxeViolations(page);
  await notice.getByRole('link').click();
  await expect(heading).toBeVisible();
});
