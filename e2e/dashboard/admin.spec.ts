import type { Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, fillDate, screenshot, settled, expect, test } from './support';
import { readCsvDownload } from './downloads';

// The Northshire business unit (the default user).

async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('users: the partnership’s users in a table with downloads; add one, then disable and enable them after confirming', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await settled(page);
  const table = page.getByRole('table', { name: 'Users of the partnership' });
  await expect(table.getByRole('row').filter({ hasText: 'agency-lead@northshire.example.org' })).toContainText('Agency lead');
  await expect(table.getByRole('row').filter({ hasText: 'admin@northshire.example.org' })).toContainText('You');
  // Only this partnership's users.
  await expect(table.getByText(/@eastvale\.example\.org/)).toHaveCount(0);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV of Users of the partnership' }).click()]);
  const users = await readCsvDownload(csv);
  expect(users.header).toBe('Name,Email address,Role,Agency,Status,Last signed in,Added,Access');
  expect(users.lines.length).toBe(await table.locator('tbody tr').count());

  // Nothing filled in: every problem at the top, each beside its field.
  await page.getByRole('button', { name: 'Add user' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Enter their email address', 'Enter their full name', 'Choose a role']);
  await summary.getByRole('link', { name: 'Choose a role' }).click();
  await expect(page.getByRole('radio', { name: 'Business unit (admin)' })).toBeFocused();
  await expectNoAxeViolations(page);

  const email = `new-lead-${Date.now()}@northshire.example.org`;
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Full name').fill('Sam Example');
  await page.getByRole('radio', { name: 'Agency lead' }).check();
  const agency = page.getByLabel('Agency', { exact: true });
  await expect(agency.locator('option')).not.toHaveCount(1);
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Choose the agency they act for']);
  await agency.selectOption({ index: 1 });
  await page.getByLabel('Initial password').fill('a-long-initial-password-2026');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sam Example was added.' })).toBeFocused();
  const row = table.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Agency lead');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Never');
  await expectNoAxeViolations(page);
  await screenshotsAtTwoWidths(page, 'users');

  await row.getByRole('button', { name: 'Disable Sam Example' }).click();
  await expect(row.getByRole('group')).toContainText('They will be signed out at once and cannot sign in.');
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.getByRole('button', { name: 'Disable Sam Example' })).toBeFocused();
  await row.getByRole('button', { name: 'Disable Sam Example' }).click();
  await row.getByRole('button', { name: 'Yes, disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sam Example is disabled and has been signed out.' })).toBeVisible();
  await expect(row).toContainText('Disabled');
  await row.getByRole('button', { name: 'Enable Sam Example' }).click();
  await row.getByRole('button', { name: 'Yes, enable' }).click();
  await expect(row).toContainText('Active');
});

