import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';

@ObjectType({ description: "A scorecard published for the partnership's website: a frozen copy of the figures, shown by an embeddable page." })
export class ObaPublication {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'The unguessable part of the public address; it stays the same when the scorecard is published again.' })
  token!: string;

  @Field(() => String, { description: 'The embeddable page’s path, e.g. `/embed/scorecard/<token>`: the page shows nothing but the published figures.' })
  embedPath!: string;

  @Field(() => String, { description: 'The same figures as JSON, for the partnership’s own website tools.' })
  dataPath!: string;

  @Field(() => DateScalar, { description: 'The figures’ date.' })
  asOf!: string;

  @Field(() => Boolean)
  headlineOnly!: boolean;

  @Field(() => Int, { description: 'How many measures the published copy holds.' })
  measureCount!: number;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => String)
  publishedBy!: string;

  @Field(() => Date, { nullable: true, description: 'Set when the publication was withdrawn (or replaced by a newer one).' })
  withdrawnAt!: Date | null;
}
