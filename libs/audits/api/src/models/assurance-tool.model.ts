import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { AssuranceToolKind, AssuranceToolStatus } from '../assurance-tool.enums';

@ObjectType({ description: 'A standard (or question) of one version of an assurance tool.' })
export class ToolStandard {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  toolId!: string;

  @Field(() => String, { description: 'Stable code within the tool, e.g. `leadership-and-board-lead`.' })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Reading order in the tool, from 1.' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'The group or domain the standard sits in, if the tool groups them.' })
  groupName!: string | null;
}

@ObjectType({ description: "A level of a tool's rating scale." })
export class ToolRatingLevel {
  @Field(() => String, { description: 'The rating stored on an assessment, e.g. `green`.' })
  code!: string;

  @Field(() => String, { description: "The tool's words for the level, e.g. `Green: met`." })
  label!: string;

  @Field(() => Int, { description: 'Order on the scale, worst first, from 1.' })
  position!: number;

  @Field(() => Boolean, { description: 'Whether a rating at this level counts as the standard met.' })
  met!: boolean;
}

@ObjectType({ description: "One version of a partnership's assurance tool: its standards and rating scale." })
export class AssuranceTool {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'Shared by every version of one tool; rounds compare only within one key.' })
  toolKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AssuranceToolKind)
  kind!: AssuranceToolKind;

  @Field(() => Int)
  version!: number;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;

  @Field(() => AssuranceToolStatus)
  status!: AssuranceToolStatus;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Boolean, { description: 'Shipped with the product rather than written by the partnership.' })
  isDefault!: boolean;
}

@ObjectType({ description: "A domain of practice the partnership's case audits grade." })
export class AuditDomainDefinition {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Boolean, { description: 'Kept for past grades; not offered for new ones.' })
  retired!: boolean;

  @Field(() => Boolean, { description: 'One of the domains every partnership starts with, rather than one its admins added.' })
  isDefault!: boolean;
}
