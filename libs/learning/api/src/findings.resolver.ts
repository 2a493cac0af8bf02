import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditsService, Audit, auditLoader } from '@sli/audits-api';
import { ReviewsService, Review, reviewLoader } from '@sli/reviews-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { CreateFindingInput, FindingFilterArgs, UpdateFindingInput } from './dto/finding.input';
import { FINDING_THEMES, FindingsService } from './findings.service';
import { findingLoader, recommendationsByFindingLoader } from './learning.loaders';

import { Finding, FindingConnection } from './models/finding.model';
import { Recommendation } from './models/recommendation.model';
import { RecommendationsService } from './recommendations.service';

@Resolver(() => Finding)
export class FindingsResolver {
  constructor(
    private readonly service: FindingsService,
    private readonly recommendationsService: RecommendationsService,
    private readonly reviews: ReviewsService,
    private readonly audits: AuditsService,
  ) {}

  @Query(() => FindingConnection, { description: 'Findings, newest first, filtered by partnership, source, kind or theme.' })
  findings(@Args() args: FindingFilterArgs, @Args() page: PageArgs): Promise<FindingConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Finding, { nullable: true })
  finding(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Finding | null> {
    return findingLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Finding)
  createFinding(@Args('input') input: CreateFindingInput): Promise<Finding> {
    return this.service.create(input);
  }

  @Mutation(() => Finding)
  updateFinding(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateFindingInput): Promise<Finding> {
    return this.service.update(id, input);
  }

  @Mutation(() => Finding, {
    description: 'Deletes a finding with its themes; refused while recommendations answer it. Returns it as it was; the change history keeps it.',
  })
  deleteFinding(@Args('id', { type: () => ID }) id: string): Promise<Finding> {
    return this.service.remove(id);
  }

  @ResolveField(() => [Theme])
  themes(@Parent() finding: Finding, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.service.manager, FINDING_THEMES).load(finding.id);
  }

  @ResolveField(() => Review, { nullable: true, description: 'The review it comes from, if not an audit.' })
  review(@Parent() finding: Finding, @Context() ctx: RequestContext): Promise<Review | null> | null {
    return finding.reviewId ? reviewLoader(ctx, this.reviews).load(finding.reviewId) : null;
  }

  @ResolveField(() => Audit, { nullable: true, description: 'The audit it comes from, if not a review.' })
  audit(@Parent() finding: Finding, @Context() ctx: RequestContext): Promise<Audit | null> | null {
    return finding.auditId ? auditLoader(ctx, this.audits).load(finding.auditId) : null;
  }

  @ResolveField(() => [Recommendation], { description: 'Recommendations that answer this finding.' })
  recommendations(@Parent() finding: Finding, @Context() ctx: RequestContext): Promise<Recommendation[]> {
    return recommendationsByFindingLoader(ctx, this.recommendationsService).load(finding.id);
  }
}
