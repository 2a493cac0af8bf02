import { registerEnumType } from '@nestjs/graphql';

export enum ReviewType {
  RAPID_REVIEW = 'rapid-review',
  LCSPR = 'lcspr',
  NATIONAL_CSPR = 'national-cspr',
  SCR = 'scr',
  PLR = 'plr',
  SAR = 'sar',
  DHR = 'dhr',
  APPRECIATIVE_INQUIRY = 'appreciative-inquiry',
  SINGLE_AGENCY = 'single-agency',
  CRITICAL_INCIDENT = 'critical-incident',
  PRACTICE_LEARNING_SET = 'practice-learning-set',
  CHILD_DEATH = 'child-death',
  THEMATIC = 'thematic',
}

export enum ReviewStatus {
  PROPOSED = 'proposed',
  SCOPING = 'scoping',
  IN_PROGRESS = 'in-progress',
  REPORT_DRAFTED = 'report-drafted',
  COMPLETED = 'completed',
  PUBLISHED = 'published',
  CLOSED_UNPUBLISHED = 'closed-unpublished',
}

export enum FamilyParticipation {
  NOT_YET_OFFERED = 'not-yet-offered',
  OFFERED = 'offered',
  TOOK_PART = 'took-part',
  DECLINED = 'declined',
  NOT_APPROPRIATE = 'not-appropriate',
}

export enum RapidReviewOutcome {
  LCSPR = 'lcspr',
  OTHER_LEARNING_REVIEW = 'other-learning-review',
  NO_FURTHER_REVIEW = 'no-further-review',
}

export enum Harm {
  DEATH = 'death',
  SERIOUS_HARM = 'serious-harm',
}

export enum AgeBand {
  UNDER_1 = 'under-1',
  AGE_1_5 = '1-5',
  AGE_6_10 = '6-10',
  AGE_11_15 = '11-15',
  AGE_16_17 = '16-17',
}

export enum NotificationDecision {
  PENDING = 'pending',
  RAPID_REVIEW = 'rapid-review',
  NO_RAPID_REVIEW = 'no-rapid-review',
}

export enum ReviewMethod {
  LEARNING_TOGETHER = 'learning-together',
  SYSTEMS = 'systems',
  HYBRID = 'hybrid',
  APPRECIATIVE_INQUIRY = 'appreciative-inquiry',
  OTHER = 'other',
}

export enum InformationRequestKind {
  RAPID_REVIEW_INFORMATION = 'rapid-review-information',
  SCOPING = 'scoping',
  CHRONOLOGY = 'chronology',
  ANALYSIS = 'analysis',
}

registerEnumType(ReviewType, {
  name: 'ReviewType',
  description: 'Rapid review, LCSPR, national CSPR, SCR (legacy), PLR, SAR, DHR and the other learning reviews.',
});
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Proposed → scoping → in progress → report drafted → completed → published, or closed unpublished.',
});
registerEnumType(FamilyParticipation, { name: 'FamilyParticipation' });
registerEnumType(RapidReviewOutcome, {
  name: 'RapidReviewOutcome',
  description: 'What the rapid review recommended to the national panel.',
});
registerEnumType(Harm, { name: 'Harm', description: "The child's death or serious harm." });
registerEnumType(AgeBand, { name: 'AgeBand', description: "The child's age band: under 1, 1–5, 6–10, 11–15, 16–17." });
registerEnumType(NotificationDecision, {
  name: 'NotificationDecision',
  description: 'Whether a notification leads to a rapid review.',
});
registerEnumType(InformationRequestKind, {
  name: 'InformationRequestKind',
  description: 'What an agency is asked for: rapid review information, scoping, chronology or analysis.',
});
registerEnumType(ReviewMethod, {
  name: 'ReviewMethod',
  description: 'How the review is carried out: SCIE Learning Together, another systems method, a hybrid, appreciative inquiry, or other (with details).',
});
