import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A result of Results-Based Accountability: a condition of well-being for a population ("Children are safe from abuse and neglect"), ' +
    'with its indicators and the strategies partners follow to turn the curve.',
})
export class ObaResult {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'Your own reference, unique in the partnership.' })
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The population the result is for, e.g. "Children and young people in Eastshire".' })
  population!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Order on the scorecard, lowest first.' })
  position!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'A strategy: what partners do together to turn the curve of one result, with its actions and performance measures.' })
export class ObaStrategy {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  resultId!: string;

  @Field(() => String, { description: 'Your own reference, unique in the partnership.' })
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Order under its result, lowest first.' })
  position!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}
