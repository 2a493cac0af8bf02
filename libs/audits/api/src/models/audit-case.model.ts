import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { OfstedGrade } from '../audit.enums';

@ObjectType({ description: "A case's grade in one of the partnership's domains of practice: overall (no agency) or one agency's." })
export class AuditDomainGrade {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The domain's code in the partnership's audit domains; `domainLabel` is its name." })
  domain!: string;

  @Field(() => ID, { nullable: true, description: "The agency graded; null for the overall multi-agency grade." })
  agencyId!: string | null;

  @Field(() => OfstedGrade)
  grade!: OfstedGrade;

  @Field(() => String, { nullable: true })
  narrative!: string | null;
}

@ObjectType({ description: 'A case graded by a case audit, overall and per domain.' })
export class AuditCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => ID)
  auditId!: string;

  @Field(() => OfstedGrade)
  overallGrade!: OfstedGrade;

  @Field(() => String, { nullable: true })
  narrative!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class AuditCaseConnection extends Connection(AuditCase) {}
