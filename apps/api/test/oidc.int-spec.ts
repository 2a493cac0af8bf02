import { SESSION_COOKIE } from '@sli/auth-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type TestApi } from './harness';
import { CookieJar, startTestProvider, type TestProvider } from './oidc/oidc-test-provider';

/** What a browser sends when it follows a link or a redirect. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const OIDC_ENV = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_LABEL', 'DASHBOARD_DIR'] as const;

/**
 * The API serves the built dashboard, and its fallback (dashboard-static.ts) answers every GET that accepts
 * HTML with index.html: these tests run with a dashboard folder, as production does, so a browser's
 * request to /auth/ must still reach the controller.
 */
const DASHBOARD_DIR = mkdtempSync(join(tmpdir(), 'sli-dashboard-'));
writeFileSync(join(DASHBOARD_DIR, 'index.html'), '<!doctype html><title>Dashboard</title>');

function saveEnv(): () => void {
  const saved = OIDC_ENV.map((k) => [k, process.env[k]] as const);
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

async function browserGet(url: string, jar: CookieJar): Promise<Response> {
  const res = await fetch(url, { redirect: 'manual', headers: { accept: BROWSER_ACCEPT, cookie: jar.header() } });
  jar.take(res);
  return res;
}

const unique = () => randomBytes(5).toString('hex');

/** The value, or a failed test saying what was missing. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}`);
  return value;
}

const locationOf = (res: Response) => present(res.headers.get('location'), `a Location header (status ${res.status})`);

describe('Single sign-on when it is not configured', () => {
  let api: TestApi;
  let restoreEnv: () => void;
  beforeAll(async () => {
    restoreEnv = saveEnv();
    OIDC_ENV.forEach((k) => delete process.env[k]);
    process.env['DASHBOARD_DIR'] = DASHBOARD_DIR;
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
    restoreEnv();
  });

  it('offers no single sign-on option', async () => {
    const data = await api.anonymous.gql<{ signInOptions: { local: boolean; sso: unknown[] } }>(`{ signInOptions { local sso { id label startUrl } } }`);
    expect(data.signInOptions).toEqual({ local: true, sso: [] });
  });

  it.each(['/auth/oidc/start?returnTo=/reviews', '/auth/oidc/callback?code=x&state=y'])('answers %s with 404 and says why', async (path) => {
    const res = await fetch(`${api.origin}${path}`, { redirect: 'manual', headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { message: string };
    expect(body.message).toMatch(/Single sign-on is not configured.*OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
  });
});

describe('Single sign-on through an OpenID Connect provider', () => {
  let provider: TestProvider;
  let api: TestApi;
  let db: DataSource;
  let partnershipId: string;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = saveEnv();
    provider = await startTestProvider(`sli-test-${unique()}`, randomBytes(24).toString('base64url'));
    process.env['OIDC_ISSUER'] = provider.issuer;
    process.env['OIDC_CLIENT_ID'] = provider.clientId;
    process.env['OIDC_CLIENT_SECRET'] = provider.clientSecret;
    process.env['OIDC_LABEL'] = 'Sign in with the test provider';
    process.env['DASHBOARD_DIR'] = DASHBOARD_DIR;
    api = await startTestApi();
    db = api.app.get(DataSource);
    partnershipId = await createTestPartnership(api, 'SSO Partnership');
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
    restoreEnv();
  });

  /** A board member with a known email, as an admin would add them. */
  async function addUser(email: string): Promise<string> {
    const data = await api.system.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, name: 'Sam Single-Sign-On', role: 'BOARD_MEMBER', partnershipId } },
    );
    return data.createUser.id;
  }

  /** Start → provider authorization → its login (and consent) as `subject` → the callback URL, not yet opened. */
  async function toCallback(subject: string, returnTo = '/'): Promise<{ callback: URL; apiJar: CookieJar }> {
    const apiJar = new CookieJar();
    const providerJar = new CookieJar();
    const start = await browserGet(`${api.origin}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`, apiJar);
    expect(start.status).toBe(302);
    let url = new URL(locationOf(start));
    for (let hop = 0; hop < 15; hop++) {
      if (url.origin === api.origin) return { callback: url, apiJar };
      if (url.pathname.startsWith('/interaction/')) url.searchParams.set('account', subject);
      const res = await browserGet(url.href, providerJar);
      if (res.status < 300 || res.status >= 400) throw new Error(`The provider answered ${url.pathname} with ${res.status}: ${await res.text()}`);
      url = new URL(locationOf(res), url);
    }
    throw new Error('Too many redirects at the provider');
  }

  /** The whole sign-in: where the API finally sends the browser, and the cookies it set. */
  async function signIn(subject: string, returnTo = '/'): Promise<{ location: string; apiJar: CookieJar }> {
    const { callback, apiJar } = await toCallback(subject, returnTo);
    const res = await browserGet(callback.href, apiJar);
    expect(res.status).toBe(302);
    return { location: locationOf(res), apiJar };
  }

  async function viewerWith(sessionCookie: string): Promise<{ email: string; role: string } | null> {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${sessionCookie}` },
      body: JSON.stringify({ query: '{ viewer { email role } }' }),
    });
    const body = (await res.json()) as { data?: { viewer: { email: string; role: string } | null }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return present(body.data, 'data').viewer;
  }

  async function events(action: string, email: string): Promise<{ entity_id: string | null; after: Record<string, unknown> }[]> {
    return runInScope(cliScope('test'), () =>
      db.query(`SELECT entity_id, after FROM audit_events WHERE action = $1 AND actor = $2 ORDER BY id`, [action, email]),
    ) as Promise<{ entity_id: string | null; after: Record<string, unknown> }[]>;
  }

  it('lists the single sign-on option with its label', async () => {
    const data = await api.anonymous.gql<{ signInOptions: { local: boolean; sso: unknown[] } }>(`{ signInOptions { local sso { id label startUrl } } }`);
    expect(data.signInOptions).toEqual({
      local: true,
      sso: [{ id: 'oidc', label: 'Sign in with the test provider', startUrl: '/auth/oidc/start' }],
    });
  });

  it('starts with a redirect to the provider carrying PKCE, state, nonce and the callback address', async () => {
    const jar = new CookieJar();
    const res = await browserGet(`${api.origin}/auth/oidc/start?returnTo=/reviews`, jar);
    expect(res.status).toBe(302);
    const location = new URL(locationOf(res));
    expect(location.origin).toBe(provider.issuer);
    const q = location.searchParams;
    expect(q.get('client_id')).toBe(provider.clientId);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('scope')).toBe('openid email profile');
    expect(q.get('redirect_uri')).toBe(`${api.origin}/auth/oidc/callback`);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    const flowCookie = present(res.headers.getSetCookie().find((c) => c.startsWith('sli_oidc_flow=')), 'the flow cookie');
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    expect(flowCookie).toMatch(/Path=\/auth\/oidc/);
    // The state and the PKCE verifier are sealed in the cookie, not readable in it.
    expect(flowCookie).not.toContain(present(q.get('state'), 'state'));
  });

  it('signs in an existing user by email (any case), links the subject, and the session cookie works', async () => {
    const email = `sso-${unique()}@test.example.org`;
    const userId = await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email: email.toUpperCase(), email_verified: true, name: 'Sam' });

    const { location, apiJar } = await signIn(subject, '/reviews?year=2025');
    expect(location).toBe('/reviews?year=2025');
    const session = present(apiJar.get(SESSION_COOKIE), 'the session cookie');
    expect(apiJar.get('sli_oidc_flow')).toBeUndefined();
    expect(await viewerWith(session)).toEqual({ email, role: 'BOARD_MEMBER' });

    const [row] = (await db.query(`SELECT oidc_issuer, oidc_subject, last_sign_in_at FROM users WHERE id = $1`, [userId])) as {
      oidc_issuer: string;
      oidc_subject: string;
      last_sign_in_at: Date | null;
    }[];
    expect(row).toMatchObject({ oidc_issuer: provider.issuer, oidc_subject: subject });
    expect(row?.last_sign_in_at).toBeTruthy();
    const [session_] = (await db.query(`SELECT method FROM sessions WHERE user_id = $1`, [userId])) as { method: string }[];
    expect(session_?.method).toBe('oidc');
    const signIns = await events('sign-in', email);
    expect(signIns).toHaveLength(1);
    expect(signIns[0]).toMatchObject({ entity_id: userId, after: { method: 'oidc', issuer: provider.issuer, linked: true } });
  });

  it('later finds the user by the linked subject even when the provider sends another email', async () => {
    const email = `sso-${unique()}@test.example.org`;
    const userId = await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: true });
    expect((await signIn(subject)).location).toBe('/');

    provider.setAccount(subject, { email: `renamed-${unique()}@test.example.org`, email_verified: true });
    const again = await signIn(subject);
    expect(again.location).toBe('/');
    expect(await viewerWith(present(again.apiJar.get(SESSION_COOKIE), 'the session cookie'))).toEqual({ email, role: 'BOARD_MEMBER' });
    const signIns = await events('sign-in', email);
    expect(signIns.map((e) => e.after['linked'])).toEqual([true, false]);
    expect(signIns.every((e) => e.entity_id === userId)).toBe(true);

    // Someone else at the provider with that user's email does not get in: the account is linked already.
    const other = `sub-${unique()}`;
    provider.setAccount(other, { email, email_verified: true });
    const refused = await signIn(other);
    expect(refused.location).toBe(`/sign-in?error=sso-account-linked&email=${encodeURIComponent(email)}`);
    expect(refused.apiJar.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('signs in by preferred_username when the provider sends no email claim (Microsoft Entra ID)', async () => {
    const email = `upn-${unique()}@test.example.org`;
    await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { preferred_username: email, name: 'Entra User' });
    const { location, apiJar } = await signIn(subject);
    expect(location).toBe('/');
    expect(await viewerWith(present(apiJar.get(SESSION_COOKIE), 'the session cookie'))).toEqual({ email, role: 'BOARD_MEMBER' });
  });

  it('refuses an email with no account, and does not create one', async () => {
    const email = `nobody-${unique()}@test.example.org`;
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: true });
    const { location, apiJar } = await signIn(subject);
    expect(location).toBe(`/sign-in?error=sso-unknown-user&email=${encodeURIComponent(email)}`);
    expect(apiJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await db.query(`SELECT id FROM users WHERE email = $1`, [email])).toEqual([]);
    const refused = await events('sign-in-refused', email);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.after).toMatchObject({ method: 'oidc', code: 'sso-unknown-user' });
  });

  it('refuses a disabled user', async () => {
    const email = `disabled-${unique()}@test.example.org`;
    const userId = await addUser(email);
    await api.system.gql(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: userId });
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: true });
    const { location, apiJar } = await signIn(subject);
    expect(location).toBe(`/sign-in?error=sso-disabled&email=${encodeURIComponent(email)}`);
    expect(apiJar.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses an email the provider says is not verified', async () => {
    const email = `unverified-${unique()}@test.example.org`;
    await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: false });
    const { location } = await signIn(subject);
    expect(location).toBe(`/sign-in?error=sso-unverified-email&email=${encodeURIComponent(email)}`);
  });

  it('refuses an answer whose state is not the one this browser was given', async () => {
    const email = `state-${unique()}@test.example.org`;
    await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: true });
    const { callback, apiJar } = await toCallback(subject);
    callback.searchParams.set('state', 'forged-state');
    const res = await browserGet(callback.href, apiJar);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?error=sso-failed');
    expect(apiJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await events('sign-in', email)).toEqual([]);
  });

  it('refuses an answer opened in a browser that did not start the sign-in (no flow cookie)', async () => {
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email: `elsewhere-${unique()}@test.example.org`, email_verified: true });
    const { callback } = await toCallback(subject);
    const otherBrowser = new CookieJar();
    const res = await browserGet(callback.href, otherBrowser);
    expect(res.headers.get('location')).toBe('/sign-in?error=sso-expired');
    expect(otherBrowser.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('turns an error from the provider (the user cancelled) into sso-failed', async () => {
    const jar = new CookieJar();
    const start = await browserGet(`${api.origin}/auth/oidc/start`, jar);
    const state = present(new URL(locationOf(start)).searchParams.get('state'), 'state');
    const marker = `cancelled-${unique()}`;
    const res = await browserGet(`${api.origin}/auth/oidc/callback?error=access_denied&error_description=${marker}&state=${state}`, jar);
    expect(res.headers.get('location')).toBe('/sign-in?error=sso-failed');
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    const failed = (await events('sign-in-failed', 'anonymous')).filter((e) => String(e.after['reason']).includes(marker));
    expect(failed).toHaveLength(1);
    expect(failed[0]?.after).toMatchObject({ method: 'oidc', code: 'sso-failed', reason: `the provider answered access_denied: ${marker}` });
  });

  it('returns only to a path on this site', async () => {
    const email = `return-${unique()}@test.example.org`;
    await addUser(email);
    const subject = `sub-${unique()}`;
    provider.setAccount(subject, { email, email_verified: true });
    expect((await signIn(subject, '//evil.example/steal')).location).toBe('/');
    expect((await signIn(subject, 'https://evil.example/')).location).toBe('/');
    expect((await signIn(subject, '/actions#overdue')).location).toBe('/actions#overdue');
  });
});
