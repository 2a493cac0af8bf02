import { DEMO_YEAR, expectNoAxeViolations, fillDate, screenshot, settled, expect, test } from './support';

const asNumber = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

test('the BRAG bar and the committee summary show the demo figures; the grouping is kept in the URL', async ({ page }) => {
  await page.goto(`/actions?year=${DEMO_YEAR}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();

  const brag = page.locator('figure', { has: page.getByRole('heading', { name: /^BRAG status of \d+ actions as of 31 Mar 2026$/ }) });
  await expect(brag).toBeVisible();
  await brag.getByText('Show the data as a table').click();
  const bragTable = brag.getByRole('table');
  const blue = asNumber(await bragTable.getByRole('row', { name: /^Blue/ }).getByRole('cell').nth(2).textContent());
  const red = asNumber(await bragTable.getByRole('row', { name: /^Red/ }).getByRole('cell').nth(2).textContent());
  expect(blue).toBeGreaterThan(0);
  expect(red).toBeGreaterThan(0);
  // The words are written beside the colours, not colour alone.
  await expect(brag.getByText('due within 30 days').first()).toBeVisible();

  const summary = page.getByRole('table', { name: 'Actions by committee' });
  const lfpg = summary.getByRole('row', { name: /Learning from Practice Group/ });
  await expect(lfpg).toBeVisible();
  expect(asNumber(await lfpg.getByRole('cell').nth(1).textContent())).toBeGreaterThan(0);

  await page.getByLabel('Group the actions by').selectOption({ label: 'Owner agency' });
  await expect(page).toHaveURL(/groupBy=owner-agency/);
  await expect(page.getByRole('heading', { level: 2, name: 'Summary by owner agency' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Actions by owner agency' }).locator('tbody tr').first()).toBeVisible();

  const completion = page.locator('figure', { has: page.getByRole('heading', { name: /^Actions due each quarter/ }) });
  await completion.getByText('Show the data as a table').click();
  await expect(completion.getByRole('row', { name: /2025\/26 Q1/ })).toBeVisible();

  await expectNoAxeViolations(page);
  await screenshot(page, 'actions');

  // A review's own action plan, from the summary by source review.
  await page.getByLabel('Group the actions by').selectOption({ label: 'Source review or audit' });
  await page.getByRole('table', { name: 'Actions by source review' }).locator('tbody tr td:first-child a').first().click();
  await expect(page).toHaveURL(/reviewId=/);
  await expect(page.getByRole('heading', { level: 2, name: "The review's actions" })).toBeVisible();
  await expect(page.getByRole('table', { name: /The review's actions/ }).locator('tbody tr').first()).toBeVisible();
  await settled(page);
  await expectNoAxeViolations(page);
});

test('a committee member reaches the overdue list in two clicks from the overview', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plans' }).click();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Overdue actions' }).click();
  const overdue = page.getByRole('table', { name: /^Overdue actions as of/ });
  await expect(overdue).toBeVisible();
  await expect(overdue.getByRole('columnheader', { name: 'Days overdue' })).toBeVisible();
  const firstDays = asNumber(await overdue.locator('tbody tr').first().locator('td').last().textContent());
  expect(firstDays).toBeGreaterThan(0);
  await expect(page.getByTestId('overdue-count')).toContainText(/\d+ actions are overdue/);

  // On a tablet the page fits the width; wide tables scroll inside their own region.
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(overdue).toBeVisible();
  await settled(page);
  await expect.poll(() => page.locator('main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
});

test("changing an action's status with a note persists after a reload; API field errors show by the field", async ({ page }) => {
  await page.goto(`/actions?year=${DEMO_YEAR}`);
  await settled(page);
  const overdue = page.getByRole('table', { name: /^Overdue actions as of/ });
  const link = overdue.locator('tbody tr').first().getByRole('link');
  const ref = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page).toHaveURL(/action=/);
  const panel = page.getByRole('region', { name: `Action ${ref}` });
  await expect(panel.getByRole('heading', { level: 2, name: `Action ${ref}` })).toBeFocused();

  // Completed without a completion date: the API's error is shown beside the date field.
  await panel.getByLabel('New status').selectOption('COMPLETED');
  await panel.getByRole('button', { name: 'Change status' }).click();
  const dateField = panel.getByRole('group', { name: 'Completed on' });
  await expect(dateField.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
  await expect(dateField).toHaveAccessibleDescription(/Completed on is required when the status is completed/);
  await expect(panel.getByRole('alert')).toContainText('Completed on is required');

  const note = `Closed at the March committee meeting (${Date.now()})`;
  await fillDate(panel, 'Completed on', { day: '20', month: '3', year: '2026' });
  await panel.getByLabel('Note', { exact: true }).fill(note);
  await panel.getByRole('button', { name: 'Change status' }).click();
  await expect(panel.getByRole('status')).toHaveText('Status changed to completed.');
  await expect(panel.getByTestId('action-status')).toHaveText('Completed');
  await expect(overdue.getByRole('link', { name: ref, exact: true })).toHaveCount(0);

  await page.reload();
  await settled(page);
  const reloaded = page.getByRole('region', { name: `Action ${ref}` });
  await expect(reloaded.getByTestId('action-status')).toHaveText('Completed');
  const history = reloaded.getByRole('table', { name: `Status updates of ${ref}, oldest first` });
  await expect(history.getByRole('row').last()).toContainText(note);
  await expect(history.getByRole('row').last()).toContainText('Completed');
  await expectNoAxeViolations(page);
  await screenshot(page, 'actions-update');
});
