import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { AuditDomain, OfstedGrade } from '../audit.enums';

@ObjectType({ description: "A case's grade in one domain of practice." })
export class AuditDomainGrade {
  @Field(() => AuditDomain)
  domain!: AuditDomain;

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
