import type { AppConfig } from '@sli/shared/api-core';
import type { CookieOptions, Request } from 'express';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * What one sign-in through the provider must remember between /auth/oidc/start and the callback. It
 * travels in a cookie, encrypted and authenticated (AES-256-GCM), so it works with any number of API
 * instances and needs no table; the key is derived from the client secret, known to the server only.
 */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
  /** Milliseconds since the epoch after which the flow is refused. */
  expiresAt: number;
}

export const FLOW_COOKIE = 'sli_oidc_flow';
/** Time to sign in at the provider (a password, a second factor) before the flow cookie is refused. */
export const FLOW_MINUTES = 10;
export const CALLBACK_PATH = '/auth/oidc/callback';

/** httpOnly and SameSite=Lax: sent on the provider's top-level redirect back, never readable by scripts. */
export function flowCookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, secure: config.COOKIE_SECURE === 'true', sameSite: 'lax', path: '/auth/oidc' };
}

function flowKey(config: AppConfig): Buffer {
  const secret = config.OIDC_CLIENT_SECRET;
  if (!secret) throw new Error('OIDC_CLIENT_SECRET is not set');
  return Buffer.from(hkdfSync('sha256', secret, 'sli-oidc', 'oidc flow cookie v1', 32));
}

export function sealFlow(flow: OidcFlow, config: AppConfig): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', flowKey(config), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The flow a cookie holds, or why it cannot be used. */
export function unsealFlow(value: string | undefined, config: AppConfig, now = Date.now()): OidcFlow | 'missing' | 'invalid' | 'expired' {
  if (!value) return 'missing';
  try {
    const raw = Buffer.from(value, 'base64url');
    if (raw.length < 29) return 'invalid';
    const decipher = createDecipheriv('aes-256-gcm', flowKey(config), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const flow = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as OidcFlow;
    if (typeof flow.state !== 'string' || typeof flow.expiresAt !== 'number') return 'invalid';
    return flow.expiresAt > now ? flow : 'expired';
  } catch {
    return 'invalid';
  }
}

/**
 * Where to send the user after signing in: a path on this site only (starting with one `/`, never
 * `//` or `/\`, which browsers read as another host). Anything else goes to the home page.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000 || !value.startsWith('/')) return '/';
  // eslint-disable-next-line no-control-regex
  if (value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  const base = 'https://sli.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The redirect URI registered with the provider: PUBLIC_URL when set, else the request's own origin. */
export function redirectUriFor(req: Request, config: AppConfig): string {
  const base = config.PUBLIC_URL ? config.PUBLIC_URL.replace(/\/+$/, '') : `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${base}${CALLBACK_PATH}`;
}
