import type { Page } from '@playwright/test';
import { BASE_URL, demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

// Any signed-in role manages its own tokens; a committee member here.
test.use({ user: demoEmail('committee-member', 'westmere') });

async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('access tokens: create one (shown once, with a copy button), use it, then revoke it after confirming', async ({ page, playwright }) => {
  await page.goto('/account/tokens');
  await expect(page.getByRole('link', { name: 'Your access tokens' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Your access tokens' })).toBeVisible();
  await expect(page).toHaveTitle('Your access tokens – Safeguarding Learning & Impact');
  await settled(page);

  // A token needs a name; the lifetime must be a number.
  await page.getByLabel('Days until it expires').fill('ninety');
  await page.getByRole('button', { name: 'Create token' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Enter a name for the token', 'Days until it expires must be a whole number, like 90']);
  await expectNoAxeViolations(page);

  const name = `Quarterly R script ${Date.now()}`;
  await page.getByLabel('Token name').fill(name);
  await page.getByLabel('Days until it expires').fill('30');
  await page.getByRole('button', { name: 'Create token' }).click();
  const created = page.getByRole('region', { name: `Token “${name}” created` });
  await expect(created).toBeVisible();
  await expect(created).toContainText('It will not be shown again.');
  await expect(created.getByRole('button', { name: 'Copy the token' })).toBeVisible();
  const token = ((await created.getByTestId('new-token').textContent()) ?? '').trim();
  expect(token.length).toBeGreaterThan(20);

  // The token works for the API on its own, as a script would use it.
  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const who = await api.post('/graphql', { data: { query: '{ viewer { email } }' } });
  expect(((await who.json()) as { data: { viewer: { email: string } } }).data.viewer.email).toBe(demoEmail('committee-member', 'westmere'));

  const row = page.getByRole('table', { name: 'Your access tokens' }).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expectNoAxeViolations(page);
  await screenshotsAtTwoWidths(page, 'tokens');

  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByTestId('new-token')).toHaveCount(0);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row.getByRole('group')).toContainText('Anything using it will stop working at once.');
  await expect(row.getByRole('button', { name: 'Yes, revoke it' })).toBeFocused();
  await row.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Token “${name}” revoked.` })).toBeVisible();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button')).toHaveCount(0);

  const refused = await api.post('/graphql', { data: { query: '{ myTokens { id } }' } });
  expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  await api.dispose();
  await expectNoAxeViolations(page);
});
