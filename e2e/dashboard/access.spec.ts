import type { Page } from '@playwright/test';
import { demoEmail, expectNoAxeViolations, navigateInApp, screenshot, settled, expect, test } from './support';

interface ActionRef {
  id: string;
  ref: string;
  ownerAgency: { id: string; name: string };
}

/** Open actions of the partnership through the API, as the signed-in user (same session cookie). */
async function openActions(page: Page): Promise<ActionRef[]> {
  const res = await page.request.post('/graphql', {
    data: {
      query: `query { actions(filter: { statuses: [NOT_STARTED, IN_PROGRESS] }, first: 200) { nodes { id ref ownerAgency { id name } } } }`,
    },
  });
  const body = (await res.json()) as { data: { actions: { nodes: ActionRef[] } } };
  return body.data.actions.nodes;
}

async function viewerAgencyId(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: '{ viewer { agency { id } } }' } });
  return ((await res.json()) as { data: { viewer: { agency: { id: string } } } }).data.viewer.agency.id;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('the business unit (admin)', () => {
  test('sees Users and Change history, and may change the status of any action', async ({ page }) => {
    await page.goto('/actions');
    await expect(page.getByTestId('signed-in-as')).toHaveText('Demo admin (Northshire) – Business unit (admin)');
    await expect(page.getByTestId('signed-in-partnerships')).toHaveText('Northshire Safeguarding Children Partnership');
    await expect(nav(page).getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Change history' })).toBeVisible();
    // "My actions and requests" is an agency lead's: the business unit owns none.
    await expect(nav(page).getByRole('link', { name: 'My actions and requests' })).toHaveCount(0);
    // The partnership filter offers only the user's own partnership.
    await expect(page.getByLabel('Partnership', { exact: true }).locator('option')).toHaveText(['Northshire Safeguarding Children Partnership']);

    // Actions of two different agencies: the status form on both.
    const actions = await openActions(page);
    const agencies = [...new Set(actions.map((a) => a.ownerAgency.id))];
    expect(agencies.length).toBeGreaterThan(1);
    for (const agencyId of agencies.slice(0, 2)) {
      const action = actions.find((a) => a.ownerAgency.id === agencyId) as ActionRef;
      await navigateInApp(page, `/actions?action=${action.id}`);
      const panel = page.getByRole('region', { name: `Action ${action.ref}` });
      await expect(panel.getByRole('heading', { name: 'Change the status' })).toBeVisible();
    }
  });
});

test.describe('an agency lead', () => {
  test.use({ user: demoEmail('agency-lead') });

  test("changes only its own agency's actions and has no admin pages", async ({ page }) => {
    const own = await viewerAgencyId(page);
    const actions = await openActions(page);
    const mine = actions.find((a) => a.ownerAgency.id === own);
    const theirs = actions.find((a) => a.ownerAgency.id !== own);
    expect(mine, 'the demo data gives the agency lead open actions of their own').toBeDefined();
    expect(theirs).toBeDefined();

    await page.goto(`/actions?action=${mine?.id}`);
    await expect(nav(page).getByRole('link', { name: 'Action plans' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'My actions and requests' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(nav(page).getByRole('link', { name: 'Change history' })).toHaveCount(0);
    const minePanel = page.getByRole('region', { name: `Action ${mine?.ref}` });
    await expect(minePanel.getByRole('heading', { name: 'Change the status' })).toBeVisible();
    await expect(minePanel.getByRole('button', { name: 'Change status' })).toBeEnabled();

    await settled(page);
    await navigateInApp(page, `/actions?action=${theirs?.id}`);
    const theirPanel = page.getByRole('region', { name: `Action ${theirs?.ref}` });
    await expect(theirPanel.getByTestId('not-your-agency')).toHaveText(`Only ${theirs?.ownerAgency.name} can change this action's status.`);
    await expect(theirPanel.getByRole('heading', { name: 'Change the status' })).toHaveCount(0);
    await expect(theirPanel.getByRole('button', { name: /Change status|Sign off/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('a board member', () => {
  test.use({ user: demoEmail('board-member') });

  test('reads without any edit control, and is told plainly a page is not theirs', async ({ page }) => {
    const [action] = await openActions(page);
    await page.goto(`/actions?action=${action?.id}`);
    await expect(nav(page).getByRole('link', { name: 'Action plans' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(nav(page).getByRole('link', { name: 'Change history' })).toHaveCount(0);
    const panel = page.getByRole('region', { name: `Action ${action?.ref}` });
    await expect(panel.getByTestId('action-status')).toBeVisible();
    await expect(panel.locator('form')).toHaveCount(0);
    await expect(panel.getByRole('textbox')).toHaveCount(0);
    await expect(panel.getByTestId('not-your-agency')).toHaveCount(0);

    // Published figures only, even when the address asks for exact ones; no choice offered.
    await navigateInApp(page, '/annual-report?mode=exact');
    await settled(page);
    await expect(page.getByTestId('ar-note')).toContainText('Published version');
    await expect(page.getByLabel('Exact (internal use only)')).toHaveCount(0);

    await navigateInApp(page, '/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
    await expect(page.getByText('Your role (Board member)')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'no-access');
    await expect(page.getByRole('link', { name: 'Go to your start page' })).toHaveAttribute('href', '/');
    // Opened directly too, not only from inside the app.
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  });
});

test.describe('a national analyst', () => {
  test.use({ user: demoEmail('national-analyst') });

  test('sees the annual report only, of any partnership', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/annual-report/);
    await expect(nav(page).getByRole('link')).toHaveText(['Annual report']);
    await expect(page.getByLabel('Partnership', { exact: true }).locator('option')).toHaveCount(3);
    await settled(page);
    await expect(page.getByTestId('ar-note')).toContainText('Published version');
  });
});
