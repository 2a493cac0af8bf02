import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { GroupKind, MeetingStatus, MemberRole } from '../group.enums';

@ObjectType({ description: "A partnership's board, executive, subgroup or forum: its purpose, how often it meets, its members and meetings." })
export class Group {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'Unique in the partnership, ignoring case; the name actions give as their monitoring committee.' })
  name!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => Int, { nullable: true, description: 'How often it meets, in weeks (e.g. 6 for a learning group every six weeks).' })
  cadenceWeeks!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: "One term of a person on a group: a user of the partnership, or a name and agency for someone without an account; a role from one day to another, so a rotating chair is history." })
export class GroupMember {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => ID, { nullable: true, description: 'The user, when they have an account.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of someone without an account; null for a user.' })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency of someone without an account (required for them); null for a user (see agency).' })
  agencyId!: string | null;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => DateScalar, { description: 'The first day of the term.' })
  fromOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the term; null while it runs.' })
  toOn!: string | null;
}

@ObjectType({ description: "A meeting of a group: its day, whether held, its minutes and the decisions recorded at it." })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => DateScalar)
  meetsOn!: string;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true })
  minutes!: string | null;
}

@ObjectType({ description: 'A decision recorded at a meeting, optionally about one action of the group.' })
export class MeetingDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => ID, { nullable: true })
  actionId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}
