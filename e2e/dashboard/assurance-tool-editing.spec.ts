import { demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

/**
 * Editing assurance tools (issue 10): an admin drafts the next version of a tool, adds a standard and
 * publishes it; the version before is retired, and a new self-assessment round offers only published
 * versions. Eastvale (the adults board) so the Northshire tools other specs read stay as shipped.
 */
test.use({ user: demoEmail('admin', 'eastvale') });

test('an admin drafts a new version of a tool, adds a standard, and publishes it', async ({ page }) => {
  await page.goto('/admin/assurance-tools');
  await settled(page);
  const table = page.getByRole('table', { name: /Assurance tools of the partnership/ });
  await table.getByRole('link', { name: /Safeguarding adults board self-assessment\s*\(version 1\)/ }).click();
  await expect(page.getByText('Safeguarding adults board self-assessment, version 1: in use.')).toBeVisible();

  await page.getByRole('button', { name: 'Draft version 2 from this version' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Version 2 drafted from version 1.');
  await expect(page.getByText('Safeguarding adults board self-assessment, version 2: draft.')).toBeVisible();
  const standards = page.getByRole('list').filter({ has: page.getByRole('group', { name: 'Standard 1' }) });
  const before = await standards.getByRole('group', { name: /^Standard \d+$/ }).count();

  // A new standard whose code repeats the first one's is refused, naming the field.
  await page.getByRole('button', { name: 'Add a standard' }).click();
  const added = page.getByRole('group', { name: `Standard ${before + 1}` });
  await added.getByLabel('Title').fill('Learning from safeguarding adults reviews');
  const firstCode = await page.getByRole('group', { name: 'Standard 1' }).getByLabel('Code').inputValue();
  await added.getByLabel('Code').fill(firstCode);
  await added.getByLabel('Guidance (optional)').fill('Agencies act on the recommendations of reviews and can show what changed.');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(`Standard ${before + 1} code ${firstCode} is already the code of standard 1`);
  await expectNoAxeViolations(page);

  await added.getByLabel('Code').fill('learning-from-reviews');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'assurance-tool-draft');

  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await page.getByRole('button', { name: 'Yes, publish it' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Version 2 published.');
  await expect(page.getByText('Safeguarding adults board self-assessment, version 2: in use.')).toBeVisible();
  const published = page.getByRole('table', { name: /^Standards of / });
  await expect(published.getByRole('row')).toHaveCount(before + 2);
  await expect(published).toContainText('Learning from safeguarding adults reviews');
  await expectNoAxeViolations(page);

  // Version 1 is retired; a new self-assessment round offers version 2 only.
  await page.getByRole('link', { name: 'All assurance tools' }).click();
  await settled(page);
  await expect(table.getByRole('row', { name: /adults board self-assessment\s*\(version 1\)/ })).toContainText('Retired');
  await expect(table.getByRole('row', { name: /adults board self-assessment\s*\(version 2\)/ })).toContainText('In use');
  await page.goto('/audits/new');
  await page.getByRole('radio', { name: 'Section 11 audit' }).check();
  const tools = page.getByRole('group', { name: /Assurance tool/ });
  await expect(tools.getByRole('radio', { name: /Safeguarding adults board self-assessment, version 2/ })).toBeVisible();
  await expect(tools.getByRole('radio', { name: /adults board self-assessment, version 1/ })).toHaveCount(0);
});

test('the draft editor fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/admin/assurance-tools/new');
  await page.getByLabel('Name').fill('Transitions self-assessment');
  await page.getByRole('radio', { name: 'Safeguarding adults board self-assessment' }).check();
  await page.getByRole('button', { name: 'Start the draft' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Draft started: add its standards, then publish it.');
  await page.getByRole('button', { name: 'Add a standard' }).click();
  await page.getByRole('group', { name: 'Standard 1' }).getByLabel('Title').fill('Planning for adulthood');
  await page.getByRole('group', { name: 'Standard 1' }).getByLabel('Code').fill('planning-for-adulthood');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'assurance-tool-draft-320');
});
