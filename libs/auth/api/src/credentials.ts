import { createHash, randomBytes } from 'node:crypto';

/** The session cookie's name. */
export const SESSION_COOKIE = 'sli_session';
/** Personal access tokens start with this, so secret scanners and people can tell what they are. */
export const TOKEN_PREFIX = 'sli_pat_';

/** A new secret and the hash stored in its place: the database never holds a usable credential. */
export function newSecret(prefix = ''): { secret: string; hash: Buffer } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** The credential a request carries: a bearer token, else the session cookie. */
export function credentialOf(headers: { authorization?: string; cookie?: string }): { kind: 'token' | 'session'; secret: string } | undefined {
  const auth = headers.authorization?.trim();
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match?.[1] ? { kind: 'token', secret: match[1] } : { kind: 'token', secret: '' };
  }
  const cookie = cookieValue(headers.cookie, SESSION_COOKIE);
  return cookie ? { kind: 'session', secret: cookie } : undefined;
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
