import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { AgencySector } from '../partnership.enums';

@ObjectType({ description: 'A partner organisation of a partnership.' })
export class Agency {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgencySector)
  sector!: AgencySector;

  @Field(() => Boolean, { description: "False for an organisation outside the partnership's core members." })
  isCoreMember!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class AgencyConnection extends Connection(Agency) {}
