import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarService } from '@sli/calendar-api';
import { DateScalar, type RequestContext } from '@sli/shared/api-core';
import { InformationRequestsService } from './information-requests.service';
import { InformationRequest } from './models/information-request.model';
import { Notification } from './models/notification.model';
import { Review } from './models/review.model';
import { StatutoryMilestone } from './models/statutory-milestone.model';
import { NotificationsService } from './notifications.service';
import { ReviewType } from './review.enums';
import { informationRequestsByReviewLoader, notificationLoader } from './reviews.loader';
import {
  notificationDueOn,
  publishedUntilEarliest,
  rapidReviewDueOn,
  rapidReviewMilestones,
  reportShareDueOn,
  timeliness,
  Timeliness,
  workingDaysToNotify,
} from './statutory-dates';

/*
 * Statutory due dates and timeliness, derived on read from the recorded dates and the bank holiday
 * calendar (rules in statutory-dates.ts). Every "where does it stand" field takes an explicit asOf.
 */

const AS_OF = { type: () => DateScalar, description: 'The date to judge on: a step done after it counts as not done yet.' };

@Resolver(() => Notification)
export class NotificationStatutoryDatesResolver {
  constructor(private readonly calendar: CalendarService) {}

  @ResolveField(() => DateScalar, { description: 'The 5th working day after the date aware: the last day to notify the national panel.' })
  async notificationDueOn(@Parent() n: Notification): Promise<string> {
    return notificationDueOn(n, await this.calendar.holidays());
  }

  @ResolveField(() => Timeliness, { description: 'Notified on time or late, or not yet notified: overdue or still due.' })
  async notificationTimeliness(@Parent() n: Notification, @Args('asOf', AS_OF) asOf: string): Promise<Timeliness> {
    return timeliness(notificationDueOn(n, await this.calendar.holidays()), n.dateNotified, asOf);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Working days from the date aware to the date notified; null if not notified.' })
  async workingDaysToNotify(@Parent() n: Notification): Promise<number | null> {
    return workingDaysToNotify(n, await this.calendar.holidays());
  }
}

@Resolver(() => Review)
export class ReviewStatutoryDatesResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly requests: InformationRequestsService,
  ) {}

  @ResolveField(() => DateScalar, {
    nullable: true,
    description: "Rapid reviews: the 15th working day after the notification's date notified (its date aware while not notified, the initiation without a notification).",
  })
  async rapidReviewDueOn(@Parent() review: Review, @Context() ctx: RequestContext): Promise<string | null> {
    if (review.type !== ReviewType.RAPID_REVIEW) return null;
    return rapidReviewDueOn(review, await this.notificationOf(review, ctx), await this.calendar.holidays());
  }

  @ResolveField(() => Timeliness, { nullable: true, description: 'Rapid reviews: sent to the panel on time or late, or not yet sent.' })
  async rapidReviewTimeliness(
    @Parent() review: Review,
    @Args('asOf', AS_OF) asOf: string,
    @Context() ctx: RequestContext,
  ): Promise<Timeliness | null> {
    const due = await this.rapidReviewDueOn(review, ctx);
    return due === null ? null : timeliness(due, review.sentToPanelOn, asOf);
  }

  @ResolveField(() => [StatutoryMilestone], { description: 'Rapid reviews: the Leeds process steps; empty for other types.' })
  async milestones(
    @Parent() review: Review,
    @Args('asOf', AS_OF) asOf: string,
    @Context() ctx: RequestContext,
  ): Promise<StatutoryMilestone[]> {
    if (review.type !== ReviewType.RAPID_REVIEW) return [];
    const [notification, requests, holidays] = await Promise.all([
      this.notificationOf(review, ctx),
      informationRequestsByReviewLoader(ctx, this.requests).load(review.id),
      this.calendar.holidays(),
    ]);
    return rapidReviewMilestones(review, notification, requests, asOf, holidays);
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description:
      'LCSPRs: the last day to send the final report to the national Panel and the Secretary of State, 7 working days before publication (the planned publication while not published); null for other types or with no publication date.',
  })
  async reportShareDueOn(@Parent() review: Review): Promise<string | null> {
    return reportShareDueOn(review, await this.calendar.holidays());
  }

  @ResolveField(() => Timeliness, { nullable: true, description: 'LCSPRs: the report sent to the Panel and the Secretary of State in time before publication, late, or not yet sent.' })
  async reportShareTimeliness(@Parent() review: Review, @Args('asOf', AS_OF) asOf: string): Promise<Timeliness | null> {
    const due = await this.reportShareDueOn(review);
    return due === null ? null : timeliness(due, review.reportSharedOn, asOf);
  }

  @ResolveField(() => DateScalar, { nullable: true, description: 'Published reports: the report stays published at least until this day (12 months).' })
  publishedUntilEarliest(@Parent() review: Review): string | null {
    return publishedUntilEarliest(review.publishedOn);
  }

  private async notificationOf(review: Review, ctx: RequestContext): Promise<Notification | null> {
    return review.notificationId ? notificationLoader(ctx, this.notifications).load(review.notificationId) : null;
  }
}

@Resolver(() => InformationRequest)
export class InformationRequestStatutoryDatesResolver {
  @ResolveField(() => Timeliness, { description: 'Returned on or before the due date, late, or still outstanding: overdue or due.' })
  timeliness(@Parent() request: InformationRequest, @Args('asOf', AS_OF) asOf: string): Timeliness {
    return timeliness(request.dueOn, request.returnedOn, asOf);
  }
}
