import { currentScope, runInScope } from '@sli/shared/api-core';
import type { DataSource } from 'typeorm';
import type { OidcIdentity } from './oidc-client';
import type { SsoErrorCode } from './oidc-errors';

interface UserRow {
  id: string;
  email: string;
  disabled: boolean;
  oidc_issuer: string | null;
  oidc_subject: string | null;
}

export type AccountMatch =
  | { ok: true; userId: string; email: string; linked: boolean }
  | { ok: false; code: SsoErrorCode; reason: string; userId?: string; email?: string };

/**
 * Finds the user a provider identity belongs to. Users are never created here: they are added first
 * (by an admin or `npm run users -- add`). The first sign-in matches by email and stores the link
 * (issuer, subject); later sign-ins match by that link, so a changed address at the provider still works.
 */
export class OidcAccounts {
  constructor(private readonly dataSource: DataSource) {}

  async match(identity: OidcIdentity): Promise<AccountMatch> {
    const [linked] = (await this.dataSource.query(
      `SELECT id, email, disabled, oidc_issuer, oidc_subject FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2`,
      [identity.issuer, identity.subject],
    )) as UserRow[];
    if (linked) return linked.disabled ? disabled(linked) : { ok: true, userId: linked.id, email: linked.email, linked: false };

    const email = identity.email;
    if (!email) return { ok: false, code: 'sso-no-email', reason: 'the ID token has no email, preferred_username or upn address' };
    if (identity.emailUnverified) return { ok: false, code: 'sso-unverified-email', reason: 'email_verified is false', email };
    // Emails are stored lower-case (a check constraint), so this match ignores case.
    const [user] = (await this.dataSource.query(`SELECT id, email, disabled, oidc_issuer, oidc_subject FROM users WHERE email = $1`, [
      email.toLowerCase(),
    ])) as UserRow[];
    if (!user) return { ok: false, code: 'sso-unknown-user', reason: 'no user has this email', email };
    if (user.disabled) return disabled(user);
    if (user.oidc_subject !== null) {
      return {
        ok: false,
        code: 'sso-account-linked',
        reason: `the user is linked to another identity (${user.oidc_issuer} ${user.oidc_subject})`,
        userId: user.id,
        email: user.email,
      };
    }
    const rows = (await asUser(user, () =>
      this.dataSource.query(
        // Wrapped in WITH so both drivers return the rows; the condition keeps a concurrent link from being overwritten.
        `WITH changed AS (
           UPDATE users SET oidc_issuer = $2, oidc_subject = $3, updated_at = now() WHERE id = $1 AND oidc_subject IS NULL RETURNING id)
         SELECT id FROM changed`,
        [user.id, identity.issuer, identity.subject],
      ),
    )) as unknown[];
    if (rows.length === 0) return { ok: false, code: 'sso-account-linked', reason: 'linked concurrently to another identity', userId: user.id, email: user.email };
    return { ok: true, userId: user.id, email: user.email, linked: true };
  }

  recordSignIn(userId: string, email: string): Promise<unknown> {
    return asUser({ id: userId, email }, () => this.dataSource.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [userId]));
  }
}

function disabled(user: UserRow): AccountMatch {
  return { ok: false, code: 'sso-disabled', reason: 'the user is disabled', userId: user.id, email: user.email };
}

/** The change history names the user signing in as the one who changed their own row. */
function asUser<T>(user: { id: string; email: string }, fn: () => Promise<T>): Promise<T> {
  return runInScope({ ...currentScope(), actorId: user.id, actor: user.email }, fn);
}
