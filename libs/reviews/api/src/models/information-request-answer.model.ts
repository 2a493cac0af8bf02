import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { KnownToAgency } from '../information-request-answer.enums';

@ObjectType({ description: "One row of an agency's chronology: what happened on a day, by pseudonym (\"Child A\"), never by name." })
export class ChronologyEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID, { description: 'The information request whose answer holds the row.' })
  informationRequestId!: string;

  @Field(() => Int, { description: 'Its row number in the answer, from 1.' })
  position!: number;

  @Field(() => DateScalar, { description: 'The date of the event.' })
  occurredOn!: string;

  @Field(() => ID, { description: 'The agency involved in the event (by default the answering agency).' })
  agencyId!: string;

  @Field(() => String)
  event!: string;

  @Field(() => String, { nullable: true, description: 'Where the entry comes from (case notes, a system, a record).' })
  source!: string | null;
}

@ObjectType()
export class ChronologyEntryConnection extends Connection(ChronologyEntry) {}

@ObjectType({ description: "An agency's answer to an information request (the scoping return): a draft until it is submitted, which returns the request." })
export class InformationRequestAnswer {
  @Field(() => ID)
  informationRequestId!: string;

  @Field(() => KnownToAgency, { nullable: true, description: 'Whether the subject was known to the agency.' })
  knownToAgency!: KnownToAgency | null;

  @Field(() => DateScalar, { nullable: true, description: "Start of the agency's involvement." })
  involvedFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "End of the agency's involvement (null: ongoing or not given)." })
  involvedTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of involvement.' })
  involvement!: string | null;

  @Field(() => String, { nullable: true, description: 'Analysis: learning the agency identified.' })
  analysis!: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else the agency wants the review to know.' })
  notes!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was first submitted; null while it is a draft.' })
  submittedOn!: string | null;

  @Field(() => String, { nullable: true })
  submittedBy!: string | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}
