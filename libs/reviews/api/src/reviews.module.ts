import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@sli/calendar-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { InformationRequestEntity } from './information-request.entity';
import { InformationRequestsResolver } from './information-requests.resolver';
import { InformationRequestsService } from './information-requests.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReferralEntity } from './referral.entity';
import { NotificationReferralsResolver, ReferralsResolver, ReviewReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';
import { ReviewEntity } from './review.entity';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import {
  InformationRequestStatutoryDatesResolver,
  NotificationStatutoryDatesResolver,
  ReviewStatutoryDatesResolver,
} from './statutory-dates.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, ReviewEntity, InformationRequestEntity, ReferralEntity]), PartnershipsModule, CalendarModule],
  providers: [
    NotificationsService,
    ReviewsService,
    InformationRequestsService,
    ReferralsService,
    NotificationsResolver,
    ReferralsResolver,
    NotificationReferralsResolver,
    ReviewReferralsResolver,
    ReviewsResolver,
    InformationRequestsResolver,
    NotificationStatutoryDatesResolver,
    ReviewStatutoryDatesResolver,
    InformationRequestStatutoryDatesResolver,
  ],
  exports: [NotificationsService, ReviewsService, InformationRequestsService, ReferralsService],
})
export class ReviewsModule {}
