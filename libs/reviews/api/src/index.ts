export { ReviewsModule } from './reviews.module';
export { ReviewsService, REVIEW_THEMES } from './reviews.service';
export { NotificationsService, NOTIFICATION_THEMES } from './notifications.service';
export { InformationRequestsService } from './information-requests.service';
export { InformationRequestAnswersService } from './information-request-answers.service';
export { ChronologyEntry, ChronologyEntryConnection, InformationRequestAnswer } from './models/information-request-answer.model';
export { InformationRequestStatus, KnownToAgency } from './information-request-answer.enums';
export { ReferralsService } from './referrals.service';
export { ReferralEntity } from './referral.entity';
export { Referral, ReferralConnection } from './models/referral.model';
export { PanelResponse, ReferralCriteria, ReferralDecider, ReferralDecision, ReferralRoute } from './referral.enums';
export { ReviewTimescaleChangesService } from './review-timescale-changes.service';
export { ReviewTimescaleChangeEntity } from './review-timescale-change.entity';
export { CompletionClock, ReviewTimescaleChange } from './models/review-timescale-change.model';
export { TimescaleChangeKind, TimescaleReason } from './review-timescale.enums';
export { ReviewEngagementsService } from './review-engagements.service';
export { ReviewEngagement } from './models/review-engagement.model';
export { EngagementOutcome, EngagementParty, FamilyRole } from './review-engagement.enums';
export {
  reviewLoader,
  notificationLoader,
  informationRequestLoader,
  informationRequestsByReviewLoader,
  reviewsByNotificationLoader,
  timescaleChangesByReviewLoader,
} from './reviews.loader';
export { ReviewEntity } from './review.entity';
export { NotificationEntity } from './notification.entity';
export { InformationRequestEntity } from './information-request.entity';
export { Review, ReviewConnection } from './models/review.model';
export { ReviewStatusChange } from './models/review-status-change.model';
export { Notification, NotificationConnection } from './models/notification.model';
export { InformationRequest, InformationRequestConnection } from './models/information-request.model';
export {
  AgeBand,
  FamilyParticipation,
  Harm,
  InformationRequestKind,
  NotificationDecision,
  RapidReviewOutcome,
  ReviewMethod,
  ReviewStatus,
  ReviewType,
} from './review.enums';
export { StatutoryMilestone } from './models/statutory-milestone.model';
export {
  COMPLETION_WITHIN_MONTHS,
  NOTIFY_WITHIN_WORKING_DAYS,
  PUBLISHED_FOR_AT_LEAST_MONTHS,
  RAPID_REVIEW_WITHIN_WORKING_DAYS,
  SIX_MONTH_REVIEW_TYPES,
  StatutoryMilestoneName,
  Timeliness,
} from './statutory-dates';
