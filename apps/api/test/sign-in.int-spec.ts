import { SESSION_COOKIE } from '@sli/auth-api';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

const VIEWER = `{ viewer { email name role roleLabel operations sessionExpiresAt partnerships { id } } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { email role partnerships { id } } }`;
const PASSWORD = 'kettle orbit lavender';

/**
 * Sign-in as a browser does it: password → httpOnly session cookie stored server-side, so sign-out,
 * idle expiry and disabling a user take effect at once; lockout after repeated failures; NCSC password
 * rules; personal access tokens listed and revoked by their owner.
 */
describe('Sign-in, sessions and tokens', () => {
  let api: TestApi;
  let partnershipId: string;

  beforeAll(async () => {
    // A low lockout threshold would hide the first failures' message; keep the default of 5.
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Sign-in Partnership');
  });
  afterAll(() => api?.close());

  let n = 0;
  async function newUser(role = 'BOARD_MEMBER', password: string | null = PASSWORD) {
    const email = `person${++n}-${Date.now()}@signin.example.org`;
    const { createUser } = await api.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }`, {
      i: { email, name: `Person ${n}`, role, partnershipId, password },
    });
    return createUser as { id: string; email: string };
  }

  /** Sends GraphQL with a cookie header (or none), like a browser would. */
  async function browser(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
  }

  async function signIn(email: string, password = PASSWORD) {
    const { res, body } = await browser(SIGN_IN, { i: { email, password } });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const cookie = setCookie.split(';')[0] ?? '';
    return { res, body, setCookie, cookie };
  }

  it('signs in with a password into a Secure, httpOnly, SameSite session cookie; the viewer says who and what they may do', async () => {
    const user = await newUser();
    const { body, setCookie, cookie } = await signIn(user.email.toUpperCase());
    expect(body.errors).toBeUndefined();
    // The answer already lists the user's partnerships, though the request began signed out.
    expect(body.data.signIn).toEqual({ email: user.email, role: 'BOARD_MEMBER', partnerships: [{ id: partnershipId }] });
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const { body: me } = await browser(VIEWER, {}, cookie);
    expect(me.data.viewer).toMatchObject({ email: user.email, role: 'BOARD_MEMBER', roleLabel: 'Board member', partnerships: [{ id: partnershipId }] });
    expect(me.data.viewer.operations).toContain('reviews');
    expect(me.data.viewer.operations).not.toContain('createReview');
    expect(Date.parse(me.data.viewer.sessionExpiresAt)).toBeGreaterThan(Date.now());

    const { body: anonymous } = await browser(VIEWER);
    expect(anonymous.data.viewer).toBeNull();
    const { body: refused } = await browser(`{ reviews { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sign-out ends the session at once, server-side', async () => {
    const user = await newUser();
    const { cookie } = await signIn(user.email);
    const { res, body } = await browser(`mutation { signOut }`, {}, cookie);
    expect(body.data.signOut).toBe(true);
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    // The old cookie, replayed, no longer works.
    const { body: after } = await browser(`{ reviews { totalCount } }`, {}, cookie);
    expect(after.errors?.[0]).toMatchObject({ message: 'Your session has ended: sign in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('ends a session after the idle time, and disabling a user ends theirs at once', async () => {
    const idle = await newUser();
    const { cookie: idleCookie } = await signIn(idle.email);
    await api.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [idle.id]);
    expect((await browser(VIEWER, {}, idleCookie)).body.data.viewer).toBeNull();

    const leaver = await newUser();
    const { cookie } = await signIn(leaver.email);
    expect((await browser(VIEWER, {}, cookie)).body.data.viewer.email).toBe(leaver.email);
    await api.gql(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id: leaver.id });
    expect((await browser(VIEWER, {}, cookie)).body.data.viewer).toBeNull();
    const again = await signIn(leaver.email);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.body.errors?.[0]?.message).toMatch(/disabled/);
  });

  it('ten wrong passwords: refused each time, locked after five, even the right password while locked', async () => {
    const user = await newUser();
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { body } = await signIn(user.email, `wrong guess number ${i}`);
      answers.push(body.errors?.[0]?.extensions?.code);
      expect(body.data).toBeNull();
    }
    expect(answers).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', ...Array(6).fill('ACCOUNT_LOCKED')]);
    const right = await signIn(user.email);
    expect(right.body.errors?.[0]).toMatchObject({ extensions: { code: 'ACCOUNT_LOCKED' } });
    expect(right.body.errors?.[0]?.message).toMatch(/locked after repeated failed sign-ins\. Try again after \d\d:\d\d \(UK time\)/);
    const unknown = await signIn('nobody@signin.example.org');
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'BAD_USER_INPUT' } });

    // Every attempt is in the change history; an admin's new password unlocks the account.
    const { auditEvents } = await api.gql(`query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { nodes { action actorName } } }`, {
      f: { entity: 'users', entityId: user.id },
    });
    const actions = auditEvents.nodes.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'sign-in-failed')).toHaveLength(5);
    expect(actions.filter((a: string) => a === 'sign-in-refused')).toHaveLength(6);
    await api.gql(`mutation($id: ID!) { updateUser(id: $id, input: { password: "a brand new passphrase" }) { lockedUntil } }`, { id: user.id });
    expect((await signIn(user.email, 'a brand new passphrase')).body.errors).toBeUndefined();
  });

  it('refuses weak passwords by NCSC rules, naming the field', async () => {
    for (const [password, message] of [
      ['Tr0ub4dor&3', /at least 12 characters/],
      ['password1234', /commonly used/],
    ] as const) {
      const res = await api.raw(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { email: `weak-${Date.now()}@signin.example.org`, name: 'Weak', role: 'ANALYST', partnershipId, password },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
    }
  });

  it('an admin manages users of their own partnership only, and cannot hand out cross-partnership roles', async () => {
    const res = await api.raw(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { email: `nat-${Date.now()}@signin.example.org`, name: 'Nat', role: 'NATIONAL_ANALYST' },
    });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'role', message: 'only a system admin can give the national-analyst role' }]);
    const other = await api.system.gql(`mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`, {
      i: { ref: `OTHER-${Date.now()}`, name: 'Other', kind: 'ADULTS' },
    });
    const outside = await api.raw(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { email: `out-${Date.now()}@signin.example.org`, name: 'Out', role: 'ANALYST', partnershipId: other.createPartnership.id },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('personal access tokens: created once, listed without the secret, revoked by their owner only', async () => {
    const user = await newUser('ANALYST');
    const { cookie } = await signIn(user.email);
    const created = await browser(`mutation { createToken(input: { name: "R script", expiresInDays: 30 }) { token apiToken { id name prefix expiresAt } } }`, {}, cookie);
    const { token, apiToken } = created.body.data.createToken;
    expect(token).toMatch(/^sli_pat_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const days = (Date.parse(apiToken.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    const bearer = (q: string, t = token) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ query: q }) }).then(
        (r) => r.json() as Promise<{ data?: any; errors?: any[] }>,
      );
    expect((await bearer(`{ viewer { email sessionExpiresAt } }`)).data.viewer).toEqual({ email: user.email, sessionExpiresAt: null });
    const listed = await bearer(`{ myTokens { id name prefix lastUsedAt revokedAt } }`);
    expect(listed.data.myTokens).toEqual([{ id: apiToken.id, name: 'R script', prefix: apiToken.prefix, lastUsedAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token);

    // Someone else cannot revoke it.
    const otherRevoke = await api.raw(`mutation($id: ID!) { revokeToken(id: $id) { id } }`, { id: apiToken.id });
    expect(otherRevoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revoked = await browser(`mutation($id: ID!) { revokeToken(id: $id) { revokedAt } }`, { id: apiToken.id }, cookie);
    expect(revoked.body.data.revokeToken.revokedAt).toEqual(expect.any(String));
    const after = await bearer(`{ reviews { totalCount } }`);
    expect(after.errors?.[0]).toMatchObject({ message: 'The access token is unknown, expired or revoked', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await bearer(`{ viewer { email } }`, 'not-a-token')).errors).toBeUndefined();
  });
});
