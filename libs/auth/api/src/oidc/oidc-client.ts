import type { AppConfig } from '@sli/shared/api-core';
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  buildAuthorizationUrl,
  calculatePKCECodeChallenge,
  discovery,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
  type Configuration,
} from 'openid-client';
import type { OidcFlow } from './oidc-flow';

export const OIDC_SCOPE = 'openid email profile';

/** Who the provider says signed in. */
export interface OidcIdentity {
  /** The ID token's `iss`: with `subject`, the stable link to the user. */
  issuer: string;
  subject: string;
  /** Lower-cased: `email`, else (Microsoft Entra ID) `preferred_username` or `upn` when they are addresses. */
  email?: string;
  /** The provider said this address is not verified (`email_verified: false`). */
  emailUnverified: boolean;
  name?: string;
}

/**
 * The relying-party side of OpenID Connect, on openid-client: discovery of the issuer (fetched once,
 * then kept; fetched again after a failure), the authorization request with PKCE, state and nonce, and
 * the code exchange with the ID token checks (signature, issuer, audience, expiry, nonce).
 */
export class OidcClient {
  private configuration?: Promise<Configuration>;

  constructor(private readonly config: AppConfig) {}

  private discover(): Promise<Configuration> {
    const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = this.config;
    if (!issuer || !clientId || !secret) return Promise.reject(new Error('Single sign-on is not configured'));
    const url = new URL(issuer);
    this.configuration ??= discovery(url, clientId, secret, undefined, {
      // Plain HTTP only for a provider on this machine (tests, local development); HTTPS everywhere else.
      execute: url.protocol === 'http:' && isLoopback(url.hostname) ? [allowInsecureRequests] : [],
      timeout: 10,
    }).catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** Starts a sign-in: the provider's authorization address and what the callback must check. */
  async begin(redirectUri: string, returnTo: string, expiresAt: number): Promise<{ url: URL; flow: OidcFlow }> {
    const configuration = await this.discover();
    const codeVerifier = randomPKCECodeVerifier();
    const flow: OidcFlow = { state: randomState(), nonce: randomNonce(), codeVerifier, redirectUri, returnTo, expiresAt };
    const url = buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: OIDC_SCOPE,
      response_type: 'code',
      code_challenge: await calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /** Redeems the code the provider sent back (`query` is the callback's query string) and reads the ID token. */
  async finish(flow: OidcFlow, query: string): Promise<OidcIdentity> {
    const configuration = await this.discover();
    const currentUrl = new URL(flow.redirectUri);
    currentUrl.search = query;
    const tokens = await authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider returned no ID token');
    return identityOf(claims);
  }
}

export function identityOf(claims: Record<string, unknown>): OidcIdentity {
  const address = (v: unknown) => (typeof v === 'string' && /^[^@\s]+@[^@\s]+$/.test(v.trim()) ? v.trim().toLowerCase() : undefined);
  const email = address(claims['email']) ?? address(claims['preferred_username']) ?? address(claims['upn']);
  return {
    issuer: String(claims['iss']),
    subject: String(claims['sub']),
    email,
    emailUnverified: address(claims['email']) !== undefined && claims['email_verified'] === false,
    name: typeof claims['name'] === 'string' ? claims['name'] : undefined,
  };
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
