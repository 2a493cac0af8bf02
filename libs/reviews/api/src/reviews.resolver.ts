import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { DataSource } from 'typeorm';
import { CreateReviewInput, ReviewFilterArgs, ReviewSortArgs, UpdateReviewInput } from './dto/review.input';
import { InformationRequestsService } from './information-requests.service';
import { InformationRequest } from './models/information-request.model';
import { Notification } from './models/notification.model';
import { Review, ReviewConnection } from './models/review.model';
import { NotificationsService } from './notifications.service';
import { ReviewStatusChange } from './models/review-status-change.model';
import {
  informationRequestsByReviewLoader,
  notificationLoader,
  reviewAgenciesLoader,
  reviewLoader,
  reviewStatusHistoryLoader,
} from './reviews.loader';
import { REVIEW_THEMES, ReviewsService } from './reviews.service';

@Resolver(() => Review)
export class ReviewsResolver {
  constructor(
    private readonly service: ReviewsService,
    private readonly notifications: NotificationsService,
    private readonly requestsService: InformationRequestsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => ReviewConnection, {
    description: 'Reviews, most recently initiated first unless sorted otherwise (ties by id), filtered by partnership, type, status, period, agency, theme or title.',
  })
  reviews(@Args() args: ReviewFilterArgs, @Args() page: PageArgs, @Args() sort: ReviewSortArgs): Promise<ReviewConnection> {
    return this.service.list(args.filter ?? {}, page, sort);
  }

  @Query(() => Review, { nullable: true })
  review(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Review | null> {
    return reviewLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Review)
  createReview(@Args('input') input: CreateReviewInput): Promise<Review> {
    return this.service.create(input);
  }

  @Mutation(() => Review)
  updateReview(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateReviewInput): Promise<Review> {
    return this.service.update(id, input);
  }

  @Mutation(() => Review, {
    description:
      'Deletes a review with its status history, agencies and themes; refused while findings, recommendations, actions, information requests, later reviews or learning products depend on it. Returns it as it was; the change history keeps it.',
  })
  deleteReview(@Args('id', { type: () => ID }) id: string): Promise<Review> {
    return this.service.remove(id);
  }

  @ResolveField(() => [Agency], { description: 'Agencies involved, by name.' })
  agencies(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Agency[]> {
    return reviewAgenciesLoader(ctx, this.service).load(review.id);
  }

  @ResolveField(() => [Theme], { description: 'Themes, by name.' })
  themes(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.dataSource.manager, REVIEW_THEMES).load(review.id);
  }

  @ResolveField(() => Notification, { nullable: true })
  notification(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Notification | null> {
    return review.notificationId ? notificationLoader(ctx, this.notifications).load(review.notificationId) : Promise.resolve(null);
  }

  @ResolveField(() => Review, { nullable: true })
  sourceReview(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Review | null> {
    return review.sourceReviewId ? reviewLoader(ctx, this.service).load(review.sourceReviewId) : Promise.resolve(null);
  }

  @ResolveField(() => [InformationRequest], { description: 'Information asked of agencies for this review, soonest due first.' })
  informationRequests(@Parent() review: Review, @Context() ctx: RequestContext): Promise<InformationRequest[]> {
    return informationRequestsByReviewLoader(ctx, this.requestsService).load(review.id);
  }

  @ResolveField(() => [ReviewStatusChange], {
    description: 'Every change of status with the day it took effect, oldest first; the last is the current status.',
  })
  statusHistory(@Parent() review: Review, @Context() ctx: RequestContext): Promise<ReviewStatusChange[]> {
    return reviewStatusHistoryLoader(ctx, this.service).load(review.id);
  }
}
