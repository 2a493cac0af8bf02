import { todayInEngland } from '@sli/shared/domain';
import { ForbiddenError, UnauthenticatedError, type Caller } from './caller';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Whether this caller may write a group's meeting records (decisions, minutes, sign-offs at its
 * meetings): the business unit (admin) always; anyone else only as a current member of the group
 * (any role on it, chair included, in a term that covers today). Shared by groups and actions, which
 * do not import each other. Returns the group's name for messages (null when there is no such group).
 */
export async function mayRecordForGroup(q: Queryable, caller: Caller | undefined, groupId: string): Promise<{ allowed: boolean; groupName: string | null }> {
  const [found] = (await q.query(
    `SELECT g.name, EXISTS (
        SELECT 1 FROM group_members gm
         WHERE gm.group_id = g.id AND gm.user_id = $2 AND gm.from_on <= $3::date AND (gm.to_on IS NULL OR gm.to_on >= $3::date)
       ) AS member
       FROM groups g WHERE g.id = $1`,
    [groupId, caller?.userId ?? null, todayInEngland()],
  )) as { name: string; member: boolean }[];
  return { allowed: caller?.role === 'admin' || found?.member === true, groupName: found?.name ?? null };
}

/** Refuses, naming the group, a caller who may not write its meeting records; call after the permission table. */
export async function assertMayRecordForGroup(q: Queryable, caller: Caller | undefined, groupId: string, what: string): Promise<void> {
  if (!caller) throw new UnauthenticatedError();
  const { allowed, groupName } = await mayRecordForGroup(q, caller, groupId);
  if (allowed) return;
  throw new ForbiddenError(`Only the business unit or a current member of ${groupName ? `the ${groupName}` : 'the group'} may ${what}: you are not on the group today`);
}
