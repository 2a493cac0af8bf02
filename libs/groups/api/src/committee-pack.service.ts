import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nextMeetingOn, packAsOf, previousMeetingOn } from '@sli/groups-domain';
import { queueEmail } from '@sli/reminders-api';
import { APP_CONFIG, InputError, NotFoundError, type AppConfig } from '@sli/shared/api-core';
import { longDate, todayInEngland } from '@sli/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ACTION_COUNT_SQL, AWAITING_SIGN_OFF_SQL, CHANGES_SQL, DUE_BEFORE_NEXT_SQL, OVERDUE_SQL } from './committee-pack.sql';
import { GroupEntity } from './group.entity';
import { MeetingEntity } from './meeting.entity';
import type { CommitteePack, PackAction, PackStatusChange, SendPackResult } from './models/committee-pack.model';
import { packMail, queuePackNotice } from './pack-mail';

/** A meeting's committee pack: its figures, and sending it to the group's members through the outbox. */
@Injectable()
export class CommitteePackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The pack as of the meeting's day, or today for a meeting still to come; an earlier `asOf` may be
   * asked for (to see the pack as it stood), never a later one.
   */
  async pack(meetingId: string, asOf?: string | null, m: EntityManager = this.dataSource.manager): Promise<CommitteePack> {
    const meeting = await m.findOneBy(MeetingEntity, { id: meetingId });
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    const group = await m.findOneByOrFail(GroupEntity, { id: meeting.groupId });
    const latest = packAsOf(meeting.meetsOn, todayInEngland());
    if (asOf && asOf > latest) {
      throw new InputError([{ field: 'asOf', message: `must be on or before ${longDate(latest)}: the meeting's day, and never after today` }]);
    }
    const day = asOf ?? latest;
    const meetings = await m.find(MeetingEntity, { where: { groupId: group.id } });
    const previous = previousMeetingOn(meetings, meeting.meetsOn);
    const next = nextMeetingOn(
      meetings.map((x) => x.meetsOn),
      meeting.meetsOn,
      group.cadenceWeeks,
    );
    const [[{ count }], changes, overdue, due, awaiting] = (await Promise.all([
      m.query(ACTION_COUNT_SQL, [group.id, day]),
      m.query(CHANGES_SQL, [group.id, day, previous]),
      m.query(OVERDUE_SQL, [group.id, day]),
      next ? m.query(DUE_BEFORE_NEXT_SQL, [group.id, day, next]) : Promise.resolve([]),
      m.query(AWAITING_SIGN_OFF_SQL, [group.id, day]),
    ])) as [[{ count: number }], PackStatusChange[], PackAction[], PackAction[], PackAction[]];
    return {
      meetingId,
      asOf: day,
      previousMeetingOn: previous,
      nextMeetingOn: next,
      actionCount: count,
      changes,
      overdue,
      dueBeforeNextMeeting: due,
      awaitingSignOff: awaiting,
    };
  }

  /**
   * Queues the pack by email to each member serving on the pack's day who has an account (one email
   * each, however many terms they hold), in one transaction. Each email's key names the meeting and
   * the user, so sending again adds nothing for anyone already sent it; each member sent it also gets
   * a notice in the product under the same key, linking to the meeting's pack page.
   */
  sendPack(meetingId: string): Promise<SendPackResult> {
    return this.dataSource.transaction(async (m) => {
      const pack = await this.pack(meetingId, null, m);
      const meeting = await m.findOneByOrFail(MeetingEntity, { id: meetingId });
      const group = await m.findOneByOrFail(GroupEntity, { id: meeting.groupId });
      const members = (await m.query(
        `SELECT DISTINCT ON (coalesce(gm.user_id::text, gm.id::text)) gm.user_id AS "userId", u.email
           FROM group_members gm LEFT JOIN users u ON u.id = gm.user_id AND NOT u.disabled
          WHERE gm.group_id = $1 AND gm.from_on <= $2::date AND (gm.to_on IS NULL OR gm.to_on >= $2::date)
          ORDER BY coalesce(gm.user_id::text, gm.id::text)`,
        [group.id, pack.asOf],
      )) as { userId: string | null; email: string | null }[];
      const link = `${(this.config.PUBLIC_URL ?? `http://127.0.0.1:${this.config.PORT}`).replace(/\/$/, '')}/groups/${group.id}/meetings/${meeting.id}`;
      const mail = packMail(group.name, meeting.meetsOn, pack, link);
      const result: SendPackResult = { queued: 0, alreadySent: 0, withoutAccount: 0 };
      for (const member of members) {
        if (!member.userId || !member.email) {
          result.withoutAccount++;
          continue;
        }
        const key = `pack:${meeting.id}:${member.userId}`;
        const id = await queueEmail(m, { partnershipId: group.partnershipId, userId: member.userId, to: member.email, key, ...mail });
        // The same message in the notification centre, under the same key: once per member and meeting.
        await queuePackNotice(m, { partnershipId: group.partnershipId, userId: member.userId, meetingId: meeting.id, key, emailId: id, link }, group.name, meeting.meetsOn, pack);
        if (id) result.queued++;
        else result.alreadySent++;
      }
      return result;
    });
  }
}
