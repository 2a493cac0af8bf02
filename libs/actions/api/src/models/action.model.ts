import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { ActionStatus } from '../action.enums';

@ObjectType({ description: 'An action of an action plan: from one review or audit, owned by one agency, with a due date and status.' })
export class Action {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The review it comes from; exactly one of reviewId and auditId is set.' })
  reviewId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The audit it comes from; exactly one of reviewId and auditId is set.' })
  auditId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The recommendation of that review or audit it answers, if any.' })
  recommendationId!: string | null;

  @Field(() => ID)
  ownerAgencyId!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Set exactly when the status is COMPLETED or IMPACT_EVIDENCED.' })
  completedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was cancelled: set exactly when the status is CANCELLED.' })
  cancelledOn!: string | null;

  @Field(() => String, { nullable: true })
  impactEvidence!: string | null;

  @Field(() => String, { nullable: true, description: "The name of the group (board or subgroup) that monitors it: the group's name, kept with it." })
  monitoringCommittee!: string | null;

  @Field(() => ID, { nullable: true, description: 'The group that monitors it.' })
  groupId!: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting of the group at which it was signed off, if recorded." })
  signedOffMeetingId!: string | null;
  @Field(() => ID, { nullable: true, description: "The audit round named to show the action's impact (impactAudit)." })
  impactAuditId!: string | null;

  @Field(() => ID, { nullable: true, description: "The OBA measure named to show the action's impact (impactMeasure)." })
  impactMeasureId!: string | null;

  @Field(() => DateScalar, { nullable: true })
  signedOffOn!: string | null;

  @Field(() => String, { nullable: true })
  signedOffBy!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ActionConnection extends Connection(Action) {}
