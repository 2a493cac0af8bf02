import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';

export enum AuditReturnStatus {
  SENT = 'sent',
  REMINDED = 'reminded',
  RETURNED = 'returned',
  OVERDUE = 'overdue',
}

export enum AuditReturnKind {
  SELF_ASSESSMENT = 'self-assessment',
  CASE_AUDIT = 'case-audit',
}

registerEnumType(AuditReturnStatus, {
  name: 'AuditReturnStatus',
  description: "Where an agency's audit return stands as of a day, as for information requests: sent, reminded, returned, or overdue.",
});
registerEnumType(AuditReturnKind, {
  name: 'AuditReturnKind',
  description: 'What the agency returns: a self-assessment (a rating and evidence per standard) or a case audit (a narrative per case).',
});

@ObjectType({ description: "An agency's invitation to return its part of an audit round by a date, tracked and chased until it is returned." })
export class AuditAgencyReturn {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  auditId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => DateScalar, { description: 'The day the agency was invited.' })
  sentOn!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the business unit last invited the agency again, if it did.' })
  remindedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the agency submitted its return; null while outstanding.' })
  returnedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who submitted the return.' })
  submittedBy!: string | null;

  @Field(() => String, { nullable: true, description: "The agency's summary of its return (a draft only for the business unit and the agency's leads)." })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  invitedBy!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: "An agency's narrative on one case of a case audit, part of its return." })
export class AuditReturnCaseNarrative {
  @Field(() => ID)
  auditCaseId!: string;

  @Field(() => String)
  narrative!: string;
}
