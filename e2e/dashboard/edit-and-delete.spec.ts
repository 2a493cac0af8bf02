import { type Gql, expectNoAxeViolations, settled, pageGql, expect, test } from './support';

/**
 * Records changed and deleted through the dashboard, as the Northshire business unit: a training course
 * edited through its form (a blank title refused beside the field, axe at zero on the form and on that
 * error state) and then deleted after confirming; a learning product deleted from its review's page; an
 * agency that records name is refused with them named, and one nothing names deleted; an own theme deleted.
 */
const stamp = Date.now().toString(36).toUpperCase();

async function northshire(gql: Gql): Promise<string> {
  const { viewer } = await gql<{ viewer: { partnerships: { id: string }[] } }>('{ viewer { partnerships { id } } }');
  const id = viewer.partnerships[0]?.id;
  expect(id).toBeTruthy();
  return id as string;
}

test('an admin edits a training course through its form, then deletes it after confirming', async ({ page }) => {
  const gql = pageGql(page);
  const partnershipId = await northshire(gql);
  const title = `Escalation and challenge ${stamp}`;
  const { createTrainingCourse: course } = await gql<{ createTrainingCourse: { id: string } }>(
    'mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }',
    { i: { partnershipId, title, durationHours: 2 } },
  );

  await page.goto(`/training/courses/${course.id}`);
  await page.getByRole('link', { name: 'Edit the course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit the course “${title}”` })).toBeVisible();
  const titleField = page.getByLabel('Title', { exact: true });
  await expect(titleField).toHaveValue(title);
  await expect(page.getByLabel('Length in hours (optional)')).toHaveValue('2');
  await expectNoAxeViolations(page);

  // A blank title is refused beside the field, the summary linking to it.
  await titleField.fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The course was not saved' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the title of the course' })).toBeVisible();
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  const renamed = `${title} (revised)`;
  await titleField.fill(renamed);
  await page.getByLabel('Length in hours (optional)').fill('2.5');
  await page.getByLabel('Single agency').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Course “${renamed}” saved.`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(renamed);
  await expect(page.getByTestId('course-details')).toContainText('2.5 hours');

  // Delete asks first; Cancel keeps it, Yes deletes it and says so on the training page.
  await page.getByRole('button', { name: 'Delete the course' }).click();
  const question = page.getByRole('group', { name: `Delete the course “${renamed}”? The change history keeps it.` });
  await expect(question.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete the course' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete the course' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/training(\?|$)/);
  await expect(page.getByTestId('flash')).toHaveText(`Course “${renamed}” deleted.`);
  const { trainingCourse } = await gql<{ trainingCourse: null | { id: string } }>('query($id: ID!) { trainingCourse(id: $id) { id } }', { id: course.id });
  expect(trainingCourse).toBeNull();
});

test('an admin deletes a learning product from its review’s page after confirming', async ({ page }) => {
  const gql = pageGql(page);
  const partnershipId = await northshire(gql);
  const { reviews } = await gql<{ reviews: { nodes: { id: string }[] } }>(
    'query($p: ID) { reviews(filter: { partnershipId: $p, types: [LCSPR] }, first: 1) { nodes { id } } }',
    { p: partnershipId },
  );
  const reviewId = reviews.nodes[0]?.id as string;
  const title = `Webinar on neglect ${stamp}`;
  await gql('mutation($i: CreateLearningProductInput!) { createLearningProduct(input: $i) { id } }', {
    i: { partnershipId, kind: 'WEBINAR', title, publishedOn: '2026-10-01', reach: 60, reviewIds: [reviewId] },
  });

  await page.goto(`/reviews/${reviewId}`);
  await settled(page);
  const item = page.getByTestId('learning-product').filter({ hasText: title });
  await expect(item).toContainText('reached 60');
  await item.getByRole('button', { name: `Delete learning product “${title}”` }).click();
  await expect(item.getByRole('group')).toContainText(`Delete learning product “${title}”? The change history keeps it.`);
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Learning product “${title}” deleted.`);
  await expect(page.getByTestId('learning-product').filter({ hasText: title })).toHaveCount(0);
});

test('an admin is told which records name an agency before it can go; an agency and a theme nothing names are deleted', async ({ page }) => {
  const gql = pageGql(page);
  const partnershipId = await northshire(gql);
  const name = `Northshire Youth Mentors ${stamp}`;
  await gql('mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { partnershipId, name, sector: 'VOLUNTARY_COMMUNITY' } });

  await page.goto('/admin/agencies');
  await settled(page);
  const rows = page.getByRole('table', { name: 'Agencies of the partnership' }).locator('tbody tr');
  // The first agency of the demo takes part in reviews (and more): refused, naming them.
  const busy = ((await rows.first().locator('th, td').first().textContent()) ?? '').trim();
  await rows.first().getByRole('button', { name: `Delete ${busy}` }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  const refusal = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The agency was not deleted' }) });
  await expect(refusal).toContainText(`Agency "${busy}" cannot be deleted while other records depend on it`);
  await expect(refusal).toContainText(/\d+ reviews? involving it \(/);
  await expectNoAxeViolations(page);
  await expect(rows.filter({ hasText: busy })).toHaveCount(1);

  const spare = rows.filter({ hasText: name });
  await spare.getByRole('button', { name: `Delete ${name}` }).click();
  await spare.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} deleted.` })).toBeVisible();
  await expect(rows.filter({ hasText: name })).toHaveCount(0);

  const theme = `School holidays ${stamp}`;
  await gql('mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }', {
    i: { partnershipId, code: `school-holidays-${stamp.toLowerCase()}`, name: theme, themeGroup: 'FAMILY_CONTEXT' },
  });
  await page.goto('/admin/themes');
  await settled(page);
  const themeRows = page.getByRole('table', { name: 'Themes of the partnership' }).locator('tbody tr');
  // The shipped themes offer no Delete.
  await expect(themeRows.filter({ hasText: 'Shipped taxonomy' }).first().getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  const own = themeRows.filter({ hasText: theme });
  await own.getByRole('button', { name: `Delete ${theme}` }).click();
  await own.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The theme “${theme}” deleted.` })).toBeVisible();
  await expect(themeRows.filter({ hasText: theme })).toHaveCount(0);
});
