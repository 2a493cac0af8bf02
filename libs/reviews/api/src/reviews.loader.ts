import type { Agency } from '@sli/partnerships-api';
import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { InformationRequestsService } from './information-requests.service';
import type { InformationRequest } from './models/information-request.model';
import type { Notification } from './models/notification.model';
import type { ReviewStatusChange } from './models/review-status-change.model';
import type { ReviewTimescaleChange } from './models/review-timescale-change.model';
import type { ReviewTimescaleChangesService } from './review-timescale-changes.service';
import type { ReviewEngagement } from './models/review-engagement.model';
import type { ReviewEngagementsService } from './review-engagements.service';
import type { Review } from './models/review.model';
import type { NotificationsService } from './notifications.service';
import type { ReviewsService } from './reviews.service';

/*
 * Per-request batched look-ups: however many parents a list asks about, each relation is one query.
 * `reviewLoader` and `notificationLoader` are exported for other domains' `review` / `notification` fields.
 */

export function reviewLoader(ctx: RequestContext, service: ReviewsService) {
  return ctx.loaders.get<string, Review | null>('review.byId', async (ids) =>
    byKey(ids, await service.findReviewsByIds(ids), (r) => r.id),
  );
}

export function notificationLoader(ctx: RequestContext, service: NotificationsService) {
  return ctx.loaders.get<string, Notification | null>('notification.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (n) => n.id),
  );
}

export function reviewsByNotificationLoader(ctx: RequestContext, service: ReviewsService) {
  return ctx.loaders.get<string, Review[]>('review.byNotificationId', async (ids) =>
    groupByKey(ids, await service.findReviewsByNotificationIds(ids), (r) => r.notificationId ?? ''),
  );
}

export function reviewAgenciesLoader(ctx: RequestContext, service: ReviewsService) {
  return ctx.loaders.get<string, Agency[]>('review.agencies', async (ids) =>
    groupByKey(ids, await service.findAgenciesOfReviews(ids), (a) => a.reviewId),
  );
}

export function informationRequestLoader(ctx: RequestContext, service: InformationRequestsService) {
  return ctx.loaders.get<string, InformationRequest | null>('informationRequest.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (r) => r.id),
  );
}

export function informationRequestsByReviewLoader(ctx: RequestContext, service: InformationRequestsService) {
  return ctx.loaders.get<string, InformationRequest[]>('informationRequest.byReviewId', async (ids) =>
    groupByKey(ids, await service.findByReviewIds(ids), (r) => r.reviewId),
  );
}

export function reviewStatusHistoryLoader(ctx: RequestContext, service: ReviewsService) {
  return ctx.loaders.get<string, ReviewStatusChange[]>('review.statusHistory', async (ids) =>
    groupByKey(ids, await service.findStatusHistory(ids), (c) => c.reviewId),
  );
}

export function timescaleChangesByReviewLoader(ctx: RequestContext, service: ReviewTimescaleChangesService) {
  return ctx.loaders.get<string, ReviewTimescaleChange[]>('review.timescaleChanges', async (ids) =>
    groupByKey(ids, await service.findByReviewIds(ids), (c) => c.reviewId),
  );
}

export function engagementsByReviewLoader(ctx: RequestContext, service: ReviewEngagementsService) {
  return ctx.loaders.get<string, ReviewEngagement[]>('review.engagements', async (ids) =>
    groupByKey(ids, await service.findByReviewIds(ids), (e) => e.reviewId),
  );
}
