import { registerEnumType } from '@nestjs/graphql';

export enum FindingKind {
  GOOD_PRACTICE = 'good-practice',
  AREA_FOR_IMPROVEMENT = 'area-for-improvement',
}

export enum LearningProductKind {
  SEVEN_MINUTE_BRIEFING = 'seven-minute-briefing',
  LEARNING_EVENT = 'learning-event',
  NEWSLETTER_ITEM = 'newsletter-item',
  PRACTITIONER_FORUM = 'practitioner-forum',
  PODCAST = 'podcast',
  WEBINAR = 'webinar',
  OTHER = 'other',
}

/** How the partnership answered a recommendation. */
export enum RecommendationResponse {
  ACCEPTED = 'accepted',
  ACCEPTED_IN_PART = 'accepted-in-part',
  NOT_ACCEPTED = 'not-accepted',
}

registerEnumType(RecommendationResponse, {
  name: 'RecommendationResponse',
  description: 'Accepted, accepted in part or not accepted: a safeguarding adults board reports which, and why not.',
});
registerEnumType(FindingKind, { name: 'FindingKind', description: 'Good practice to repeat, or an area for improvement.' });
registerEnumType(LearningProductKind, {
  name: 'LearningProductKind',
  description: 'How learning is shared: a 7-minute briefing, a learning event, a newsletter item…',
});
