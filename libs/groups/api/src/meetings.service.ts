import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { meetingProblems } from '@sli/groups-domain';
import { InputError, NotFoundError } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CreateMeetingInput, RecordMeetingDecisionInput, UpdateMeetingInput } from './dto/group.input';
import { MeetingStatus } from './group.enums';
import { GroupEntity } from './group.entity';
import { MeetingDecisionEntity, MeetingEntity } from './meeting.entity';
import { patchProblems, throwIfAny, withoutUndefined } from './patch';

/** Groups' meetings and the decisions recorded at them. */
@Injectable()
export class MeetingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.dataSource.getRepository(MeetingEntity).findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<MeetingEntity> {
    return getMeeting(this.dataSource.manager, id);
  }

  findDecisionsByIds(ids: readonly string[]): Promise<MeetingDecisionEntity[]> {
    return this.dataSource.getRepository(MeetingDecisionEntity).findBy({ id: In([...ids]) });
  }

  /** Meetings of many groups, most recent first. */
  findByGroups(groupIds: readonly string[]): Promise<MeetingEntity[]> {
    return this.dataSource.getRepository(MeetingEntity).find({ where: { groupId: In([...groupIds]) }, order: { meetsOn: 'DESC' } });
  }

  /** Decisions of many meetings, in the order recorded. */
  findDecisions(meetingIds: readonly string[]): Promise<MeetingDecisionEntity[]> {
    return this.dataSource.getRepository(MeetingDecisionEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  create(input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (m) => {
      const group = await m.findOneBy(GroupEntity, { id: input.groupId });
      if (!group) throw new InputError([{ field: 'groupId', message: 'refers to no group' }]);
      const meeting = m.create(MeetingEntity, {
        partnershipId: group.partnershipId,
        groupId: group.id,
        meetsOn: input.meetsOn,
        status: input.status ?? MeetingStatus.PLANNED,
        minutes: input.minutes ?? null,
      });
      throwIfAny(meetingProblems(meeting, todayInEngland()));
      return m.save(MeetingEntity, meeting);
    });
  }

  update(id: string, input: UpdateMeetingInput): Promise<MeetingEntity> {
    throwIfAny(patchProblems(input, ['meetsOn', 'status']));
    return this.dataSource.transaction(async (m) => {
      const meeting = Object.assign(await getMeeting(m, id), withoutUndefined(input));
      throwIfAny(meetingProblems(meeting, todayInEngland()));
      return m.save(MeetingEntity, meeting);
    });
  }

  /** Deletes a meeting with its decisions; sign-offs given at it keep their date and lose the meeting. */
  remove(id: string): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await getMeeting(m, id);
      await m.delete(MeetingEntity, { id });
      return { ...existing };
    });
  }

  /** A decision at a meeting, about one of the group's own actions if any. */
  recordDecision(input: RecordMeetingDecisionInput): Promise<MeetingDecisionEntity> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await m.findOneBy(MeetingEntity, { id: input.meetingId });
      if (!meeting) throw new InputError([{ field: 'meetingId', message: 'refers to no meeting' }]);
      if (input.actionId) {
        const [own] = (await m.query(`SELECT 1 FROM actions WHERE id = $1 AND group_id = $2`, [input.actionId, meeting.groupId])) as unknown[];
        if (!own) throw new InputError([{ field: 'actionId', message: 'must be an action the group monitors' }]);
      }
      return m.save(
        MeetingDecisionEntity,
        m.create(MeetingDecisionEntity, { partnershipId: meeting.partnershipId, meetingId: meeting.id, text: input.text.trim(), actionId: input.actionId ?? null }),
      );
    });
  }

  removeDecision(id: string): Promise<MeetingDecisionEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(MeetingDecisionEntity, { id });
      if (!existing) throw new NotFoundError('MeetingDecision', id);
      await m.delete(MeetingDecisionEntity, { id });
      return { ...existing };
    });
  }
}

async function getMeeting(m: EntityManager, id: string): Promise<MeetingEntity> {
  const found = await m.findOneBy(MeetingEntity, { id });
  if (!found) throw new NotFoundError('Meeting', id);
  return found;
}
