import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { DataSource } from 'typeorm';
import { CreateNotificationInput, NotificationFilterArgs, NotificationSortArgs, UpdateNotificationInput } from './dto/notification.input';
import { Notification, NotificationConnection } from './models/notification.model';
import { Review } from './models/review.model';
import { NOTIFICATION_THEMES, NotificationsService } from './notifications.service';
import { notificationLoader, reviewsByNotificationLoader } from './reviews.loader';
import { ReviewsService } from './reviews.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly reviewsService: ReviewsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'Serious incident notifications, most recent date aware first unless sorted otherwise (ties by id), filtered by partnership, period, harm, age band, decision or theme.',
  })
  notifications(
    @Args() args: NotificationFilterArgs,
    @Args() page: PageArgs,
    @Args() sort: NotificationSortArgs,
  ): Promise<NotificationConnection> {
    return this.service.list(args.filter ?? {}, page, sort);
  }

  @Query(() => Notification, { nullable: true })
  notification(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Notification | null> {
    return notificationLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Notification)
  createNotification(@Args('input') input: CreateNotificationInput): Promise<Notification> {
    return this.service.create(input);
  }

  @Mutation(() => Notification)
  updateNotification(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNotificationInput,
  ): Promise<Notification> {
    return this.service.update(id, input);
  }

  @Mutation(() => Notification, {
    description: 'Deletes a notification with its themes; refused while reviews come from it. Returns it as it was; the change history keeps it.',
  })
  deleteNotification(@Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return this.service.remove(id);
  }

  @ResolveField(() => [Review], { description: 'Reviews arising from this notification, most recent first.' })
  reviews(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<Review[]> {
    return reviewsByNotificationLoader(ctx, this.reviewsService).load(notification.id);
  }

  @ResolveField(() => [Theme], { description: 'Themes, by name.' })
  themes(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.dataSource.manager, NOTIFICATION_THEMES).load(notification.id);
  }
}
