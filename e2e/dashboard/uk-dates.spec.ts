import { expectNoAxeViolations, fillDate, settled, pageGql, expect, test } from './support';

/**
 * Dates typed on the dashboard are day, month and year in UK order, whatever the browser's language:
 * no `type=date` field is left (Chromium shows those as mm/dd/yyyy in its default language). The filter
 * bar's From and To keep their URL parameters; the committee's sign-off of an action refuses a date
 * that is not real beside the field.
 */
test('the filter bar takes From and To as day, month and year, into the same URL parameters', async ({ page }) => {
  await page.goto('/reviews?year=2025/26');
  await settled(page);
  const filters = page.getByRole('form', { name: 'Filters' });
  await expect(filters.locator('input[type="date"]')).toHaveCount(0);
  await fillDate(filters, /^From$/, { day: '1', month: '7', year: '2025' });
  await fillDate(filters, /^To$/, { day: '30', month: '9', year: '2025' });
  await expect(page).toHaveURL(/from=2025-07-01/);
  await expect(page).toHaveURL(/to=2025-09-30/);
  await expect(page.getByTestId('figures-as-of')).toContainText(/Period: 1 Jul 2025 to 30 Sept? 2025\./);
  await expectNoAxeViolations(page);

  // Opened from the URL, the fields show the dates in force; a new year clears them.
  await page.goto('/reviews?from=2025-07-01&to=2025-09-30');
  await settled(page);
  const from = filters.getByRole('group', { name: 'From', exact: true });
  await expect(from.getByLabel('Day')).toHaveValue('1');
  await expect(from.getByLabel('Month')).toHaveValue('7');
  await expect(from.getByLabel('Year')).toHaveValue('2025');
  await page.getByLabel('Financial year').selectOption('2024/25');
  await expect(from.getByLabel('Day')).toHaveValue('');
  await expect(page).not.toHaveURL(/from=/);

  // At 320 px the folded filters open to the same fields, which fit.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('button', { name: /^Filters/ }).click();
  const box = await filters.getByRole('group', { name: 'To', exact: true }).boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test("the committee's sign-off of an action takes its date as day, month and year", async ({ page }) => {
  const gql = pageGql(page);
  const { viewer } = await gql<{ viewer: { partnerships: { id: string }[] } }>('{ viewer { partnerships { id } } }');
  const partnershipId = viewer.partnerships[0]?.id as string;
  const { reviews, agencies } = await gql<{ reviews: { nodes: { id: string }[] }; agencies: { nodes: { id: string }[] } }>(
    'query($p: ID) { reviews(filter: { partnershipId: $p, types: [LCSPR] }, first: 1) { nodes { id } } agencies(filter: { partnershipId: $p }, first: 1) { nodes { id } } }',
    { p: partnershipId },
  );
  const title = `Audit the use of the escalation policy ${Date.now().toString(36)}`;
  const { createAction: action } = await gql<{ createAction: { id: string; ref: string } }>(
    'mutation($i: CreateActionInput!) { createAction(input: $i) { id ref } }',
    { i: { partnershipId, reviewId: reviews.nodes[0]?.id, ownerAgencyId: agencies.nodes[0]?.id, dueOn: '2026-11-30', title } },
  );
  await gql('mutation($id: ID!) { changeActionStatus(id: $id, input: { status: COMPLETED, completedOn: "2026-11-20" }) { id } }', { id: action.id });

  await page.goto(`/actions?action=${action.id}`);
  const panel = page.getByRole('region', { name: `Action ${action.ref}` });
  const signedOffOn = panel.getByRole('group', { name: 'Signed off on' });
  await expect(signedOffOn.getByLabel('Year')).toHaveValue(/^20\d\d$/);
  await expect(panel.locator('input[type="date"]')).toHaveCount(0);
  await fillDate(panel, 'Signed off on', { day: '31', month: '11', year: '2026' });
  await panel.getByRole('button', { name: 'Sign off' }).click();
  const summary = panel.getByRole('alert').filter({ hasText: 'The action was not signed off' });
  await expect(summary.getByRole('link', { name: 'Signed off on must be a real date' })).toBeVisible();
  await expect(signedOffOn.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await fillDate(panel, 'Signed off on', { day: '1', month: '12', year: '2026' });
  await panel.getByRole('button', { name: 'Sign off' }).click();
  await expect(panel.getByText('Action signed off.')).toBeVisible();
  await expect(panel).toContainText('1 Dec 2026 by');
  // Leave the demo data as it was.
  await gql('mutation($id: ID!) { deleteAction(id: $id) { id } }', { id: action.id });
});
