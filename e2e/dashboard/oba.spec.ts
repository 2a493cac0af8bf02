import { readFile } from 'node:fs/promises';
import { readCsvDownload } from './downloads';
import { DEMO_YEAR, demoEmail, expectNoAxeViolations, screenshot, settled, expect, test } from './support';

const QUESTIONS = ['How much did we do?', 'How well did we do it?', 'Is anyone better off?'];
const RE_REFERRALS = "Re-referrals to children's social care within 12 months";

test.describe('as a board member', () => {
  test.use({ user: demoEmail('board-member') });

  test('reads the scorecard grid, one row per measure, and opens a measure’s detail', async ({ page }) => {
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);

    for (const question of QUESTIONS) await expect(page.getByRole('heading', { level: 2, name: question })).toBeVisible();
    await expect(page.getByTestId('oba-summary')).toContainText(/\d+ measures/);
    await expect(page.getByTestId('oba-summary')).toContainText(/\d+ on target, \d+ off target/);

    // Headline first: the notifications count leads "How much did we do?".
    const howMuch = page.getByTestId('oba-grid-how-much');
    await expect(howMuch.locator('tbody tr').first().getByRole('link')).toHaveText('Serious incident notifications');
    // Every row has the grid's columns.
    const headers = await page.getByTestId('oba-grid-better-off').locator('thead th').allTextContents();
    expect(headers).toEqual(['Measure', 'Period', 'Actual', 'Target', 'Variance', 'Trend', 'Since baseline', 'Forecast', 'Last updated']);

    const row = page
      .getByTestId('oba-grid-better-off')
      .locator('tbody tr')
      .filter({
        has: page.getByRole('link', { name: RE_REFERRALS, exact: true }),
      });
    const cells = row.getByRole('cell');
    await expect(cells.nth(1)).toHaveText(/^2025\/26 Q4/);
    await expect(cells.nth(2)).toHaveText(/^\d+(\.\d)?%$/);
    await expect(cells.nth(3)).toContainText(/On target|Off target/);
    // A percentage is compared in points, to its target and to its baseline.
    await expect(cells.nth(4)).toHaveText(/^\d+(\.\d)? points? (above|below) target$|^exactly on target$/);
    await expect(cells.nth(6)).toContainText(/[+−]\d+(\.\d)? points?|no change/);
    await expect(cells.nth(5)).toContainText(/[↑↓→] \d+/);
    // A count's forecast is a whole number.
    const notifications = howMuch.locator('tbody tr').first().getByRole('cell');
    await expect(notifications.nth(7)).toHaveText(/^\d[\d,]* by \d{4}\/\d{2} Q\d$/);

    await expectNoAxeViolations(page);
    await screenshot(page, 'oba-grid');

    // The measure's own page: its figures, curve and stories; a board member reads stories, does not write them.
    await row.getByRole('link', { name: RE_REFERRALS, exact: true }).click();
    await expect(page).toHaveURL(/\/oba\/measures\/[0-9a-f-]{36}\?/);
    await expect(page.getByRole('heading', { level: 1, name: RE_REFERRALS })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Where it stands' })).toBeVisible();
    await expect(page.locator('.oba-latest')).toHaveText(/^\d+(\.\d)?%$/);
    await expect(page.locator('.recharts-line')).toHaveCount(2);
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: 'The story behind the curve',
      }),
    ).toBeVisible();
    await expect(page.getByTestId('oba-story').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add the story' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'oba-measure');
    // On a phone the page reflows: nothing wider than the window.
    await page.setViewportSize({ width: 320, height: 800 });
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth as number);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Back to the grid as it was left.
    await page.getByRole('link', { name: 'Back to the scorecard' }).click();
    await expect(page).toHaveURL(/\/oba\?/);
    await expect(page.getByTestId('oba-grid-how-much')).toBeVisible();
  });

  test('switches to cards with curves, and to headline measures only, both kept in the URL', async ({ page }) => {
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);
    await page.getByLabel('Show as').selectOption('cards');
    await expect(page).toHaveURL(/view=cards/);
    const card = page.getByTestId('oba-measure').filter({
      has: page.getByRole('heading', {
        level: 3,
        name: RE_REFERRALS,
        exact: true,
      }),
    });
    await expect(card.locator('.oba-latest')).toHaveText(/^\d+(\.\d)?%$/);
    await expect(card).toContainText(/On target|Off target/);
    await expect(card).toContainText(/(Improving|Worsening|Unchanged) (for|over) \d+ periods?/);
    await expect(card).toContainText('The story behind the curve');
    await expect(card.locator('.recharts-line')).toHaveCount(2);

    // The curve as a table: values, then the forecast periods.
    await card.getByText('Show the data as a table').click();
    const table = card.getByRole('table');
    await expect(table.getByRole('row').filter({ hasText: '2025/26 Q4' }).getByRole('cell').nth(1)).toHaveText(/^\d+(\.\d)?%$/);
    await expect(table.getByRole('row').filter({ hasText: '2026/27 Q4' })).toHaveCount(1);
    await expectNoAxeViolations(page);

    const before = await page.getByTestId('oba-measure').count();
    await page.getByLabel('Measures').selectOption('headline');
    await expect(page).toHaveURL(/measures=headline/);
    await expect(
      page.getByRole('heading', {
        level: 3,
        name: 'Families supported through early help',
      }),
    ).toHaveCount(0);
    expect(await page.getByTestId('oba-measure').count()).toBeLessThan(before);

    // A shared link opens the same view.
    await page.reload();
    await expect(page.getByLabel('Show as')).toHaveValue('cards');
    await expect(page.getByLabel('Measures')).toHaveValue('headline');
  });
});

