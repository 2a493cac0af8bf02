import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type DataLoader from 'dataloader';
import type { FindingsService } from './findings.service';
import type { LearningProductsService } from './learning-products.service';
import type { Finding } from './models/finding.model';
import type { LearningProduct } from './models/learning-product.model';
import type { Recommendation } from './models/recommendation.model';
import type { RecommendationsService } from './recommendations.service';

// Per-request batched look-ups: one query per relation per request, however many parents ask.
// Names start with `learning.` so they never collide with another domain's loaders.

/** One parent's children, for parents named by `keyOf` (a nullable foreign key). */
function childrenLoader<T>(
  ctx: RequestContext,
  name: string,
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string | null,
): DataLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(`learning.${name}`, async (ids) => groupByKey(ids, await fetch(ids), keyOf));
}

export function findingLoader(ctx: RequestContext, service: FindingsService) {
  return ctx.loaders.get<string, Finding | null>('learning.finding.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (f) => f.id),
  );
}

export function recommendationLoader(ctx: RequestContext, service: RecommendationsService) {
  return ctx.loaders.get<string, Recommendation | null>('learning.recommendation.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (r) => r.id),
  );
}

export function learningProductLoader(ctx: RequestContext, service: LearningProductsService) {
  return ctx.loaders.get<string, LearningProduct | null>('learning.learningProduct.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (p) => p.id),
  );
}

export const findingsByReviewLoader = (ctx: RequestContext, service: FindingsService) =>
  childrenLoader(ctx, 'findings.byReviewId', (ids) => service.findBySource('reviewId', ids), (f) => f.reviewId);

export const findingsByAuditLoader = (ctx: RequestContext, service: FindingsService) =>
  childrenLoader(ctx, 'findings.byAuditId', (ids) => service.findBySource('auditId', ids), (f) => f.auditId);

export const recommendationsByReviewLoader = (ctx: RequestContext, service: RecommendationsService) =>
  childrenLoader(ctx, 'recommendations.byReviewId', (ids) => service.findByParent('reviewId', ids), (r) => r.reviewId);

export const recommendationsByAuditLoader = (ctx: RequestContext, service: RecommendationsService) =>
  childrenLoader(ctx, 'recommendations.byAuditId', (ids) => service.findByParent('auditId', ids), (r) => r.auditId);

export const recommendationsByFindingLoader = (ctx: RequestContext, service: RecommendationsService) =>
  childrenLoader(ctx, 'recommendations.byFindingId', (ids) => service.findByParent('findingId', ids), (r) => r.findingId);

/** Learning products sharing each review's learning, newest first. */
export function learningProductsByReviewLoader(ctx: RequestContext, service: LearningProductsService) {
  return ctx.loaders.get<string, LearningProduct[]>('learning.learningProducts.byReviewId', async (reviewIds) => {
    const links = await service.linksOfReviews(reviewIds);
    const products = new Map(
      (await service.findByIds([...new Set(links.map((l) => l.learningProductId))])).map((p) => [p.id, p]),
    );
    return groupByKey(reviewIds, links, (l) => l.reviewId).map((list) =>
      list.flatMap((l) => products.get(l.learningProductId) ?? []),
    );
  });
}

/** The ids of the reviews each learning product shares, oldest review first. */
export function reviewIdsByLearningProductLoader(ctx: RequestContext, service: LearningProductsService) {
  return ctx.loaders.get<string, string[]>('learning.reviewIds.byLearningProductId', async (productIds) =>
    groupByKey(productIds, await service.linksOfProducts(productIds), (l) => l.learningProductId).map((list) =>
      list.map((l) => l.reviewId),
    ),
  );
}
