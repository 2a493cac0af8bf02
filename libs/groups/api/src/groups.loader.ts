import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { DataSource } from 'typeorm';
import type { GroupMemberEntity } from './group-member.entity';
import type { GroupEntity } from './group.entity';
import type { GroupsService } from './groups.service';
import type { MeetingDecisionEntity, MeetingEntity } from './meeting.entity';
import type { MeetingsService } from './meetings.service';

/** Batched look-ups: each relation of a list of groups or meetings costs one query per request. */
export function groupLoader(ctx: RequestContext, service: GroupsService) {
  return ctx.loaders.get<string, GroupEntity | null>('group.byId', async (ids) => byKey(ids, await service.findByIds(ids), (g) => g.id));
}

export function membersLoader(ctx: RequestContext, service: GroupsService) {
  return ctx.loaders.get<string, GroupMemberEntity[]>('groupMembers.byGroupId', async (ids) => groupByKey(ids, await service.findMembers(ids), (m) => m.groupId));
}

export function meetingLoader(ctx: RequestContext, service: MeetingsService) {
  return ctx.loaders.get<string, MeetingEntity | null>('meeting.byId', async (ids) => byKey(ids, await service.findByIds(ids), (m) => m.id));
}

export function meetingsLoader(ctx: RequestContext, service: MeetingsService) {
  return ctx.loaders.get<string, MeetingEntity[]>('meetings.byGroupId', async (ids) => groupByKey(ids, await service.findByGroups(ids), (m) => m.groupId));
}

export function decisionsLoader(ctx: RequestContext, service: MeetingsService) {
  return ctx.loaders.get<string, MeetingDecisionEntity[]>('meetingDecisions.byMeetingId', async (ids) =>
    groupByKey(ids, await service.findDecisions(ids), (d) => d.meetingId),
  );
}

/**
 * How many actions each group monitors, counted in the database: loading the actions to count them read
 * 40,000 rows into memory for the national list of 400 groups (526 ms) where a grouped count needs none.
 */
export function actionCountLoader(ctx: RequestContext, db: DataSource) {
  return ctx.loaders.get<string, number>('groupActionCount.byGroupId', async (ids) => {
    const rows = (await db.query(`SELECT group_id AS id, count(*)::int AS n FROM actions WHERE group_id = ANY($1::uuid[]) GROUP BY group_id`, [
      [...ids],
    ])) as { id: string; n: number }[];
    return byKey(ids, rows, (r) => r.id).map((r) => r?.n ?? 0);
  });
}

/** Users' names, for members who have an account. */
export function userNameLoader(ctx: RequestContext, db: DataSource) {
  return ctx.loaders.get<string, string | null>('userName.byId', async (ids) => {
    const rows = (await db.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [[...ids]])) as { id: string; name: string }[];
    return byKey(ids, rows, (r) => r.id).map((r) => r?.name ?? null);
  });
}

/** The agency a user acts for in a partnership (an agency lead's), keyed `userId:partnershipId`. */
export function userAgencyLoader(ctx: RequestContext, db: DataSource) {
  return ctx.loaders.get<string, string | null>('userAgency.byUserPartnership', async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows = (await db.query(
      `SELECT user_id || ':' || partnership_id AS key, agency_id AS "agencyId" FROM user_partnerships
        WHERE agency_id IS NOT NULL AND (user_id, partnership_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    )) as { key: string; agencyId: string }[];
    return byKey(keys, rows, (r) => r.key).map((r) => r?.agencyId ?? null);
  });
}