test.describe('as an analyst', () => {
  test.use({ user: demoEmail('analyst') });

  test('writes, edits and deletes the story behind a curve', async ({ page }) => {
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);
    await page
      .getByRole('link', {
        name: 'Families supported through early help',
        exact: true,
      })
      .click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Families supported through early help',
      }),
    ).toBeVisible();
    await settled(page);
    const stories = page.getByTestId('oba-story');
    const before = await stories.count();

    // An empty story is refused beside the field, with the summary above.
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the story');

    await page.getByLabel('Period it is about').selectOption({ label: '2025/26 Q4' });
    await page.getByLabel('Story', { exact: true }).fill('Early help hubs opened in two more towns in January.');
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Story added' })).toBeVisible();
    await expect(stories).toHaveCount(before + 1);
    const mine = stories.first();
    await expect(mine).toContainText('Early help hubs opened in two more towns in January.');
    await expect(mine).toContainText('about 2025/26 Q4');

    await mine.getByRole('button', { name: /^Edit/ }).click();
    await page.getByLabel('Story', { exact: true }).first().fill('Early help hubs opened in three more towns in January.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Story saved' })).toBeVisible();
    await expect(stories.first()).toContainText('three more towns');
    await expectNoAxeViolations(page);

    await stories.first().getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Story deleted' })).toBeVisible();
    await expect(stories).toHaveCount(before);
  });
});

