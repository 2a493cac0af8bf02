import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CROSS_PARTNERSHIP_ROLES,
  ForbiddenError,
  InputError,
  isRole,
  NotFoundError,
  oneRow,
  partnershipScope,
  type Caller,
  type FieldProblem,
  type Role,
} from '@sli/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { MEMBERSHIP_COLUMNS } from './memberships.sql';
import { hashPassword, passwordProblems } from './passwords';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  partnershipIds: string[];
  agencyIds: string[];
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  partnershipIds: string[];
  agencyId?: string | null;
  password?: string | null;
  /** An argon2id hash made earlier, for many users with one password (the demo users): skips hashing. */
  passwordHash?: string | null;
}

export interface UserChanges {
  name?: string | null;
  role?: string | null;
  partnershipIds?: string[] | null;
  agencyId?: string | null;
  disabled?: boolean | null;
  password?: string | null;
}

const USER_COLUMNS = `
  u.id, u.email, u.name, u.role, u.disabled, (u.password_hash IS NOT NULL) AS "hasPassword",
  CASE WHEN u.locked_until > now() THEN u.locked_until END AS "lockedUntil", u.last_sign_in_at AS "lastSignInAt", u.created_at AS "createdAt",
  ${MEMBERSHIP_COLUMNS}`;

