import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditsService, Audit, auditLoader } from '@sli/audits-api';
import { ReviewsService, Review, reviewLoader } from '@sli/reviews-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { CreateRecommendationInput, RecommendationFilterArgs, UpdateRecommendationInput } from './dto/recommendation.input';
import { FindingsService } from './findings.service';
import { findingLoader, recommendationLoader } from './learning.loaders';
import { Finding } from './models/finding.model';
import { Recommendation, RecommendationConnection } from './models/recommendation.model';
import { RecommendationsService } from './recommendations.service';

@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(
    private readonly service: RecommendationsService,
    private readonly findingsService: FindingsService,
    private readonly reviews: ReviewsService,
    private readonly audits: AuditsService,
  ) {}

  @Query(() => RecommendationConnection, { description: 'Recommendations, newest first, filtered by partnership, source or finding.' })
  recommendations(@Args() args: RecommendationFilterArgs, @Args() page: PageArgs): Promise<RecommendationConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Recommendation, { nullable: true })
  recommendation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Recommendation | null> {
    return recommendationLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Recommendation)
  createRecommendation(@Args('input') input: CreateRecommendationInput): Promise<Recommendation> {
    return this.service.create(input);
  }

  @Mutation(() => Recommendation)
  updateRecommendation(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRecommendationInput,
  ): Promise<Recommendation> {
    return this.service.update(id, input);
  }

  @Mutation(() => Recommendation, {
    description: 'Deletes a recommendation; refused while actions answer it. Returns it as it was; the change history keeps it.',
  })
  deleteRecommendation(@Args('id', { type: () => ID }) id: string): Promise<Recommendation> {
    return this.service.remove(id);
  }

  @ResolveField(() => Review, { nullable: true, description: 'The review it comes from, if not an audit.' })
  review(@Parent() rec: Recommendation, @Context() ctx: RequestContext): Promise<Review | null> | null {
    return rec.reviewId ? reviewLoader(ctx, this.reviews).load(rec.reviewId) : null;
  }

  @ResolveField(() => Audit, { nullable: true, description: 'The audit it comes from, if not a review.' })
  audit(@Parent() rec: Recommendation, @Context() ctx: RequestContext): Promise<Audit | null> | null {
    return rec.auditId ? auditLoader(ctx, this.audits).load(rec.auditId) : null;
  }

  @ResolveField(() => Finding, { nullable: true, description: 'The finding it answers, if any.' })
  finding(@Parent() rec: Recommendation, @Context() ctx: RequestContext): Promise<Finding | null> | null {
    return rec.findingId ? findingLoader(ctx, this.findingsService).load(rec.findingId) : null;
  }
}
