import { GraphQLError } from 'graphql';

/** Every role, as stored and as typed on the command line. Deny by default: a role may do only what the permission table lists. */
export const ROLES = [
  'admin',
  'agency-lead',
  'committee-member',
  'board-member',
  'analyst',
  'national-analyst',
  'system-admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that see every partnership (national analysts only published figures; system admins only partnerships and users). */
export const CROSS_PARTNERSHIP_ROLES: readonly Role[] = ['national-analyst', 'system-admin'];

/** The signed-in user behind a request, as the API and the database see it. */
export interface Caller {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The partnerships the user belongs to (for cross-partnership roles: still their own, if any). */
  partnershipIds: readonly string[];
  /** Agencies the user acts for, one per membership at most (agency leads). */
  agencyIds: readonly string[];
  via: 'session' | 'token' | 'cli';
  sessionId?: string;
  tokenId?: string;
}

/** The partnerships a caller may read: every one, or a list. */
export function partnershipScope(caller: Caller | undefined): 'all' | readonly string[] {
  if (!caller) return [];
  return CROSS_PARTNERSHIP_ROLES.includes(caller.role) ? 'all' : caller.partnershipIds;
}

export function inScope(caller: Caller | undefined, partnershipId: string): boolean {
  const scope = partnershipScope(caller);
  return scope === 'all' || scope.includes(partnershipId);
}

/** No session or token, or one that has expired or been revoked. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to continue: no valid session or token was sent') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** A signed-in caller whose role, partnership or agency does not allow this. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

/**
 * Agency leads change only what their own agency owns; other roles allowed to make the change
 * may change any record of their partnerships. Call after the permission table has allowed the operation.
 */
export function assertMayChangeOwned(caller: Caller | undefined, record: { partnershipId: string; agencyId: string | null }, what: string): void {
  if (!caller) throw new UnauthenticatedError();
  if (!inScope(caller, record.partnershipId)) throw new ForbiddenError(`This ${what} is not in one of your partnerships`);
  if (caller.role === 'agency-lead' && (!record.agencyId || !caller.agencyIds.includes(record.agencyId))) {
    throw new ForbiddenError(`Agency leads change only the ${what}s their own agency owns; this one is owned by another agency`);
  }
}

/** The signed-in caller of a request the permission guard has let through; none means a guard is missing. */
export function requireCaller(ctx: { caller?: Caller }): Caller {
  if (!ctx.caller) throw new UnauthenticatedError();
  return ctx.caller;
}
