import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { AuditType } from '../audit.enums';

export { AuditType, OfstedGrade, RagRating } from '../audit.enums';

@ObjectType({ description: 'A case audit (multi-agency, single-agency, thematic) or a section 11 audit.' })
export class Audit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'The source system\'s own reference, unique in the partnership.' })
  ref!: string;

  @Field(() => AuditType)
  type!: AuditType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The cycle or round, e.g. `2024-25 Q2` or `S11 2023`.' })
  round!: string | null;

  @Field(() => ID, { nullable: true })
  leadAgencyId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assurance tool version the audit uses (section 11 and other self-assessments).' })
  toolId!: string | null;

  @Field(() => DateScalar, { description: 'The date the audit started; the date it is counted by.' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class AuditConnection extends Connection(Audit) {}
