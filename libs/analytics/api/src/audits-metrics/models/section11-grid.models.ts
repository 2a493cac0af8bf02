import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RagRating } from '@sli/audits-api';
import { Section11ModerationChange } from '../audit-metrics.enums';

@ObjectType({ description: "One agency's rating against one standard: its own, the moderated one, and the one that stands." })
export class Section11GridCell {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => String, { description: "The standard's code in the audit's tool." })
  standard!: string;

  @Field(() => RagRating)
  selfRating!: RagRating;

  @Field(() => RagRating, { nullable: true })
  moderatedRating!: RagRating | null;

  @Field(() => RagRating, { description: 'The moderated rating, or the self rating until moderated.' })
  finalRating!: RagRating;

  @Field(() => Section11ModerationChange)
  moderation!: Section11ModerationChange;
}

@ObjectType({ description: 'Assessments by final rating, and what moderation did to them.' })
export class Section11RatingCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  green!: number;

  @Field(() => Int, { description: 'Assessments moderated so far.' })
  moderated!: number;

  @Field(() => Int, { description: 'Moderated ratings higher than the self rating.' })
  up!: number;

  @Field(() => Int, { description: 'Moderated ratings lower than the self rating.' })
  down!: number;

  @Field(() => Int, { description: 'up + down.' })
  changed!: number;
}

@ObjectType()
export class Section11StandardSummary {
  @Field(() => String, { description: "The standard's code in the audit's tool." })
  standard!: string;

  @Field(() => String, { description: "The standard's title in the audit's tool." })
  title!: string;

  @Field(() => Section11RatingCounts)
  counts!: Section11RatingCounts;
}

@ObjectType()
export class Section11AgencySummary {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Section11RatingCounts)
  counts!: Section11RatingCounts;
}

@ObjectType({ description: 'A section 11 audit as a grid of agencies by standards, with counts by final rating and moderation.' })
export class Section11Grid {
  @Field(() => ID)
  auditId!: string;

  @Field(() => [Section11GridCell], { description: "By agency name, then standard in the tool's order." })
  cells!: Section11GridCell[];

  @Field(() => [Section11StandardSummary], { description: "Every standard of the audit's tool, in the tool's order." })
  byStandard!: Section11StandardSummary[];

  @Field(() => [Section11AgencySummary], { description: 'Agencies that assessed themselves, by name.' })
  byAgency!: Section11AgencySummary[];

  @Field(() => Section11RatingCounts)
  overall!: Section11RatingCounts;
}
