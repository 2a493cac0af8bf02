import { demoEmail, expectNoAxeViolations, expect, settled, test } from './support';

test.use({ user: demoEmail('agency-lead') });

/** Reloads the reminders page until the round (every 5 s in e2e) has queued some. */
async function openReminders(page: import('@playwright/test').Page) {
  await expect(async () => {
    await page.goto('/account/reminders');
    await settled(page);
    await expect(page.getByRole('listitem').filter({ hasText: /^New/ }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('an agency lead reads the reminders of their agency’s overdue actions, marks one read and chooses a daily email', async ({ page }) => {
  await openReminders(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your reminders' })).toBeVisible();
  const account = page.getByRole('group', { name: 'Your account' });
  const unreadOf = async () => Number(/\((\d+) unread\)/.exec((await account.getByRole('link', { name: /Your reminders/ }).textContent()) ?? '')?.[1] ?? 0);
  const before = await unreadOf();
  expect(before).toBeGreaterThan(0);

  // Every reminder names an action or information request of the lead's own agency, and what email did with it.
  const items = page.locator('li.reminder');
  for (const text of await items.allTextContents()) {
    expect(text).toMatch(/(Action \S+|Your .+ for review \S+) is (due on|overdue|still overdue)/);
    expect(text).toContain('Owner: Northshire Police');
    expect(text).toMatch(/Email waiting to be sent|Emailed to you|Not emailed|In your next daily email/);
  }
  await expectNoAxeViolations(page);

  // Mark the first unread one read (the round, every 5 s, may add more meanwhile): the header's count goes down by one.
  const first = items.filter({ has: page.getByRole('button', { name: /^Mark as read/ }) }).first();
  const title = ((await first.getByRole('link').textContent()) ?? '').trim();
  await first.getByRole('button', { name: `Mark as read: ${title}` }).click();
  await expect(page.locator('li.reminder.read', { hasText: title })).toBeVisible();
  await expect.poll(unreadOf).toBe(before - 1);

  // One email a day instead of each.
  await page.getByLabel('One email a day').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved: one email a day.');
  await page.reload();
  await settled(page);
  await expect(page.getByLabel('One email a day')).toBeChecked();

  // A reminder opens the record it is about: an action's review or audit, or the answer form of a request.
  await page.locator('li.reminder').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/(reviews|audits)\/[0-9a-f-]{36}(\/requests\/[0-9a-f-]{36}\/answer)?$/);
});

test('the reminders page reads at 320 px: no sideways scroll, axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openReminders(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expectNoAxeViolations(page);
});
