import { type Page } from '@playwright/test';
import { DEMO_YEAR, expectNoAxeViolations, settled, expect, test } from './support';

/**
 * Errors a person can act on (issue 8). "The API stopped" is simulated in the browser: every request
 * to the server that the page has not already made (GraphQL and the code of pages not yet opened) is
 * refused as if nothing listened on the port (`connectionrefused`), which is what the browser sees
 * when the server is down; removing the routes is the server coming back. The real server keeps
 * running, so the other specs are not disturbed.
 */

const SERVER = /\/(graphql|assets\/.*)$/;

async function stopTheApi(page: Page): Promise<void> {
  await page.route(SERVER, (route) => route.abort('connectionrefused'));
}

async function startTheApi(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('with the API stopped, a page not yet visited shows the layout, a plain message and Try again; it recovers once the API is back', async ({
  page,
}) => {
  await page.goto(`/reviews?year=${DEMO_YEAR}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();

  await stopTheApi(page);
  await mainNav(page).getByRole('link', { name: 'Action plans' }).click();

  const heading = page.getByRole('heading', { level: 1, name: 'This page could not be loaded' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('The dashboard could not reach its server.')).toBeVisible();
  // The layout stays: the header, the navigation and the filters, not the router's developer page.
  await expect(mainNav(page)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.getByText(/Unexpected Application Error|Hey developer/)).toHaveCount(0);
  await expect(page).toHaveURL(/\/actions\?/);
  await expectNoAxeViolations(page);

  // Trying again while the server is still down says so, and stays on the page.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Still no answer from the server.' })).toBeVisible();
  await expect(heading).toBeVisible();

  await startTheApi(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('table', { name: /^Overdue actions as of/ })).toBeVisible();
});

test("with the API stopped, a page's figures say so in plain words and come back on Try again", async ({ page }) => {
  await page.goto(`/reviews?year=${DEMO_YEAR}`);
  await settled(page);
  await stopTheApi(page);
  // Another year: answers not yet fetched, from a page whose code is already loaded.
  await page.getByLabel('Financial year').selectOption('2024/25');
  const alert = page.getByRole('alert').filter({ hasText: 'the dashboard could not reach its server' }).first();
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(mainNav(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await startTheApi(page);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('reviews-total')).toHaveText(/^\d+ reviews? match/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a page whose code is gone after a redeploy reloads once, never in a loop, then asks the person to try again', async ({ page }) => {
  const loaded = new Set<string>();
  page.on('requestfinished', (request) => loaded.add(request.url()));
  await page.goto(`/reviews?year=${DEMO_YEAR}`);
  await settled(page);
  // The server answers, but the code of pages not opened yet is not there (as after a redeploy); what
  // this tab has loaded (the entry and the reviews page) still is, so a reload starts the dashboard.
  await page.route(/\/assets\//, (route) =>
    loaded.has(route.request().url()) ? route.continue() : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  );
  let loads = 0;
  page.on('load', () => loads++);

  await mainNav(page).getByRole('link', { name: 'Action plans' }).click();
  // One reload; the chunk is still missing after it, so the page explains rather than reloading again.
  await expect(page.getByRole('heading', { level: 1, name: 'The dashboard has been updated' })).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(loads).toBe(1);
  await expect(mainNav(page)).toBeVisible();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
});

test.describe('a bad id in the address', () => {
  test('an unknown or malformed review id says the review was not found, with a way back', async ({ page }) => {
    for (const id of ['3f2b8c1e-0000-4000-8000-000000000000', 'not-a-review']) {
      await page.goto(`/reviews/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Review not found' })).toBeVisible();
      await expect(page.getByText('There is no review with this address, or you may not see it.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to reviews' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to reviews' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  });

  test("an unknown review's action plan and a malformed action say not found", async ({ page }) => {
    await page.goto('/actions?reviewId=3f2b8c1e-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Review not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Show every action plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();

    await page.goto(`/actions?year=${DEMO_YEAR}&action=42`);
    await expect(page.getByRole('region', { name: 'Action', exact: true }).getByText('This action was not found.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an unknown address inside the dashboard says the page was not found, inside the layout', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(mainNav(page)).toBeVisible();
  });
});
