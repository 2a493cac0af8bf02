import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { EngagementOutcome, EngagementParty, FamilyRole } from '../review-engagement.enums';

@ObjectType({ description: "An entry of a review's engagement log: a family member (by role) or a practitioner (by agency) offered a part, who took part or declined." })
export class ReviewEngagement {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => ID)
  reviewId!: string;

  @Field(() => DateScalar, { description: 'The day it was offered, or the day they took part or declined.' })
  engagedOn!: string;

  @Field(() => EngagementParty)
  party!: EngagementParty;

  @Field(() => FamilyRole, { nullable: true, description: 'A family member: their role. Null for a practitioner.' })
  familyRole!: FamilyRole | null;

  @Field(() => ID, { nullable: true, description: "A practitioner: their agency. Null for a family member." })
  agencyId!: string | null;

  @Field(() => EngagementOutcome)
  outcome!: EngagementOutcome;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}
