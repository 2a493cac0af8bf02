import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@sli/calendar-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { ChronologyEntryEntity } from './chronology-entry.entity';
import { InformationRequestAnswerEntity } from './information-request-answer.entity';
import {
  ChronologyEntryResolver,
  InformationRequestAnswerChronologyResolver,
  InformationRequestAnswersResolver,
} from './information-request-answers.resolver';
import { InformationRequestAnswersService } from './information-request-answers.service';
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
import { ReviewTimescaleChangeEntity } from './review-timescale-change.entity';
import { ReviewEngagementEntity } from './review-engagement.entity';
import { ReviewEngagementLogResolver, ReviewEngagementsResolver } from './review-engagements.resolver';
import { ReviewEngagementsService } from './review-engagements.service';
import { ReviewCompletionClockResolver, ReviewTimescaleChangesResolver } from './review-timescale-changes.resolver';
import { ReviewTimescaleChangesService } from './review-timescale-changes.service';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import {
  InformationRequestStatutoryDatesResolver,
  NotificationStatutoryDatesResolver,
  ReviewStatutoryDatesResolver,
} from './statutory-dates.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, ReviewEntity, InformationRequestEntity, ReferralEntity, ReviewTimescaleChangeEntity, ReviewEngagementEntity, InformationRequestAnswerEntity, ChronologyEntryEntity]),
    PartnershipsModule, CalendarModule],
  providers: [
    NotificationsService,
    ReviewsService,
    InformationRequestsService,
    InformationRequestAnswersService,
    ReferralsService,
    ReviewTimescaleChangesService,
    ReviewEngagementsService,
    NotificationsResolver,
    ReferralsResolver,
    NotificationReferralsResolver,
    ReviewReferralsResolver,
    ReviewsResolver,
    InformationRequestsResolver,
    InformationRequestAnswersResolver,
    InformationRequestAnswerChronologyResolver,
    ChronologyEntryResolver,
    NotificationStatutoryDatesResolver,
    ReviewStatutoryDatesResolver,
    InformationRequestStatutoryDatesResolver,
    ReviewTimescaleChangesResolver,
    ReviewCompletionClockResolver,
    ReviewEngagementsResolver,
    ReviewEngagementLogResolver,
  ],
  exports: [NotificationsService, ReviewsService, InformationRequestsService, InformationRequestAnswersService, ReferralsService, ReviewTimescaleChangesService, ReviewEngagementsService],
})
export class ReviewsModule {}