test.describe('as an admin', () => {
  test('enters, changes and removes an entered measure’s value for a period; a bad value is refused beside the field', async ({ page }) => {
    const name = 'Children and young people who say they feel safer after support';
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await settled(page);
    const values = page.getByRole('region', { name: 'Values' });
    await expect(values).toContainText('No value entered yet.');

    await page.getByRole('button', { name: 'Add the value' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the value');
    await page.getByLabel('Value', { exact: true }).fill('72%');
    await page.getByRole('button', { name: 'Add the value' }).click();
    await expect(page.getByRole('alert')).toContainText('Value must be a number, like 72.5');
    await expectNoAxeViolations(page);

    await page.getByLabel('Period', { exact: true }).selectOption({ label: '2025/26 Q4' });
    await page.getByLabel('Value', { exact: true }).fill('64.5');
    await page.getByRole('button', { name: 'Add the value' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Value for 2025/26 Q4 added: 64.5%.' })).toBeVisible();
    const row = page.getByTestId('oba-value-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2025/26 Q4');
    // The figures are as of 31 March 2026, the last day of that quarter: the card counts the value.
    await expect(page.getByTestId('oba-measure')).toContainText('64.5%');

    // The values download holds the columns the import reads: imported back, nothing changes.
    const [file] = await Promise.all([page.waitForEvent('download'), values.getByRole('button', { name: /^Download CSV/ }).click()]);
    const csv = await readCsvDownload(file);
    expect(csv.header).toBe('Measure,Period,Value,Note');
    expect(csv.lines).toHaveLength(1);
    const imported = await page.request.post('/api/import/spreadsheet?partnership=NSCP&as=measure-values', {
      data: await readFile(await file.path()),
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.suggestedFilename()), 'x-requested-with': 'fetch' },
    });
    expect(await imported.json()).toMatchObject({ problems: [], create: 0, update: 0, unchanged: 1 });

    await row.getByRole('button', { name: 'Change the value for 2025/26 Q4' }).click();
    await page.getByLabel('Value', { exact: true }).fill('66');
    await page.getByRole('button', { name: 'Replace the value for 2025/26 Q4' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'changed from 64.5% to 66%' })).toBeVisible();
    await expectNoAxeViolations(page);

    await row.getByRole('button', { name: 'Remove the value for 2025/26 Q4' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Value for 2025/26 Q4 removed.' })).toBeVisible();
    await expect(values).toContainText('No value entered yet.');
  });

  test('publishes the scorecard for the website; anyone reads the frozen copy in a frame, also at 320 px; withdrawing takes it down', async ({ page, browser }) => {
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);
    const panel = page.getByTestId('oba-publish');
    await expect(panel.getByRole('heading', { level: 2, name: 'On your website' })).toBeVisible();
    await expect(panel).toContainText('Not published');
    await panel.getByRole('button', { name: 'Publish as of 31 Mar 2026' }).click();
    await expect(panel.getByRole('status')).toContainText(/Published: \d+ measures as of 31 Mar 2026/);
    const code = await panel.getByLabel('Code to paste into a web page').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
    expect(src).toMatch(/\/embed\/scorecard\/[A-Za-z0-9_-]{24}$/);
    await expectNoAxeViolations(page);

    // A website frames the page: nobody signed in, only the published copy.
    const visitor = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const site = await visitor.newPage();
    await site.goto(new URL(src).pathname);
    const published = site.getByTestId('published-scorecard');
    await expect(published.getByRole('heading', { level: 1 })).toHaveText('Northshire Safeguarding Children Partnership: outcomes-based accountability scorecard');
    await expect(published).toContainText('Figures as of 31 Mar 2026, headline measures');
    await expect(published.getByRole('row').filter({ hasText: RE_REFERRALS })).toContainText(/\d+(\.\d)?%/);
    await expect(published.getByRole('row').filter({ hasText: 'Families supported through early help' })).toHaveCount(0);
    const width = await site.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(width[0]).toBeLessThanOrEqual(width[1] as number);
    await expectNoAxeViolations(site);
    await site.screenshot({ path: 'output/screenshots/oba-published-320.png', fullPage: true });

    await panel.getByRole('button', { name: 'Withdraw from the website' }).click();
    await panel.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await expect(panel.getByRole('status')).toContainText('Withdrawn from the website.');
    await site.reload();
    await expect(site.getByRole('heading', { level: 1, name: 'Scorecard not available' })).toBeVisible();
    await visitor.close();
  });
});

test.describe('as another partnership’s admin', () => {
  test.use({ user: demoEmail('admin', 'westmere') });

  test('adds a computed measure through the form, checks the answers, then changes it', async ({ page }) => {
    const name = `Practice changed after training (${Date.now().toString(36)})`;
    await page.goto(`/oba?year=${DEMO_YEAR}`);
    await settled(page);
    await page.getByRole('link', { name: 'Add a measure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a measure' })).toBeVisible();

    // Nothing answered: every required question is named in the summary and beside its field.
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Enter the measure’s name');
    await expect(summary).toContainText('Choose where the values come from');
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Computed from the records here').check();
    await page.getByLabel('Built-in metric').selectOption({ label: 'Training attendees reporting changed practice at follow-up' });
    // The metric answers the question and the direction; the unit follows it.
    await expect(page.getByLabel('Is anyone better off?')).toBeChecked();
    await expect(page.getByLabel('Higher is better')).toBeChecked();
    await page.getByLabel(/^Quarterly/).check();
    await page.getByLabel('Target (optional)').fill('60');
    await page.getByLabel('Baseline period (optional)').selectOption({ label: '2024/25 Q4' });
    await page.getByLabel('Baseline value').fill('45');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    const answers = page.getByTestId('measure-answers');
    await expect(answers).toContainText('Training attendees reporting changed practice at follow-up');
    await expect(answers).toContainText('45% in 2024/25 Q4');
    await expect(answers).toContainText('60%');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add the measure' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Measure added.' })).toBeVisible();

    await page.getByRole('link', { name: 'Change the measure' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await page.getByLabel('Target (optional)').fill('65');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByTestId('measure-answers')).toContainText('65%');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Measure saved.' })).toBeVisible();
    await expect(page.getByTestId('oba-measure')).toContainText('65%');
  });
});
