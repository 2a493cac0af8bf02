import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { CreateReferralInput, ReferralFilterArgs, UpdateReferralInput } from './dto/referral.input';
import { Notification } from './models/notification.model';
import { Referral, ReferralConnection } from './models/referral.model';
import { Review } from './models/review.model';
import { NotificationsService } from './notifications.service';
import { referralLoader, referralsByLinkLoader } from './referrals.loader';
import { ReferralsService } from './referrals.service';
import { notificationLoader, reviewLoader } from './reviews.loader';
import { ReviewsService } from './reviews.service';

@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly notifications: NotificationsService,
    private readonly reviews: ReviewsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => ReferralConnection, {
    description: 'Referrals and their screening decisions, most recently referred first (ties by id), filtered by partnership, referral date range, decision or referring agency.',
  })
  referrals(@Args() args: ReferralFilterArgs, @Args() page: PageArgs): Promise<ReferralConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Referral, { nullable: true })
  referral(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Referral | null> {
    return referralLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Referral)
  createReferral(@Args('input') input: CreateReferralInput): Promise<Referral> {
    return this.service.create(input);
  }

  @Mutation(() => Referral)
  updateReferral(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateReferralInput): Promise<Referral> {
    return this.service.update(id, input);
  }

  @Mutation(() => Referral, { description: 'Deletes a referral. Returns it as it was; the change history keeps it.' })
  deleteReferral(@Args('id', { type: () => ID }) id: string): Promise<Referral> {
    return this.service.remove(id);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency whose safeguarding lead referred the case.' })
  referringAgency(@Parent() r: Referral, @Context() ctx: RequestContext): Promise<Agency | null> {
    return r.referringAgencyId ? agencyLoader(ctx, this.partnerships).load(r.referringAgencyId) : Promise.resolve(null);
  }

  @ResolveField(() => Notification, { nullable: true, description: 'The notification the decision led to.' })
  notification(@Parent() r: Referral, @Context() ctx: RequestContext): Promise<Notification | null> {
    return r.notificationId ? notificationLoader(ctx, this.notifications).load(r.notificationId) : Promise.resolve(null);
  }

  @ResolveField(() => Review, { nullable: true, description: 'The review the decision led to.' })
  review(@Parent() r: Referral, @Context() ctx: RequestContext): Promise<Review | null> {
    return r.reviewId ? reviewLoader(ctx, this.reviews).load(r.reviewId) : Promise.resolve(null);
  }
}

@Resolver(() => Notification)
export class NotificationReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ResolveField(() => [Referral], { description: 'The referrals decided for this notification.' })
  referrals(@Parent() n: Notification, @Context() ctx: RequestContext): Promise<Referral[]> {
    return referralsByLinkLoader(ctx, this.service, 'notificationId').load(n.id);
  }
}

@Resolver(() => Review)
export class ReviewReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ResolveField(() => [Referral], { description: 'The referrals decided for this review.' })
  referrals(@Parent() r: Review, @Context() ctx: RequestContext): Promise<Referral[]> {
    return referralsByLinkLoader(ctx, this.service, 'reviewId').load(r.id);
  }
}
