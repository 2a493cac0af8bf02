import type { Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, fillDate, screenshot, signInThroughPage, expect, test } from './support';

// These tests start signed out and sign in through the page themselves.
test.use({ user: null });

/** Desktop and the narrowest phone (WCAG reflow at 320 CSS px): no sideways scrolling, then a screenshot. */
async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a page opened without a session goes to sign-in and comes back after; sign-out ends the session', async ({ page }) => {
  await page.goto('/actions?year=2024/25');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Factions%3Fyear%3D2024%2F25$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveTitle('Sign in – Safeguarding Learning & Impact');
  await expect(page.getByLabel('Email address')).toHaveAttribute('autocomplete', 'username');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
  // Single sign-on starts at the API and comes back to the same page.
  await expect(page.getByRole('link', { name: 'Sign in with Microsoft' })).toHaveAttribute('href', '/auth/oidc/start?returnTo=%2Factions%3Fyear%3D2024%2F25');
  await expectNoAxeViolations(page);
  await screenshotsAtTwoWidths(page, 'sign-in');

  await signInThroughPage(page, demoEmail('committee-member'));
  await expect(page).toHaveURL(/\/actions\?year=2024(%2F|\/)25$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toContainText('– Committee member');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // The session is over on the server: the API refuses it, and pages send you back to sign in.
  const res = await page.request.post('/graphql', { data: { query: '{ viewer { id } }' } });
  expect(((await res.json()) as { data: { viewer: unknown } }).data.viewer).toBeNull();
  await page.goto('/reviews');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Freviews$/);
});

test('missing and wrong details show the error summary and the errors beside the fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter your email address', 'Enter your password']);
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email address')).toHaveAccessibleDescription('Error: Enter your email address');
  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();

  await signInThroughPage(page, demoEmail('analyst'), 'not-the-password');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in-error');
});

test('repeated wrong passwords lock the account, and the page says until when', async ({ page }) => {
  await page.goto('/sign-in');
  const email = demoEmail('analyst', 'eastvale');
  const locked = page.getByRole('alert').filter({ hasText: 'Your account is locked' });
  for (let attempt = 1; attempt <= 6 && !(await locked.isVisible()); attempt++) {
    await signInThroughPage(page, email, `wrong-${attempt}`);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  }
  await expect(locked).toBeVisible();
  await expect(locked).toContainText(/try again after .*(UK time|UTC)/i);
  // Even the right password is refused while locked.
  await signInThroughPage(page, email);
  await expect(locked).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('when the session ends mid-form, what was typed comes back after signing in again', async ({ page, context }) => {
  await page.goto('/sign-in?returnTo=%2Factions');
  await signInThroughPage(page, demoEmail('admin', 'eastvale'));
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  const link = page.getByRole('table', { name: /^Overdue actions as of/ }).locator('tbody tr').first().getByRole('link');
  const ref = ((await link.textContent()) ?? '').trim();
  await link.click();
  const panel = page.getByRole('region', { name: `Action ${ref}` });
  const note = `Agreed at the December meeting (${Date.now()})`;
  // An overdue action is not started or in progress: move it on one step.
  const next = (await panel.getByTestId('action-status').textContent()) === 'Not started' ? 'IN_PROGRESS' : 'COMPLETED';
  await panel.getByLabel('New status').selectOption(next);
  if (next === 'COMPLETED') await fillDate(panel, 'Completed on', { day: '30', month: '11', year: '2026' });
  await panel.getByLabel('Note', { exact: true }).fill(note);

  // The session ends (here: the cookie is gone) before the change is sent.
  await context.clearCookies();
  await panel.getByRole('button', { name: 'Change status' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Factions%3F.*action%3D.*&expired=1$/);
  await expect(page.getByText('Your session has ended.')).toBeVisible();

  await signInThroughPage(page, demoEmail('admin', 'eastvale'));
  await expect(page).toHaveURL(/\/actions\?.*action=/);
  const back = page.getByRole('region', { name: `Action ${ref}` });
  await expect(back.getByTestId('kept-notice')).toContainText('We kept what you typed');
  await expect(back.getByLabel('Note', { exact: true })).toHaveValue(note);
  await expect(back.getByLabel('New status')).toHaveValue(next);
  if (next === 'COMPLETED') await expect(back.getByRole('group', { name: 'Completed on' }).getByLabel('Year')).toHaveValue('2026');
  await expectNoAxeViolations(page);

  await back.getByRole('button', { name: 'Change status' }).click();
  await expect(back.getByRole('status').filter({ hasText: /^Status changed to (in progress|completed)\.$/ })).toBeVisible();
  // Kept once: a reload does not bring the old text back.
  await page.reload();
  await expect(page.getByRole('region', { name: `Action ${ref}` }).getByTestId('kept-notice')).toHaveCount(0);
});
