import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit } from '@sli/audits-api';
import { Review } from '@sli/reviews-api';
import type { RequestContext } from '@sli/shared/api-core';
import { FindingsService } from './findings.service';
import { LearningProductsService } from './learning-products.service';
import {
  findingsByAuditLoader,
  findingsByReviewLoader,
  learningProductsByReviewLoader,
  recommendationsByAuditLoader,
  recommendationsByReviewLoader,
} from './learning.loaders';
import { Finding } from './models/finding.model';
import { LearningProduct } from './models/learning-product.model';
import { Recommendation } from './models/recommendation.model';
import { RecommendationsService } from './recommendations.service';

// Learning fields on the reviews and audits types live here, so those libs never import this one.

@Resolver(() => Review)
export class ReviewLearningResolver {
  constructor(
    private readonly findingsService: FindingsService,
    private readonly recommendationsService: RecommendationsService,
    private readonly productsService: LearningProductsService,
  ) {}

  @ResolveField(() => [Finding], { description: 'Its findings, in the order they were recorded.' })
  findings(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Finding[]> {
    return findingsByReviewLoader(ctx, this.findingsService).load(review.id);
  }

  @ResolveField(() => [Recommendation], { description: 'Its recommendations, in the order they were recorded.' })
  recommendations(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Recommendation[]> {
    return recommendationsByReviewLoader(ctx, this.recommendationsService).load(review.id);
  }

  @ResolveField(() => [LearningProduct], { description: 'Learning products sharing its learning, newest first.' })
  learningProducts(@Parent() review: Review, @Context() ctx: RequestContext): Promise<LearningProduct[]> {
    return learningProductsByReviewLoader(ctx, this.productsService).load(review.id);
  }
}

@Resolver(() => Audit)
export class AuditLearningResolver {
  constructor(
    private readonly findingsService: FindingsService,
    private readonly recommendationsService: RecommendationsService,
  ) {}

  @ResolveField(() => [Finding], { description: 'Its findings, in the order they were recorded.' })
  findings(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Finding[]> {
    return findingsByAuditLoader(ctx, this.findingsService).load(audit.id);
  }

  @ResolveField(() => [Recommendation], { description: 'Its recommendations, in the order they were recorded.' })
  recommendations(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Recommendation[]> {
    return recommendationsByAuditLoader(ctx, this.recommendationsService).load(audit.id);
  }
}
