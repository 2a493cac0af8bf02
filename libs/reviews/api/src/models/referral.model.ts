import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { PanelResponse, ReferralCriteria, ReferralDecider, ReferralDecision, ReferralRoute } from '../referral.enums';

@ObjectType({
  description:
    'A case referred for consideration and its screening decision. A case considered and not notified is a decision here, not an overdue notification. Holds nothing that identifies a child, adult or family.',
})
export class Referral {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => DateScalar, { description: 'The day the referral was received: the date that places it in a period.' })
  referredOn!: string;

  @Field(() => ReferralRoute)
  route!: ReferralRoute;

  @Field(() => ID, { nullable: true, description: 'The agency whose safeguarding lead referred the case (none for the Panel).' })
  referringAgencyId!: string | null;

  @Field(() => ReferralCriteria)
  criteria!: ReferralCriteria;

  @Field(() => ReferralDecision, { nullable: true, description: "The review group's recommendation to the decision maker." })
  groupRecommendation!: ReferralDecision | null;

  @Field(() => ReferralDecision, { nullable: true, description: 'The decision; null while awaited.' })
  decision!: ReferralDecision | null;

  @Field(() => String, { nullable: true })
  reasons!: string | null;

  @Field(() => ReferralDecider, { nullable: true })
  decidedBy!: ReferralDecider | null;

  @Field(() => DateScalar, { nullable: true })
  decidedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the referrer was told of the decision.' })
  referrerToldOn!: string | null;

  @Field(() => PanelResponse, { nullable: true })
  panelResponse!: PanelResponse | null;

  @Field(() => ID, { nullable: true, description: 'The notification the decision led to.' })
  notificationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The review (rapid review or other) the decision led to.' })
  reviewId!: string | null;

  @Field(() => String, { nullable: true, description: 'A description of the case, with nothing that identifies anyone.' })
  summary!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}
