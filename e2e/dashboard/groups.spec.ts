import { expectNoAxeViolations, fillDate, screenshot, settled, expect, test } from './support';

/**
 * The business unit opens the Northshire groups, then the Learning from Practice Group: its members
 * with the chair today and the independent chair before her (a rotating chair is history), then its
 * latest meeting and the committee pack, and records a decision there (the empty form refused first,
 * naming the field). Axe on each page; the group and meeting pages fit 320 px.
 */
test('an admin opens a group, sees its members and chair, opens a meeting pack and records a decision', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/groups');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups and meetings' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Groups and meetings' })).toBeVisible();
  const groups = page.getByRole('table', { name: 'Groups of the partnership' });
  await expect(groups.getByRole('row', { name: /Northshire Safeguarding Board/ })).toContainText('Board');
  await expect(groups.getByRole('row', { name: /Learning from Practice Group/ })).toContainText('Every 6 weeks');
  await settled(page);
  await expectNoAxeViolations(page);

  await groups.getByRole('link', { name: 'Learning from Practice Group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learning from Practice Group' })).toBeVisible();
  const details = page.getByTestId('group-details');
  await expect(details).toContainText('Chair today');
  await expect(details).toContainText('Demo committee member (Northshire)');
  await expect(details).toContainText('Every 6 weeks');
  const members = page.getByRole('table', { name: /Members of Learning from Practice Group/ });
  // The chair since April 2025, and the chair before, whose term ended on 31 March 2025.
  await expect(members.getByRole('row', { name: /Demo committee member \(Northshire\)/ })).toContainText('1 Apr 2025');
  const chairs = members.getByRole('row').filter({ hasText: 'Chair' });
  await expect(chairs).toHaveCount(2);
  await expect(chairs.nth(1)).toContainText('31 Mar 2025');
  await settled(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'group-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A second chair on a day the committee member chairs: the rule's words beside the field, before anything is sent.
  await page.getByRole('link', { name: 'Add a member' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a member' })).toBeVisible();
  await page.getByLabel('Someone without an account').check();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr Rowan Example');
  await page.getByRole('combobox', { name: 'Agency', exact: true }).fill('Northshire Pol');
  await page.getByRole('option', { name: /Northshire Police/ }).click();
  await page.getByRole('group', { name: 'Role' }).getByLabel('Chair', { exact: true }).check();
  await fillDate(page, 'From', { day: '1', month: '9', year: '2026' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'From' })).toHaveAccessibleDescription(/From overlaps another chair's term \(from 2025-04-01\): end that term first/);
  await expectNoAxeViolations(page);
  // As a member instead: check your answers, then back on the group's page.
  await page.getByRole('group', { name: 'Role' }).getByLabel('Member', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Check your answers/ })).toBeFocused();
  await expect(page.getByText('Dr Rowan Example (Northshire Police)')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add the member' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Dr Rowan Example: member added.');
  await expect(members.getByRole('row', { name: /Dr Rowan Example/ })).toContainText('1 Sept 2026');

  // The latest meeting is first in the list.
  const meetings = page.getByRole('table', { name: /Meetings of Learning from Practice Group/ });
  const latest = meetings.getByRole('link').first();
  const day = (await latest.textContent())?.trim() ?? '';
  await latest.click();
  await expect(page.getByRole('heading', { level: 1, name: `Learning from Practice Group: meeting on ${day}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Committee pack' })).toBeVisible();
  for (const section of [/^Changed since the meeting on .+ \(\d+\)$/, /^Overdue \(\d+\)$/, /^Due before the next meeting/, /^Awaiting sign-off \(\d+\)$/]) {
    await expect(page.getByRole('heading', { level: 3, name: section })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Send the pack to members' })).toBeVisible();
  await settled(page);
  await expectNoAxeViolations(page);

  // Nothing written: refused, naming the field.
  await page.getByRole('button', { name: 'Record the decision' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The decision was not recorded' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText('Enter the decision');
  await expectNoAxeViolations(page);

  const text = `Asked the police for an update on the overdue actions (${Date.now().toString(36)}).`;
  await page.getByRole('textbox', { name: 'Decision' }).fill(text);
  await page.getByLabel('About the action (optional)').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('Decision recorded.')).toBeVisible();
  await expect(page.getByTestId('meeting-decisions')).toContainText(text);
  await settled(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'meeting-pack-320');
});
