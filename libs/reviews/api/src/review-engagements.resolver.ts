import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import type { RequestContext } from '@sli/shared/api-core';
import { CreateReviewEngagementInput, UpdateReviewEngagementInput } from './dto/review-engagement.input';
import { ReviewEngagement } from './models/review-engagement.model';
import { Review } from './models/review.model';
import { ReviewEngagementsService } from './review-engagements.service';
import { engagementsByReviewLoader } from './reviews.loader';

@Resolver(() => ReviewEngagement)
export class ReviewEngagementsResolver {
  constructor(
    private readonly service: ReviewEngagementsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Mutation(() => ReviewEngagement, { description: "Adds an entry to a review's family and practitioner engagement log." })
  createReviewEngagement(@Args('input') input: CreateReviewEngagementInput): Promise<ReviewEngagement> {
    return this.service.create(input);
  }

  @Mutation(() => ReviewEngagement, { description: 'Corrects an engagement log entry, or records the answer (took part, declined).' })
  updateReviewEngagement(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateReviewEngagementInput): Promise<ReviewEngagement> {
    return this.service.update(id, input);
  }

  @Mutation(() => ReviewEngagement, { description: 'Deletes an engagement log entry recorded in error. Returns it as it was; the change history keeps it.' })
  deleteReviewEngagement(@Args('id', { type: () => ID }) id: string): Promise<ReviewEngagement> {
    return this.service.remove(id);
  }

  @ResolveField(() => Agency, { nullable: true, description: "A practitioner's agency; null for a family member." })
  async agency(@Parent() e: ReviewEngagement, @Context() ctx: RequestContext): Promise<Agency | null> {
    return e.agencyId ? agencyLoader(ctx, this.partnerships).load(e.agencyId) : null;
  }
}

@Resolver(() => Review)
export class ReviewEngagementLogResolver {
  constructor(private readonly service: ReviewEngagementsService) {}

  @ResolveField(() => [ReviewEngagement], { description: 'The family and practitioner engagement log, oldest first.' })
  engagements(@Parent() review: Review, @Context() ctx: RequestContext): Promise<ReviewEngagement[]> {
    return engagementsByReviewLoader(ctx, this.service).load(review.id);
  }
}
