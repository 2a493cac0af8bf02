import { expectNoAxeViolations, pageGql, expect, test } from './support';

/**
 * The impact loop, as the Northshire business unit: an action of a review, completed on 30 Jun 2026, is
 * edited to name an OBA measure that will show its impact; the action's page then shows that evidence.
 * The measure is the test's own (quarterly, higher is better): 40% for 2026/27 Q1 (from 1 Apr, before the
 * action was completed), 48% for Q2 (from 1 Jul, after it). So, as of today (the 2026/27 view; both quarters
 * have ended by 6 Dec 2026, the day this was written, and any later day): 1 value since completion,
 * 48% for 2026/27 Q2 against 40% for Q1 before it: better.
 */
const stamp = Date.now().toString(36).toUpperCase();

test('an action names the measure that will show its impact, and its page shows the evidence', async ({ page }) => {
  const gql = pageGql(page);
  const { viewer } = await gql<{ viewer: { partnerships: { id: string }[] } }>('{ viewer { partnerships { id } } }');
  const partnershipId = viewer.partnerships[0]?.id as string;
  const { reviews, agencies } = await gql<{ reviews: { nodes: { id: string }[] }; agencies: { nodes: { id: string }[] } }>(
    'query($p: ID) { reviews(filter: { partnershipId: $p, types: [LCSPR] }, first: 1) { nodes { id } } agencies(filter: { partnershipId: $p }, first: 1) { nodes { id } } }',
    { p: partnershipId },
  );
  const name = `Fathers seen at home visits ${stamp}`;
  const { createMeasure: measure } = await gql<{ createMeasure: { id: string } }>(
    'mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }',
    { i: { partnershipId, name, quadrant: 'BETTER_OFF', polarity: 'HIGHER_IS_BETTER', unit: 'PERCENT', periodicity: 'QUARTER', source: 'ENTERED' } },
  );
  await gql('mutation($m: ID!, $v: [MeasureValueInput!]!) { setMeasureValues(measureId: $m, values: $v) { id } }', {
    m: measure.id,
    v: [{ periodStart: '2026-04-01', value: 40 }, { periodStart: '2026-07-01', value: 48 }],
  });
  const { createAction: action } = await gql<{ createAction: { id: string; ref: string } }>(
    'mutation($i: CreateActionInput!) { createAction(input: $i) { id ref } }',
    { i: { partnershipId, reviewId: reviews.nodes[0]?.id, ownerAgencyId: agencies.nodes[0]?.id, dueOn: '2026-11-30', title: `Ask about fathers at every visit ${stamp}` } },
  );
  await gql('mutation($id: ID!) { changeActionStatus(id: $id, input: { status: COMPLETED, completedOn: "2026-06-30" }) { id } }', { id: action.id });

  // Before: the page says nothing is named.
  await page.goto(`/actions?action=${action.id}`);
  const check = page.getByTestId('impact-check');
  await expect(check).toContainText('No audit or measure is named');

  await page.goto(`/actions/${action.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit action ${action.ref}` })).toBeVisible();
  await page.getByRole('combobox', { name: /Measure that will show its impact/ }).fill(`Fathers seen at home visits ${stamp}`);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  // The monitoring group is chosen from the partnership's groups, not typed (a typo made a new group).
  await page.getByLabel('Monitoring group (optional)').selectOption({ label: 'Learning from Practice Group' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Action ${action.ref} saved.`);

  // The page judges as of its filter's date: the current financial year's, today.
  await page.goto(`/actions?year=2026%2F27&action=${action.id}`);
  await expect(check.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  await expect(page.getByText('Learning from Practice Group').first()).toBeVisible();
  await expect(check.getByTestId('impact-measure-state')).toHaveText(
    '1 value since the action was completed on 30 Jun 2026; the latest 48% for 2026/27 Q2, against 40% for 2026/27 Q1 before it: better.',
  );
  await expectNoAxeViolations(page);

  // The edit form shows the measure it names.
  await page.goto(`/actions/${action.id}/edit`);
  await expect(page.getByRole('combobox', { name: /Measure that will show its impact/ })).toHaveValue(new RegExp(name));
  await expect(page.getByLabel('Monitoring group (optional)').locator('option:checked')).toHaveText('Learning from Practice Group');
});
