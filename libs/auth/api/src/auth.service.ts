import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  InputError,
  isRole,
  recordAuditEvent,
  UnauthenticatedError,
  oneRow,
  type Caller,
} from '@sli/shared/api-core';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { credentialOf, hashSecret, newSecret, TOKEN_PREFIX } from './credentials';
import { MEMBERSHIP_COLUMNS } from './memberships.sql';
import { dummyHash, verifyPassword } from './passwords';

interface CallerRow {
  user_id: string;
  email: string;
  name: string;
  role: string;
  partnershipIds: string[];
  agencyIds: string[];
  credential_id: string;
  expires_at: Date | null;
  last_seen_at: Date | null;
}

export interface Authentication {
  caller?: Caller;
  /** Why a credential that was sent did not sign anyone in, for a clear UNAUTHENTICATED error. */
  problem?: string;
  sessionExpiresAt?: Date;
}

/** Touching a session or token at most this often keeps sign-in cheap on every request. */
const TOUCH_EVERY_MS = 60_000;

const CALLER_COLUMNS = `
  u.id AS user_id, u.email, u.name, u.role, ${MEMBERSHIP_COLUMNS}`;

/** Sessions, personal access tokens and password sign-in, with lockout. Users themselves: UsersService. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who a request's cookie or bearer token signs in, if anyone. */
  async authenticate(headers: { authorization?: string; cookie?: string }): Promise<Authentication> {
    const credential = credentialOf(headers);
    if (!credential) return {};
    if (credential.kind === 'token') {
      if (!credential.secret.startsWith(TOKEN_PREFIX)) return { problem: 'The Authorization header must be `Bearer sli_pat_…`' };
      return this.byToken(credential.secret);
    }
    return this.bySession(credential.secret);
  }

  private async bySession(secret: string): Promise<Authentication> {
    const [row] = (await this.dataSource.query(
      `SELECT ${CALLER_COLUMNS}, s.id AS credential_id, s.expires_at, s.last_seen_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL AND NOT u.disabled
         AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [hashSecret(secret), this.config.SESSION_IDLE_MINUTES],
    )) as CallerRow[];
    if (!row) return { problem: 'Your session has ended: sign in again' };
    if (Date.now() - new Date(row.last_seen_at ?? 0).getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.credential_id]);
    }
    const caller = toCaller(row, 'session');
    return caller ? { caller: { ...caller, sessionId: row.credential_id }, sessionExpiresAt: sessionEnd(row, this.config) } : {};
  }

  private async byToken(secret: string): Promise<Authentication> {
    const [row] = (await this.dataSource.query(
      `SELECT ${CALLER_COLUMNS}, t.id AS credential_id, t.expires_at, t.last_used_at AS last_seen_at
       FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND NOT u.disabled AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [hashSecret(secret)],
    )) as CallerRow[];
    if (!row) return { problem: 'The access token is unknown, expired or revoked' };
    if (Date.now() - new Date(row.last_seen_at ?? 0).getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.credential_id]);
    }
    const caller = toCaller(row, 'token');
    return caller ? { caller: { ...caller, tokenId: row.credential_id } } : {};
  }

  /**
   * Checks an email and password. Wrong ones count towards a lockout; a locked account is refused
   * even with the right password until the lock expires. Every attempt goes into the change history.
   */
  async signInWithPassword(emailInput: string, password: string): Promise<{ userId: string; secret: string; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    const [user] = (await this.dataSource.query(
      `SELECT id, password_hash, disabled, locked_until, (locked_until > now()) AS locked FROM users WHERE email = $1`,
      [email],
    )) as { id: string; password_hash: string | null; disabled: boolean; locked_until: Date | null; locked: boolean | null }[];
    const wrong = () => new InputError([{ field: 'password', message: 'Email or password is wrong' }], 'Email or password is wrong');

    if (!user || !user.password_hash) {
      await verifyPassword(await dummyHash(), password);
      await this.event('sign-in-failed', null, email, { reason: user ? 'no password set' : 'unknown email' });
      throw wrong();
    }
    if (user.locked) {
      await this.event('sign-in-refused', user.id, email, { reason: 'locked' });
      throw lockedError(user.locked_until);
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      // Wrapped in WITH so both drivers return the rows (TypeORM returns [rows, count] for a bare UPDATE).
      const [state] = (await this.dataSource.query(
        `WITH changed AS (
           UPDATE users SET failed_sign_ins = failed_sign_ins + 1,
             locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
           WHERE id = $1 RETURNING failed_sign_ins, locked_until, (locked_until > now()) AS locked)
         SELECT * FROM changed`,
        [user.id, this.config.LOCKOUT_ATTEMPTS, this.config.LOCKOUT_MINUTES],
      )) as { failed_sign_ins: number; locked_until: Date | null; locked: boolean | null }[];
      await this.event('sign-in-failed', user.id, email, { reason: 'wrong password', failedInARow: state?.failed_sign_ins });
      if (state?.locked) throw lockedError(state.locked_until);
      throw wrong();
    }
    if (user.disabled) {
      await this.event('sign-in-refused', user.id, email, { reason: 'disabled' });
      throw new UnauthenticatedError('This account is disabled: ask your partnership’s business unit');
    }
    await this.dataSource.query(`UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = now() WHERE id = $1`, [user.id]);
    const session = await this.startSession(user.id, 'password');
    await this.event('sign-in', user.id, email, { method: 'password' });
    return { userId: user.id, ...session };
  }

  /** Starts a browser session for a user already identified (password or single sign-on). */
  async startSession(userId: string, method: 'password' | 'oidc'): Promise<{ secret: string; expiresAt: Date }> {
    const { secret, hash } = newSecret();
    const row = oneRow(
      (await this.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, method, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [hash, userId, method, this.config.SESSION_ABSOLUTE_HOURS],
    )) as { expires_at: Date }[],
      'INSERT INTO sessions',
    );
    return { secret, expiresAt: new Date(row.expires_at) };
  }

  async endSession(caller: Caller): Promise<void> {
    if (caller.sessionId) await this.dataSource.query(`UPDATE sessions SET ended_at = now() WHERE id = $1`, [caller.sessionId]);
    await this.event('sign-out', caller.userId, caller.email, { via: caller.via });
  }

  /** Records a sign-in event under the user concerned (the request itself has no one signed in yet). */
  async event(action: string, userId: string | null, email: string, detail: Record<string, unknown>): Promise<void> {
    // Filed under the user's (first) partnership, so that partnership's admins see their users' sign-ins.
    const [home] = userId
      ? ((await this.dataSource.query(`SELECT partnership_id FROM user_partnerships WHERE user_id = $1 ORDER BY partnership_id LIMIT 1`, [userId])) as {
          partnership_id: string;
        }[])
      : [];
    await recordAuditEvent(this.dataSource.manager, {
      action,
      entity: 'users',
      entityId: userId,
      partnershipId: home?.partnership_id ?? null,
      actorId: userId,
      actor: email,
      detail,
    });
  }
}

function toCaller(row: CallerRow, via: 'session' | 'token'): Caller | undefined {
  if (!isRole(row.role)) return undefined;
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    partnershipIds: row.partnershipIds,
    agencyIds: row.agencyIds,
    via,
  };
}

function sessionEnd(row: CallerRow, config: AppConfig): Date {
  const idleEnd = Date.now() + config.SESSION_IDLE_MINUTES * 60_000;
  const absolute = row.expires_at ? new Date(row.expires_at).getTime() : idleEnd;
  return new Date(Math.min(idleEnd, absolute));
}

function lockedError(until: Date | null): GraphQLError {
  const when = until ? new Date(until).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }) : 'later';
  return new GraphQLError(
    `This account is locked after repeated failed sign-ins. Try again after ${when} (UK time), or ask your business unit to unlock it.`,
    { extensions: { code: 'ACCOUNT_LOCKED', lockedUntil: until ? new Date(until).toISOString() : null } },
  );
}
