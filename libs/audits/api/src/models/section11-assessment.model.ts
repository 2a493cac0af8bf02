import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { RagRating } from '../audit.enums';

@ObjectType({ description: "An agency's self-assessment against one section 11 standard, and its moderation." })
export class Section11Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => ID)
  auditId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => String, { description: "The standard's code in its tool, e.g. `senior-management-commitment` (before issue 10 this was the Section11Standard enum)." })
  standard!: string;

  @Field(() => ID, { description: 'The standard of the audit\'s tool this assessment rates.' })
  toolStandardId!: string;

  @Field(() => RagRating)
  selfRating!: RagRating;

  @Field(() => RagRating, { nullable: true, description: 'The rating after moderation, once moderated.' })
  moderatedRating!: RagRating | null;

  @Field(() => String, { nullable: true })
  narrative!: string | null;

  @Field(() => String, { nullable: true })
  evidence!: string | null;

  @Field(() => String, { nullable: true })
  moderationNote!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class Section11AssessmentConnection extends Connection(Section11Assessment) {}
