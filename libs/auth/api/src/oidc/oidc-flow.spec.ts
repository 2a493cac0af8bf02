import { loadConfig } from '@sli/shared/api-core';
import { identityOf, isLoopback } from './oidc-client';
import { safeReturnTo, sealFlow, unsealFlow, type OidcFlow } from './oidc-flow';

const config = loadConfig({ OIDC_ISSUER: 'https://login.example.org/t/v2.0', OIDC_CLIENT_ID: 'client', OIDC_CLIENT_SECRET: 'secret-one' });
const flow: OidcFlow = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  redirectUri: 'https://sli.example.org/auth/oidc/callback',
  returnTo: '/reviews',
  expiresAt: Date.now() + 60_000,
};

describe('the sign-in flow cookie', () => {
  it('opens what it sealed, and hides it', () => {
    const sealed = sealFlow(flow, config);
    expect(sealed).not.toContain('state-1');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier-1');
    expect(unsealFlow(sealed, config)).toEqual(flow);
  });

  it('refuses a changed cookie, one sealed with another secret, an expired one, and none', () => {
    const sealed = sealFlow(flow, config);
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(unsealFlow(bytes.toString('base64url'), config)).toBe('invalid');
    expect(unsealFlow(sealed, { ...config, OIDC_CLIENT_SECRET: 'secret-two' })).toBe('invalid');
    expect(unsealFlow('not-a-cookie', config)).toBe('invalid');
    expect(unsealFlow(sealed, config, flow.expiresAt + 1)).toBe('expired');
    expect(unsealFlow(undefined, config)).toBe('missing');
  });
});

describe('where to return after signing in', () => {
  it.each([
    ['/reviews?year=2025#top', '/reviews?year=2025#top'],
    ['/', '/'],
    ['/a/../b', '/b'],
  ])('keeps the path %s', (given, expected) => expect(safeReturnTo(given)).toBe(expected));

  it.each([
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'reviews',
    '/\t/evil.example',
    '',
    undefined,
    ['/a', '/b'],
  ])('sends %p home instead', (given) => expect(safeReturnTo(given)).toBe('/'));
});

describe('the identity in an ID token', () => {
  it('takes the email, lower-cased; else an address in preferred_username or upn (Microsoft Entra ID)', () => {
    expect(identityOf({ iss: 'i', sub: 's', email: 'Sam@Example.ORG', preferred_username: 'other@example.org' }).email).toBe('sam@example.org');
    expect(identityOf({ iss: 'i', sub: 's', preferred_username: 'Sam@Example.org' }).email).toBe('sam@example.org');
    expect(identityOf({ iss: 'i', sub: 's', preferred_username: 'sam', upn: 'sam@example.org' }).email).toBe('sam@example.org');
    expect(identityOf({ iss: 'i', sub: 's', preferred_username: 'sam' }).email).toBeUndefined();
  });

  it('marks an email the provider says is unverified', () => {
    expect(identityOf({ iss: 'i', sub: 's', email: 'a@b.org', email_verified: false }).emailUnverified).toBe(true);
    expect(identityOf({ iss: 'i', sub: 's', email: 'a@b.org', email_verified: true }).emailUnverified).toBe(false);
    expect(identityOf({ iss: 'i', sub: 's', email: 'a@b.org' }).emailUnverified).toBe(false);
  });

  it('allows plain HTTP to loopback providers only', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopback)).toBe(true);
    expect(['login.microsoftonline.com', '10.0.0.1', '127.0.0.1.evil.example'].some(isLoopback)).toBe(false);
  });
});