test('change history: who changed what, filtered by kind of record and dates, paged, and downloadable', async ({ page }) => {
  // Something to find: an action moved on through the API, as the signed-in business unit.
  const found = await page.request.post('/graphql', {
    data: { query: '{ actions(filter: { statuses: [NOT_STARTED] }, first: 1) { nodes { id ref } } }' },
  });
  const action = ((await found.json()) as { data: { actions: { nodes: { id: string; ref: string }[] } } }).data.actions.nodes[0];
  expect(action).toBeDefined();
  const changed = await page.request.post('/graphql', {
    data: {
      query: 'mutation($id: ID!) { changeActionStatus(id: $id, input: { status: IN_PROGRESS, note: "Started at the December meeting" }) { id } }',
      variables: { id: action?.id },
    },
  });
  expect(((await changed.json()) as { errors?: unknown[] }).errors).toBeUndefined();

  await page.goto('/admin/history');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Change history' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Change history' })).toBeVisible();
  await settled(page);
  const count = page.getByTestId('history-count');
  await expect(count).toHaveText(/^[\d,]+ changes? match these filters\.$/);
  const table = page.getByRole('table', { name: /^Changes, newest first/ });
  for (const header of ['When', 'Who', 'What', 'Record', 'Changed fields (before → after)']) {
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  }

  // Dates the wrong way round are caught before asking.
  await page.getByLabel('Kind of record').selectOption({ label: 'Actions' });
  // Day, month and year in UK order; a date that is not real is named too.
  await fillDate(page, 'Changed from', { day: '1', month: '12', year: '2026' });
  await fillDate(page, 'Changed to', { day: '31', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Changed to must be a real date');
  await expectNoAxeViolations(page);
  await fillDate(page, 'Changed to', { day: '1', month: '11', year: '2026' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Changed to must be the same as or after changed from');

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [year, month, day] = today.split('-') as [string, string, string];
  await page.getByLabel('What happened').selectOption({ label: 'Changed' });
  await fillDate(page, 'Changed from', { day, month, year });
  await fillDate(page, 'Changed to', { day, month, year });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`entity=actions&happened=update&changedFrom=${today}&changedTo=${today}`));
  await settled(page);
  const newest = table.locator('tbody tr').first();
  await expect(newest).toContainText('admin@northshire.example.org');
  await expect(newest).toContainText('Changed');
  await expect(newest).toContainText('Actions');
  await expect(newest).toContainText(/Status: from not.started/i);
  const records = table.locator('tbody tr td:nth-child(4)');
  expect(new Set((await records.allTextContents()).map((t) => t.slice(0, 'Actions'.length)))).toEqual(new Set(['Actions']));
  await expectNoAxeViolations(page);
  await screenshotsAtTwoWidths(page, 'history');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download every matching change (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^change-history_NSCP_made-\d{4}-\d{2}-\d{2}\.csv$/);
  const changes = await readCsvDownload(csv);
  expect(changes.about.get('What')).toBe('Change history');
  expect(changes.header).toBe('When,Who,What,Record,Changed fields (before → after),Request');
  expect(changes.lines[0]).toContain('admin@northshire.example.org');
  const total = Number(((await count.textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${total.toLocaleString('en-GB')} change` })).toBeVisible();

  // Every kind again, paged 50 at a time (the demo import alone wrote thousands).
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/entity=/);
  await settled(page);
  const first = await table.locator('tbody tr').first().textContent();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(/^51–100 of/)).toBeVisible();
  await expect(table.locator('tbody tr').first()).not.toHaveText(first ?? '');
});

test.describe('agencies and themes of an adults board', () => {
  test.use({ user: demoEmail('admin', 'eastvale') });

  test('lists the partnership’s agencies; adds one after checking the answers, then renames it', async ({ page }) => {
    const name = `Eastvale Carers Network ${Date.now().toString(36)}`;
    await page.goto('/admin/agencies');
    await expect(page.getByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
    await settled(page);
    const rows = page.getByRole('table', { name: 'Agencies of the partnership' }).locator('tbody tr');
    const before = await rows.count();
    expect(before).toBeGreaterThan(3);

    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Enter the agency’s name');
    await expect(summary).toContainText('Choose the agency’s sector');
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Sector').selectOption({ label: 'Voluntary and community' });
    await page.getByLabel('No, another agency').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check the new agency' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add the agency' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} added` })).toBeVisible();
    await expect(rows).toHaveCount(before + 1);
    const row = rows.filter({ hasText: name });
    await expect(row).toContainText('Voluntary and community');
    await expect(row).toContainText('No');

    await row.getByRole('button', { name: `Change ${name}` }).click();
    await expect(page.getByRole('heading', { name: `Change ${name}` })).toBeFocused();
    await page.getByLabel('Name', { exact: true }).fill(`${name} (renamed)`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} (renamed) saved.` })).toBeVisible();
    await expect(rows.filter({ hasText: `${name} (renamed)` })).toHaveCount(1);
    await screenshotsAtTwoWidths(page, 'agencies');
  });

  test('adds one of the partnership’s own themes, its code made from the name, then changes its group', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const name = `Cost of living ${stamp}`;
    await page.goto('/admin/themes');
    await expect(page.getByRole('heading', { level: 1, name: 'Theme list' })).toBeVisible();
    await settled(page);
    const rows = page.getByRole('table', { name: 'Themes of the partnership' }).locator('tbody tr');
    const before = await rows.count();

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the theme’s name');
    await expect(page.getByRole('alert')).toContainText('Choose the theme’s group');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Family context').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check the new theme' })).toBeVisible();
    await expect(page.getByText(`cost-of-living-${stamp}`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add the theme' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} added` })).toBeVisible();
    await expect(rows).toHaveCount(before + 1);
    const row = rows.filter({ hasText: name });
    await expect(row).toContainText('This partnership');

    await row.getByRole('button', { name: `Change ${name}` }).click();
    await page.getByLabel('Harm').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} saved.` })).toBeVisible();
    await expect(rows.filter({ hasText: name })).toContainText('Harm');
  });
});
