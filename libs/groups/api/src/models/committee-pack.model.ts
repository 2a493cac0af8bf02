import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus } from '@sli/actions-api';
import { DateScalar } from '@sli/shared/api-core';

@ObjectType({ description: "One of the group's actions as the pack shows it, as of the pack's date." })
export class PackAction {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The owner agency.' })
  ownerAgency!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => ActionStatus, { description: 'Its status on the pack date.' })
  status!: ActionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Completed on, or cancelled on, for one awaiting sign-off.' })
  closedOn!: string | null;

  @Field(() => Int, { description: 'Days past the due date on the pack date; 0 unless overdue.' })
  daysOverdue!: number;
}

@ObjectType({ description: "A change of status of one of the group's actions (or its creation, fromStatus null)." })
export class PackStatusChange {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { description: 'The day in England it was recorded.' })
  changedOn!: string;

  @Field(() => ActionStatus, { nullable: true, description: 'Null when the update records the action being agreed.' })
  fromStatus!: ActionStatus | null;

  @Field(() => ActionStatus)
  toStatus!: ActionStatus;

  @Field(() => String)
  changedBy!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({
  description:
    "A meeting's committee pack, for the group's actions as of `asOf` (the meeting's day, or today for one still to come): what changed since the previous held meeting, what is overdue, what falls due before the next meeting, what awaits sign-off.",
})
export class CommitteePack {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last meeting held before this one; null for the first (then every change up to asOf).' })
  previousMeetingOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The next recorded meeting after this one, else this one's day plus the cadence; null when neither is known." })
  nextMeetingOn!: string | null;

  @Field(() => Int, { description: 'The actions the group monitors that were agreed by asOf.' })
  actionCount!: number;

  @Field(() => [PackStatusChange], { description: 'After the previous meeting day, up to asOf, oldest first.' })
  changes!: PackStatusChange[];

  @Field(() => [PackAction], { description: 'Open and due before asOf, longest overdue first.' })
  overdue!: PackAction[];

  @Field(() => [PackAction], { description: 'Open, due on or after asOf and before the next meeting, soonest first (empty when no next meeting is known).' })
  dueBeforeNextMeeting!: PackAction[];

  @Field(() => [PackAction], { description: 'Completed, impact evidenced or cancelled by asOf, and not signed off by then.' })
  awaitingSignOff!: PackAction[];
}

@ObjectType({ description: 'What sending a pack did: one email per member with an account, each at most once per meeting.' })
export class SendPackResult {
  @Field(() => Int, { description: 'Emails added to the outbox now.' })
  queued!: number;

  @Field(() => Int, { description: "Members already sent this meeting's pack: nothing added for them." })
  alreadySent!: number;

  @Field(() => Int, { description: 'Members without an account (a name only): nobody to email.' })
  withoutAccount!: number;
}