/**
 * Users and their partnerships. Admins manage the users of their own partnerships (never cross-partnership
 * roles); system admins manage everyone. The command line acts as a system admin.
 */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Users the caller may manage, optionally those of one partnership, by name. */
  async list(caller: Caller, partnershipId?: string | null): Promise<UserRow[]> {
    const scope = partnershipScope(caller);
    const params: unknown[] = [];
    const where: string[] = [];
    if (partnershipId) {
      params.push(partnershipId);
      where.push(`EXISTS (SELECT 1 FROM user_partnerships up WHERE up.user_id = u.id AND up.partnership_id = $${params.length})`);
    }
    if (caller.role !== 'system-admin') {
      params.push(scope === 'all' ? [] : [...scope]);
      where.push(`EXISTS (SELECT 1 FROM user_partnerships up WHERE up.user_id = u.id AND up.partnership_id = ANY ($${params.length}::uuid[]))`);
    }
    return this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM users u ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY lower(u.name), u.email`,
      params,
    ) as Promise<UserRow[]>;
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<UserRow> {
    const [row] = (await m.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id])) as UserRow[];
    if (!row) throw new NotFoundError('User', id);
    return row;
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.email = $1`, [email.trim().toLowerCase()])) as UserRow[];
    return row;
  }

  /** Creates a user with their partnerships (and agency, for an agency lead), all or nothing. */
  async create(input: NewUser, caller: Caller | 'cli'): Promise<UserRow> {
    const email = input.email.trim().toLowerCase();
    const problems = shapeProblems(input.role, input.partnershipIds, input.agencyId ?? null);
    if (input.password) problems.push(...passwordProblems(input.password, email));
    if (caller !== 'cli') problems.push(...managerProblems(caller, input.role, input.partnershipIds));
    throwIfAny(problems);
    const hash = input.password ? (input.passwordHash ?? (await hashPassword(input.password))) : null;
    return this.dataSource.transaction(async (m) => {
      const [taken] = (await m.query(`SELECT 1 FROM users WHERE email = $1`, [email])) as unknown[];
      if (taken) throw new InputError([{ field: 'email', message: `is already used by another user (${email})` }]);
      const created = oneRow(
        (await m.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [email, input.name.trim(), input.role, hash],
      )) as { id: string }[],
        'INSERT INTO users',
      );
      await setMemberships(m, created.id, input.partnershipIds, input.agencyId ?? null);
      return this.get(created.id, m);
    });
  }

  /** Changes a user; disabling one ends their sessions and tokens at once. */
  async update(id: string, input: UserChanges, caller: Caller | 'cli'): Promise<UserRow> {
    return this.dataSource.transaction(async (m) => {
      const [locked] = (await m.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [id])) as unknown[];
      if (!locked) throw new NotFoundError('User', id);
      const existing = await this.get(id, m);
      if (caller !== 'cli') throwIfAny(managerProblems(caller, existing.role, existing.partnershipIds));
      const role = input.role ?? existing.role;
      const partnershipIds = input.partnershipIds ?? existing.partnershipIds;
      const agencyId = input.agencyId !== undefined ? input.agencyId : (existing.agencyIds[0] ?? null);
      const problems = shapeProblems(role, partnershipIds, agencyId);
      if (input.password) problems.push(...passwordProblems(input.password, existing.email));
      if (caller !== 'cli') {
        problems.push(...managerProblems(caller, role, partnershipIds));
        if (caller.userId === id && (input.disabled || (input.role && input.role !== existing.role))) {
          problems.push({ field: input.disabled ? 'disabled' : 'role', message: 'you cannot disable yourself or change your own role' });
        }
      }
      throwIfAny(problems);
      await m.query(
        `UPDATE users SET name = coalesce($2, name), role = $3, disabled = coalesce($4, disabled), updated_at = now() WHERE id = $1`,
        [id, input.name?.trim() ?? null, role, input.disabled ?? null],
      );
      if (input.password) {
        await m.query(`UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL WHERE id = $1`, [id, await hashPassword(input.password)]);
      }
      if (input.partnershipIds || input.agencyId !== undefined) await setMemberships(m, id, partnershipIds, agencyId);
      if (input.disabled) {
        await m.query(`UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [id]);
        await m.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      }
      return this.get(id, m);
    });
  }
}

function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}

/** A role's shape: partnership roles need a partnership, cross-partnership roles none, agency leads an agency. */
function shapeProblems(role: string, partnershipIds: readonly string[], agencyId: string | null): FieldProblem[] {
  if (!isRole(role)) return [{ field: 'role', message: `must be one of the roles (got ${role})` }];
  const problems: FieldProblem[] = [];
  const cross = CROSS_PARTNERSHIP_ROLES.includes(role);
  if (cross && partnershipIds.length > 0) problems.push({ field: 'partnershipId', message: `must be empty for a ${role}: the role spans every partnership` });
  if (!cross && partnershipIds.length === 0) problems.push({ field: 'partnershipId', message: `is required for a ${role}` });
  if (role === 'agency-lead' && !agencyId) problems.push({ field: 'agencyId', message: 'is required for an agency lead: the agency whose actions they update' });
  if (role !== 'agency-lead' && agencyId) problems.push({ field: 'agencyId', message: 'is only for agency leads' });
  return problems;
}

/** Admins manage partnership roles in their own partnerships only. */
function managerProblems(caller: Caller, role: string, partnershipIds: readonly string[]): FieldProblem[] {
  if (caller.role === 'system-admin') return [];
  if (caller.role !== 'admin') throw new ForbiddenError('Only admins and system admins manage users');
  if (isRole(role) && CROSS_PARTNERSHIP_ROLES.includes(role)) {
    return [{ field: 'role', message: `only a system admin can give the ${role} role` }];
  }
  const outside = partnershipIds.filter((p) => !caller.partnershipIds.includes(p));
  if (outside.length > 0) throw new ForbiddenError('You can manage users of your own partnerships only');
  return [];
}

async function setMemberships(m: EntityManager, userId: string, partnershipIds: readonly string[], agencyId: string | null): Promise<void> {
  const unique = [...new Set(partnershipIds)];
  const found = (await m.query(`SELECT id FROM partnerships WHERE id = ANY ($1::uuid[])`, [unique])) as { id: string }[];
  if (found.length !== unique.length) {
    throw new InputError([{ field: 'partnershipId', message: 'refers to a partnership that does not exist' }]);
  }
  let agencyPartnership: string | null = null;
  if (agencyId) {
    const [agency] = (await m.query(`SELECT partnership_id FROM agencies WHERE id = $1 AND partnership_id = ANY ($2::uuid[])`, [agencyId, unique])) as {
      partnership_id: string;
    }[];
    if (!agency) throw new InputError([{ field: 'agencyId', message: "must be an agency of the user's partnership" }]);
    agencyPartnership = agency.partnership_id;
  }
  await m.query(`DELETE FROM user_partnerships WHERE user_id = $1 AND NOT (partnership_id = ANY ($2::uuid[]))`, [userId, unique]);
  for (const pid of unique) {
    await m.query(
      `INSERT INTO user_partnerships (user_id, partnership_id, agency_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, partnership_id) DO UPDATE SET agency_id = excluded.agency_id
       WHERE user_partnerships.agency_id IS DISTINCT FROM excluded.agency_id`,
      [userId, pid, pid === agencyPartnership ? agencyId : null],
    );
  }
}
