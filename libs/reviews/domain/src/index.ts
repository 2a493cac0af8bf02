export { RAPID_REVIEW_FIELDS, REVIEW_STATUS_WORDS, REVIEW_TYPE_SHORT_WORDS, REVIEW_TYPE_WORDS, type ReviewStatusValue, type ReviewTypeValue } from './review-values';
export { notificationProblems, type NotificationRuleFields, type RapidReviewSent } from './notification-rules';
export { reviewProblems, type ReviewNotification, type ReviewRuleFields } from './review-rules';
export { informationRequestProblems, type InformationRequestRuleFields } from './information-request-rules';
export { recommendationResponseProblems, RECOMMENDATION_RESPONSE_WORDS, type RecommendationResponseFields, type RecommendationResponseValue } from './recommendation-rules';
export {
  CHILDREN_CRITERIA,
  NOTIFYING_DECISIONS,
  PANEL_RESPONSE_WORDS,
  REFERRAL_CRITERIA_WORDS,
  REFERRAL_DECIDER_WORDS,
  REFERRAL_DECISION_WORDS,
  REFERRAL_ROUTE_WORDS,
  referralProblems,
  REVIEWING_DECISIONS,
  type PanelResponseValue,
  type ReferralCriteriaValue,
  type ReferralDeciderValue,
  type ReferralDecisionValue,
  type ReferralReview,
  type ReferralRouteValue,
  type ReferralRuleFields,
} from './referral-rules';
export {
  addCalendarMonths,
  addDays,
  COMPLETION_WITHIN_MONTHS,
  completionClock,
  daysFrom,
  hasSixMonthClock,
  pausedDaysOf,
  SIX_MONTH_TYPES,
  TIMESCALE_REASON_WORDS,
  type ClockReview,
  type CompletionClock,
  type TimescaleChangeClock,
  type TimescaleChangeKindValue,
  type TimescaleReasonValue,
} from './completion-clock';
export { AGREED_BY_MAX, REASON_DETAILS_MAX, reviewTimescaleProblems, timescaleChangeProblems, type TimescaleChangeFields } from './timescale-change-rules';
export { CONDUCT_FIELDS, REVIEW_METHOD_WORDS, reviewConductProblems, type ReviewConductFields, type ReviewMethodValue } from './review-conduct-rules';
export { engagementProblems, type EngagementFields, type EngagementOutcomeValue, type EngagementPartyValue, type FamilyRoleValue } from './engagement-rules';
export {
  REVIEW_TYPE_WORK,
  reviewKindProblems,
  reviewTypeFits,
  scopeOfKind,
  type KindScope,
  type PartnershipKindValue,
  type ReviewWork,
} from './review-kinds';
export {
  ANSWER_TEXT_MAX,
  answerProblems,
  EVENT_MAX,
  INFORMATION_REQUEST_STATUS_WORDS,
  informationRequestStatus,
  KNOWN_TO_AGENCY_WORDS,
  SOURCE_MAX,
  type AnswerFields,
  type ChronologyRowFields,
  type InformationRequestStatusValue,
  type KnownToAgencyValue,
  type RequestStatusFacts,
} from './information-request-answer-rules';
