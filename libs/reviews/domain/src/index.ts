export { RAPID_REVIEW_FIELDS, REVIEW_STATUS_WORDS, type ReviewStatusValue, type ReviewTypeValue } from './review-values';
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
