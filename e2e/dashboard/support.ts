import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, request, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

/** The demo data's children's partnership and the last full financial year of the demo. */
export const DEMO_YEAR = '2025/26';

/** WCAG 2.2 AA: axe must find nothing on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * Goes to a path inside the app without reloading it, as a link would: the page's other answers stay
 * cached, so only what changes is fetched (React Router follows popstate).
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Full-page screenshot into the ignored output folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `output/screenshots/${name}.png`, fullPage: true });
}

/** Types a date into a day/month/year date input, found by its question (the fieldset's legend). */
export async function fillDate(scope: Page | Locator, question: string | RegExp, date: { day: string; month: string; year: string }): Promise<void> {
  const group = scope.getByRole('group', { name: question });
  await group.getByLabel('Day').fill(date.day);
  await group.getByLabel('Month').fill(date.month);
  await group.getByLabel('Year').fill(date.year);
}

/** Waits until no "Loading…" status is on the page. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}

/** The demo users' password: the webServer env in playwright.config.ts sets it for the demo data. */
export const DEMO_PASSWORD = 'correct-horse-e2e-2026';
export const BASE_URL = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 3100}`;

export type DemoRole = 'admin' | 'agency-lead' | 'committee-member' | 'board-member' | 'analyst';
export type DemoPartnership = 'northshire' | 'eastvale' | 'westmere';

/** A demo user's email: a role in a demo partnership, or one of the two national accounts. */
export function demoEmail(role: DemoRole | 'national-analyst' | 'system-admin', partnership: DemoPartnership = 'northshire'): string {
  return role === 'national-analyst' || role === 'system-admin' ? `${role}@example.org` : `${role}@${partnership}.example.org`;
}

/** Signs in through the sign-in page as a person would. */
export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Sends a GraphQL operation and returns its data, or throws with the API's error messages. */
export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * GraphQL through the page's own request context: signed in as the page's user (same session cookie),
 * for the fixtures a test then works on through the pages.
 */
export function pageGql(page: Page): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await page.request.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };
}

/** The id of the demo partnership whose name contains `name` (e.g. 'Northshire'). */
export async function demoPartnershipId(gql: Gql, name: string): Promise<string> {
  const { partnerships } = await gql<{ partnerships: { nodes: { id: string; name: string }[] } }>('{ partnerships(first: 5) { nodes { id name } } }');
  const id = partnerships.nodes.find((p) => p.name.includes(name))?.id;
  if (!id) throw new Error(`No demo partnership named like ${name}`);
  return id;
}

/** A demo partnership's id and the id of its agency named `agencyName` exactly (e.g. 'Northshire Police'). */
export async function demoAgency(gql: Gql, partnershipName: string, agencyName: string): Promise<{ partnershipId: string; agencyId: string }> {
  const partnershipId = await demoPartnershipId(gql, partnershipName);
  const { agencies } = await gql<{ agencies: { nodes: { id: string; name: string }[] } }>(
    'query($f: AgencyFilter) { agencies(filter: $f, first: 100) { nodes { id name } } }',
    { f: { partnershipId } },
  );
  const agencyId = agencies.nodes.find((a) => a.name === agencyName)?.id;
  if (!agencyId) throw new Error(`No agency ${agencyName} in the demo partnership ${partnershipName}`);
  return { partnershipId, agencyId };
}

const sessions = new Map<string, string>();

/**
 * A signed-in browser state for a demo user, made once per run (one API sign-in per user) and reused
 * by every test that runs as them: the session cookie in a storage-state file.
 */
async function storageStateFor(email: string): Promise<string> {
  const known = sessions.get(email);
  if (known) return known;
  const api = await request.newContext({ baseURL: BASE_URL });
  const res = await api.post('/graphql', {
    data: { query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { email, password: DEMO_PASSWORD } } },
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Could not sign in as ${email}: ${body.errors[0]?.message}`);
  await mkdir('output/.auth', { recursive: true });
  const file = `output/.auth/${email}.json`;
  await api.storageState({ path: file });
  await api.dispose();
  sessions.set(email, file);
  return file;
}

/**
 * Every dashboard test runs signed in: as the Northshire business unit (admin) unless it sets
 * `test.use({ user: demoEmail(…) })`, or as nobody with `user: null`.
 */
export const test = base.extend<{ user: string | null }>({
  user: [demoEmail('admin'), { option: true }],
  storageState: async ({ user, storageState }, use) => {
    await use(user ? await storageStateFor(user) : storageState);
  },
});

export { expect };
