import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { termProblems } from '@sli/groups-domain';
import { assertNothingDepends, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage } from '@sli/shared/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AddGroupMemberInput, CreateGroupInput, UpdateGroupInput, UpdateGroupMemberInput } from './dto/group.input';
import { GroupMemberEntity } from './group-member.entity';
import { GroupEntity } from './group.entity';
import { patchProblems, throwIfAny, withoutUndefined } from './patch';

/** What depends on a group: the actions it monitors (its members and meetings go with it). */
const GROUP_DEPENDENTS = [{ noun: ['action it monitors', 'actions it monitors'], sql: 'SELECT ref FROM actions WHERE group_id = $1' }] as const;

/** A partnership's groups and their members' terms. */
@Injectable()
export class GroupsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The partnerships' groups (null: every partnership the caller may read, as row-level security
   * leaves them): by partnership, the board first, then executive, subgroups and forums, each by name.
   */
  list(partnershipIds: readonly string[] | null): Promise<GroupEntity[]> {
    if (partnershipIds?.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.getRepository(GroupEntity).createQueryBuilder('g');
    if (partnershipIds) qb.where('g.partnershipId IN (:...partnershipIds)', { partnershipIds });
    return qb
      .orderBy('g.partnershipId')
      .addOrderBy(`array_position(ARRAY['board', 'executive', 'subgroup', 'forum'], g.kind)`)
      .addOrderBy('lower(g.name)')
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return this.dataSource.getRepository(GroupEntity).findBy({ id: In([...ids]) });
  }

  /** Terms of many groups: chairs first, then vice-chairs and members, each current before past, by start. */
  findMembers(groupIds: readonly string[]): Promise<GroupMemberEntity[]> {
    return this.dataSource
      .getRepository(GroupMemberEntity)
      .createQueryBuilder('m')
      .where('m.groupId IN (:...groupIds)', { groupIds })
      .orderBy(`array_position(ARRAY['chair', 'vice-chair', 'member'], m.role)`)
      .addOrderBy('m.fromOn', 'DESC')
      .addOrderBy('m.id')
      .getMany();
  }

  create(input: CreateGroupInput): Promise<GroupEntity> {
    return this.dataSource.transaction((m) =>
      m.save(GroupEntity, m.create(GroupEntity, { ...input, name: input.name.trim(), purpose: input.purpose ?? null, cadenceWeeks: input.cadenceWeeks ?? null })),
    );
  }

  /** Renaming a group renames it on its actions too (the database keeps the name with them). */
  update(id: string, input: UpdateGroupInput): Promise<GroupEntity> {
    throwIfAny(patchProblems(input, ['name', 'kind']));
    return this.dataSource.transaction(async (m) => {
      const existing = await lockGroup(m, id);
      const patch = withoutUndefined(input);
      if (patch.name) patch.name = patch.name.trim();
      return m.save(GroupEntity, Object.assign(existing, patch));
    });
  }

  /** Deletes a group with its members and meetings; refused while it monitors actions. Returns it as it was. */
  remove(id: string): Promise<GroupEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await lockGroup(m, id);
      await assertNothingDepends(m, { entity: 'Group', id, ref: `"${existing.name}"` }, GROUP_DEPENDENTS);
      await m.delete(GroupEntity, { id });
      return { ...existing };
    });
  }

  addMember(input: AddGroupMemberInput): Promise<GroupMemberEntity> {
    return this.dataSource.transaction(async (m) => {
      const group = await lockGroup(m, input.groupId);
      const term = m.create(GroupMemberEntity, {
        partnershipId: group.partnershipId,
        groupId: group.id,
        userId: input.userId ?? null,
        name: input.name?.trim() || null,
        agencyId: input.agencyId ?? null,
        role: input.role,
        fromOn: input.fromOn,
        toOn: input.toOn ?? null,
      });
      await checkTerm(m, term);
      return m.save(GroupMemberEntity, term);
    });
  }

  updateMember(id: string, input: UpdateGroupMemberInput): Promise<GroupMemberEntity> {
    throwIfAny(patchProblems(input, ['role', 'fromOn']));
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(GroupMemberEntity, { id });
      if (!existing) throw new NotFoundError('GroupMember', id);
      await lockGroup(m, existing.groupId);
      const term = Object.assign(existing, withoutUndefined(input));
      await checkTerm(m, term);
      return m.save(GroupMemberEntity, term);
    });
  }

  /** Removes a term recorded in error; to record that someone left, end the term (toOn) instead. */
  removeMember(id: string): Promise<GroupMemberEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(GroupMemberEntity, { id });
      if (!existing) throw new NotFoundError('GroupMember', id);
      await m.delete(GroupMemberEntity, { id });
      return { ...existing };
    });
  }
}

/** Locked, so two terms of one group are checked against each other one at a time. */
async function lockGroup(m: EntityManager, id: string): Promise<GroupEntity> {
  const found = await m.findOne(GroupEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw new NotFoundError('Group', id);
  return found;
}

/**
 * A term names a user of the group's partnership or a person by name with an agency (not both); its
 * agency is one of the partnership's; its dates fit; one chair (and one vice-chair) at a time.
 */
async function checkTerm(m: EntityManager, t: GroupMemberEntity): Promise<void> {
  const problems: FieldProblem[] = [];
  if (t.userId && t.name) problems.push({ field: 'name', message: 'is for someone without an account: give a user or a name, not both' });
  if (!t.userId && !t.name) problems.push({ field: 'userId', message: 'is required, or the name of someone without an account' });
  if (t.name && !t.agencyId) problems.push({ field: 'agencyId', message: 'is required for someone without an account' });
  const [found] = (await m.query(
    `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM user_partnerships WHERE partnership_id = $1 AND user_id = $2)) AS "user",
            ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM agencies WHERE partnership_id = $1 AND id = $3)) AS agency`,
    [t.partnershipId, t.userId, t.agencyId],
  )) as { user: boolean; agency: boolean }[];
  if (!found?.user) problems.push({ field: 'userId', message: outsidePartnershipMessage('user') });
  if (!found?.agency) problems.push({ field: 'agencyId', message: outsidePartnershipMessage('agency') });
  const others = await m.find(GroupMemberEntity, { where: { groupId: t.groupId } });
  problems.push(...termProblems(t, others));
  throwIfAny(problems);
}
