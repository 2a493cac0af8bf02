import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { PartnershipKind } from '../partnership.enums';

@ObjectType({ description: 'A safeguarding partnership: the tenant that owns every other record.' })
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The partnership's own stable reference, e.g. `LSCP-LEEDS`." })
  ref!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Int, { description: 'Published figures from 1 to this number are suppressed (shown as c).' })
  suppressionThreshold!: number;

  @Field(() => Int, { description: 'Weeks after a training session that the practice-change follow-up is sent.' })
  followUpWeeks!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class PartnershipConnection extends Connection(Partnership) {}
