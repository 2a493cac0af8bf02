/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One row of an action plan summary: its dimension and key (null key: the "none recorded" row). */
export type ActionGroupInput = {
  by: ActionPlanGroupBy;
  key?: string | null | undefined;
};

/** One figure of an action plan summary or completion series, for drilling down to its actions. */
export type ActionMetricsCell =
  | 'ALL'
  | 'COMPLETED'
  | 'COMPLETED_LATE'
  | 'COMPLETED_ON_TIME'
  | 'DUE'
  | 'IMPACT_EVIDENCED'
  | 'OPEN'
  | 'OVERDUE';

/** What an action plan summary is broken down by. */
export type ActionPlanGroupBy =
  | 'AGENCY_SECTOR'
  /** The monitoring committee, ignoring case and surrounding spaces. */
  | 'COMMITTEE'
  | 'OWNER_AGENCY'
  | 'PARTNERSHIP'
  /** The source review, or audit, of each action. */
  | 'REVIEW'
  /** The type of the source review; actions from audits group as `audit:<audit type>`. */
  | 'REVIEW_TYPE'
  /** Each theme of the action, by code (an action with two themes counts in both rows); untagged actions have a row of their own. */
  | 'THEME';

/** What the action register is sorted by; ties fall to due date, then ref. */
export type ActionRegisterSort =
  /** BRAG as of the as-of date by urgency: red, amber, green, blue, then cancelled (no BRAG). */
  | 'BRAG'
  | 'DAYS_OVERDUE'
  | 'DUE_ON'
  /** The owner agency's name. */
  | 'OWNER_AGENCY'
  | 'REF'
  /** Status as of the as-of date, in life order: not started, in progress, completed, impact evidenced, cancelled. */
  | 'STATUS';

/** Where an action stands: not started, in progress, completed, impact evidenced or cancelled. */
export type ActionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IMPACT_EVIDENCED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type AddGroupMemberInput = {
  /** Their agency, of the partnership. */
  agencyId?: string | number | null | undefined;
  fromOn: string;
  groupId: string | number;
  /** Someone without an account: their name (give agencyId too). */
  name?: string | null | undefined;
  role: MemberRole;
  toOn?: string | null | undefined;
  /** A user of the partnership; give this or name. */
  userId?: string | number | null | undefined;
};

/** The child's age band: under 1, 1–5, 6–10, 11–15, 16–17. */
export type AgeBand =
  | 'AGE_1_5'
  | 'AGE_6_10'
  | 'AGE_11_15'
  | 'AGE_16_17'
  | 'UNDER_1';

export type AgencySector =
  | 'ADULT_SOCIAL_CARE'
  | 'AMBULANCE'
  | 'CHILDRENS_SOCIAL_CARE'
  | 'EDUCATION'
  | 'HEALTH'
  | 'HOUSING'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION'
  | 'VOLUNTARY_COMMUNITY'
  | 'YOUTH_JUSTICE';

/** A narrative section of the annual report, in print order. */
export type AnnualReportNarrativeSection =
  | 'LEARNING_FROM_REVIEWS'
  | 'NEXT_YEAR'
  | 'PRIORITIES'
  | 'SCRUTINY'
  | 'VOICE';

/** EMPTY: nothing written. DRAFT: the latest version awaits approval. APPROVED: the latest version is approved. */
export type AnnualReportNarrativeStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'EMPTY';

/** A table of the annual report dataset. */
export type AnnualReportTableKey =
  | 'ACTIONS_BY_SECTOR_AND_BRAG'
  | 'NOTIFICATIONS_BY_HARM_AND_AGE'
  | 'RECOMMENDATIONS_BY_RESPONSE'
  | 'REFERRALS_BY_ROUTE_AND_DECISION'
  | 'REVIEWS_BY_TYPE_AND_STATUS'
  | 'REVIEW_TIMESCALE_CHANGES_BY_REASON'
  | 'TRAINING_ATTENDANCE_BY_SECTOR';

/** SECTION_11: agencies' self-assessment (the partnership's standards; the Act sets duties); SCHOOLS_175_157: schools and colleges (Education Act 2002, KCSIE); ADULTS_SELF_ASSESSMENT: safeguarding adults board self-assessment; CASE_AUDIT: case audit tool. */
export type AssuranceToolKind =
  | 'ADULTS_SELF_ASSESSMENT'
  | 'CASE_AUDIT'
  | 'SCHOOLS_175_157'
  | 'SECTION_11';

/** DRAFT: being written; IN_USE: the version audits use now; RETIRED: kept for past audits. */
export type AssuranceToolStatus =
  | 'DRAFT'
  | 'IN_USE'
  | 'RETIRED';

/** The whole return as it stands: the summary and every rated standard or case narrative (they replace the return's rows). */
export type AuditAgencyReturnInput = {
  /** A self-assessment: one row per standard rated. */
  assessments?: Array<AuditReturnAssessmentInput> | null | undefined;
  /** A case audit: one row per case. */
  cases?: Array<AuditReturnCaseInput> | null | undefined;
  summary?: string | null | undefined;
};

export type AuditDomainGradeInput = {
  /** An agency of the partnership, for that agency's grade; omit for the overall multi-agency grade. */
  agencyId?: string | number | null | undefined;
  /** The code of one of the partnership's audit domains (auditDomains), e.g. `voice-of-the-child`; not a retired one for a new grade. */
  domain: string;
  grade: OfstedGrade;
  narrative?: string | null | undefined;
};

export type AuditEventFilter = {
  /** e.g. insert, update, delete, sign-in, sign-in-failed, export, exact-report. */
  action?: string | null | undefined;
  /** A table name, e.g. `actions`, `reviews`, `users`. */
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  from?: string | null | undefined;
  partnershipId?: string | number | null | undefined;
  to?: string | null | undefined;
};

/** startedOn, ref, title, type, gradedCases (graded cases), goodOrBetter (share of graded cases good or better; audits not yet graded last either way). */
export type AuditListSort =
  | 'goodOrBetter'
  | 'gradedCases'
  | 'ref'
  | 'startedOn'
  | 'title'
  | 'type';

/** How the share good or better moved since the previous round. */
export type AuditQualityDirection =
  | 'IMPROVED'
  | 'UNCHANGED'
  | 'WORSENED';

/** The agency's rating of one standard of the round's tool, with its narrative and evidence. */
export type AuditReturnAssessmentInput = {
  /** What shows the rating: policies, audits, training records. */
  evidence?: string | null | undefined;
  narrative?: string | null | undefined;
  rating?: RagRating | null | undefined;
  toolStandardId: string | number;
};

/** The agency's narrative on one case of a case audit. */
export type AuditReturnCaseInput = {
  auditCaseId: string | number;
  narrative?: string | null | undefined;
};

/** What the agency returns: a self-assessment (a rating and evidence per standard) or a case audit (a narrative per case). */
export type AuditReturnKind =
  | 'CASE_AUDIT'
  | 'SELF_ASSESSMENT';

/** Where an agency's audit return stands as of a day, as for information requests: sent, reminded, returned, or overdue. */
export type AuditReturnStatus =
  | 'OVERDUE'
  | 'REMINDED'
  | 'RETURNED'
  | 'SENT';

/** COMPARABLE: same tool (same standards) or same topic (same themes), and at least 10 graded cases in each round; DIFFERENT_TOOL / DIFFERENT_TOPIC: not comparable; TOO_FEW_CASES: fewer than 10 graded cases in either round. */
export type AuditRoundComparability =
  | 'COMPARABLE'
  | 'DIFFERENT_TOOL'
  | 'DIFFERENT_TOPIC'
  | 'TOO_FEW_CASES';

/** Multi-agency case, single-agency, thematic or section 11 audit. */
export type AuditType =
  | 'MULTI_AGENCY_CASE'
  | 'SECTION_11'
  | 'SINGLE_AGENCY'
  | 'THEMATIC';

/** Blue: completed or impact evidenced. Red: overdue. Amber: due within 30 days. Green: on track. */
export type Brag =
  | 'AMBER'
  | 'BLUE'
  | 'GREEN'
  | 'RED';

export type ChangeActionStatusInput = {
  /** Required for COMPLETED, and for IMPACT_EVIDENCED unless already completed. */
  completedOn?: string | null | undefined;
  /** Required for IMPACT_EVIDENCED unless already recorded. */
  impactEvidence?: string | null | undefined;
  /** Why, kept on the update. */
  note?: string | null | undefined;
  status: ActionStatus;
};

/** One chronology row: pseudonyms only ("Child A", "Adult B"). */
export type ChronologyEntryInput = {
  /** The agency involved; the answering agency when not given. */
  agencyId?: string | number | null | undefined;
  event?: string | null | undefined;
  /** The date of the event. */
  occurredOn?: string | null | undefined;
  source?: string | null | undefined;
};

export type CreateActionInput = {
  /** The source audit; give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  /** Required when the status is COMPLETED or IMPACT_EVIDENCED. */
  completedOn?: string | null | undefined;
  dueOn: string;
  /** The monitoring group, one of the partnership's groups. Give this or monitoringCommittee. */
  groupId?: string | number | null | undefined;
  /** The audit round that will show the action's impact (of the same partnership). */
  impactAuditId?: string | number | null | undefined;
  /** Required when the status is IMPACT_EVIDENCED. */
  impactEvidence?: string | null | undefined;
  /** The OBA measure that will show the action's impact (of the same partnership). */
  impactMeasureId?: string | number | null | undefined;
  /** The monitoring group by name (ignoring case): the partnership's group of that name, created as a subgroup if there is none. Give this or groupId. */
  monitoringCommittee?: string | null | undefined;
  /** Note on the first update, recording the creation. */
  note?: string | null | undefined;
  ownerAgencyId: string | number;
  partnershipId: string | number;
  /** A recommendation of the same review or audit. */
  recommendationId?: string | number | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The source review; give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  status?: ActionStatus | null | undefined;
  /** Themes of the same partnership. */
  themeIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateAgencyInput = {
  /** Defaults to true. */
  isCoreMember?: boolean | null | undefined;
  name: string;
  partnershipId: string | number;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  sector: AgencySector;
};

export type CreateAssuranceToolInput = {
  description?: string | null | undefined;
  kind: AssuranceToolKind;
  name: string;
  partnershipId: string | number;
};

export type CreateAuditCaseInput = {
  /** A multi-agency case, single-agency or thematic audit. */
  auditId: string | number;
  /** At most one overall grade per domain, and one per domain for each agency. On update, replaces the whole set; omit to keep it. A retired domain may stay on the grades a case already has, not be given to a new one. */
  domainGrades?: Array<AuditDomainGradeInput> | null | undefined;
  narrative?: string | null | undefined;
  overallGrade: OfstedGrade;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
};

export type CreateAuditDomainInput = {
  /** The code grades and bundles name it by: lower-case words joined by hyphens. Made from the name when omitted; never changes. */
  code?: string | null | undefined;
  /** What auditors call it, e.g. "Voice of the child". Unique in the partnership, ignoring case. */
  name: string;
  partnershipId: string | number;
};

export type CreateAuditInput = {
  /** Agencies taking part. On update, replaces the set; omit to keep it. */
  agencyIds?: Array<string | number> | null | undefined;
  /** On or after startedOn. */
  completedOn?: string | null | undefined;
  leadAgencyId?: string | number | null | undefined;
  partnershipId: string | number;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The cycle or round, e.g. `2024-25 Q2`. */
  round?: string | null | undefined;
  startedOn: string;
  summary?: string | null | undefined;
  /** Themes of the audit. On update, replaces the set; omit to keep it. */
  themeIds?: Array<string | number> | null | undefined;
  title: string;
  /** The assurance tool version used; a section 11 audit given none uses the in-use version of the partnership's section 11 tool. */
  toolId?: string | number | null | undefined;
  type: AuditType;
};

export type CreateFindingInput = {
  /** The audit it comes from. Give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  kind: FindingKind;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** The review it comes from. Give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  text: string;
  /** Themes of the partnership's taxonomy; on update, replaces the set. */
  themeIds?: Array<string | number> | null | undefined;
};

export type CreateGroupInput = {
  /** How often it meets, in weeks: 1 to 52. */
  cadenceWeeks?: number | null | undefined;
  kind: GroupKind;
  /** Unique in the partnership, ignoring case. */
  name: string;
  partnershipId: string | number;
  purpose?: string | null | undefined;
};

export type CreateInformationRequestInput = {
  /** An agency of the review's partnership. */
  agencyId: string | number;
  dueOn: string;
  kind: InformationRequestKind;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  remindedOn?: string | null | undefined;
  returnedOn?: string | null | undefined;
  /** The review; the request belongs to its partnership. */
  reviewId: string | number;
  sentOn: string;
};

export type CreateLearningProductInput = {
  kind: LearningProductKind;
  partnershipId: string | number;
  publishedOn: string;
  reach?: number | null | undefined;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** Reviews whose learning it shares; on update, replaces the set. */
  reviewIds?: Array<string | number> | null | undefined;
  /** Themes of the partnership's taxonomy; on update, replaces the set. */
  themeIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateMeasureInput = {
  /** An agency of the same partnership; empty for the whole partnership. */
  agencyId?: string | number | null | undefined;
  baseline?: number | null | undefined;
  /** Must start a period of the measure’s periodicity. */
  baselinePeriodStart?: string | null | undefined;
  description?: string | null | undefined;
  headline?: boolean | null | undefined;
  /** Required for a COMPUTED measure, empty for an ENTERED one. */
  metric?: string | null | undefined;
  name: string;
  partnershipId: string | number;
  periodicity: MeasurePeriodicity;
  polarity: MeasurePolarity;
  quadrant: ObaQuadrant;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  source: MeasureSource;
  target?: number | null | undefined;
  unit: MeasureUnit;
};

export type CreateMeetingInput = {
  groupId: string | number;
  meetsOn: string;
  minutes?: string | null | undefined;
  status?: MeetingStatus | null | undefined;
};

export type CreateNotificationInput = {
  ageBand: AgeBand;
  dateAware: string;
  dateNotified?: string | null | undefined;
  /** PENDING when omitted. */
  decision?: NotificationDecision | null | undefined;
  harm: Harm;
  partnershipId: string | number;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** What happened, with nothing that identifies a child or family. */
  summary?: string | null | undefined;
  /** Themes of this partnership. On update, replaces the set when given. */
  themeIds?: Array<string | number> | null | undefined;
};

export type CreateRecommendationInput = {
  /** The audit it comes from. Give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  /** A finding of the same review or audit that this answers. */
  findingId?: string | number | null | undefined;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** The day the response was decided; required with a response, not in the future. */
  respondedOn?: string | null | undefined;
  /** Accepted, accepted in part or not accepted; leave out while awaited. */
  response?: RecommendationResponse | null | undefined;
  /** Required when accepted in part or not accepted. */
  responseReasons?: string | null | undefined;
  /** The review it comes from. Give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  text: string;
};

export type CreateReferralInput = {
  criteria: ReferralCriteria;
  decidedBy?: ReferralDecider | null | undefined;
  decidedOn?: string | null | undefined;
  /** Null while the decision is awaited; with it, decidedOn and decidedBy. */
  decision?: ReferralDecision | null | undefined;
  groupRecommendation?: ReferralDecision | null | undefined;
  /** Only when the decision is notify or rapid review. */
  notificationId?: string | number | null | undefined;
  /** Children's cases only. */
  panelResponse?: PanelResponse | null | undefined;
  partnershipId: string | number;
  /** Required when the decision is no review. */
  reasons?: string | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  referredOn: string;
  referrerToldOn?: string | null | undefined;
  /** Required when a practitioner referred through their agency's safeguarding lead. */
  referringAgencyId?: string | number | null | undefined;
  /** Only when the decision is rapid review (a rapid review) or another review (any other type). */
  reviewId?: string | number | null | undefined;
  route: ReferralRoute;
  /** A description of the case, with nothing that identifies a child, adult or family. */
  summary?: string | null | undefined;
};

export type CreateReviewEngagementInput = {
  /** A practitioner: an agency of the review's partnership. */
  agencyId?: string | number | null | undefined;
  engagedOn: string;
  /** A family member: their role, never a name. */
  familyRole?: FamilyRole | null | undefined;
  outcome: EngagementOutcome;
  party: EngagementParty;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The review; the entry belongs to its partnership. */
  reviewId: string | number;
};

export type CreateReviewInput = {
  /** Agencies of this partnership involved. On update, replaces the set when given. */
  agencyIds?: Array<string | number> | null | undefined;
  completedOn?: string | null | undefined;
  /** NOT_YET_OFFERED when omitted. */
  familyParticipation?: FamilyParticipation | null | undefined;
  /** False when omitted. */
  independentReviewer?: boolean | null | undefined;
  /** Rapid reviews only. */
  infoRequestedOn?: string | null | undefined;
  initiatedOn: string;
  /** Rapid reviews only. */
  meetingOn?: string | null | undefined;
  /** Not for rapid reviews. */
  method?: ReviewMethod | null | undefined;
  /** Required when the method is OTHER. */
  methodDetails?: string | null | undefined;
  /** Rapid reviews only. */
  nationalReviewRecommended?: boolean | null | undefined;
  /** A notification of the same partnership. */
  notificationId?: string | number | null | undefined;
  partnershipId: string | number;
  /** Publication planned for; not once published. Not for rapid reviews. */
  plannedPublicationOn?: string | null | undefined;
  practitionersInvolved?: number | null | undefined;
  publishedOn?: string | null | undefined;
  /** Rapid reviews only. */
  rapidReviewOutcome?: RapidReviewOutcome | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The final report sent to the national Panel and the Secretary of State. Not for rapid reviews. */
  reportSharedOn?: string | null | undefined;
  /** The independent reviewer and others, named as professionals. Not for rapid reviews. */
  reviewers?: string | null | undefined;
  /** Rapid reviews only. */
  sentToPanelOn?: string | null | undefined;
  /** The review of the same partnership that led to this one. */
  sourceReviewId?: string | number | null | undefined;
  /** PROPOSED when omitted. */
  status?: ReviewStatus | null | undefined;
  termsAgreedOn?: string | null | undefined;
  /** Themes of this partnership. On update, replaces the set when given. */
  themeIds?: Array<string | number> | null | undefined;
  title: string;
  type: ReviewType;
  /** Required when the status is CLOSED_UNPUBLISHED. */
  unpublishedReason?: string | null | undefined;
};

export type CreateReviewTimescaleChangeInput = {
  /** An extension: who agreed it. */
  agreedBy?: string | null | undefined;
  /** An extension: the new due date agreed. */
  agreedDueOn?: string | null | undefined;
  /** A pause: the day the review restarted (leave out while paused). */
  endsOn?: string | null | undefined;
  kind: TimescaleChangeKind;
  reason: TimescaleReason;
  reasonDetails?: string | null | undefined;
  /** The review; the pause or extension belongs to its partnership. */
  reviewId: string | number;
  /** A pause: the day it started. An extension: the day it was agreed. */
  startsOn: string;
};

export type CreateSection11AssessmentInput = {
  /** The agency assessing itself; one assessment per agency and standard in an audit. */
  agencyId: string | number;
  /** A section 11 audit. */
  auditId: string | number;
  evidence?: string | null | undefined;
  moderatedRating?: RagRating | null | undefined;
  moderationNote?: string | null | undefined;
  narrative?: string | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  selfRating: RagRating;
  /** The standard's code in the audit's tool, e.g. `leadership-and-board-lead`; give this or toolStandardId. */
  standard?: string | null | undefined;
  /** A standard of the audit's tool; give this or standard. */
  toolStandardId?: string | number | null | undefined;
};

export type CreateThemeInput = {
  /** Stable code, unique in the partnership, e.g. `cost-of-living`. It never changes. */
  code: string;
  description?: string | null | undefined;
  name: string;
  partnershipId: string | number;
  themeGroup: ThemeGroup;
};

export type CreateTokenInput = {
  /** Days until it expires (1–366); default 90. */
  expiresInDays?: number | null | undefined;
  /** What the token is for, e.g. "Quarterly R script". */
  name: string;
};

export type CreateTrainingAttendanceInput = {
  agencyId: string | number;
  attended: boolean;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The practitioner's role; never a name. */
  role?: string | null | undefined;
  sessionId: string | number;
};

export type CreateTrainingCourseInput = {
  description?: string | null | undefined;
  /** Length in hours, up to two decimals. */
  durationHours?: number | null | undefined;
  multiAgency?: boolean | null | undefined;
  partnershipId: string | number;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** Themes of the course's partnership. */
  themeIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateTrainingSessionInput = {
  capacity: number;
  courseId: string | number;
  delivery?: TrainingDelivery | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  sessionDate: string;
};

export type CreateUserInput = {
  /** The agency an agency lead acts for. */
  agencyId?: string | number | null | undefined;
  email: string;
  name: string;
  /** The partnership the user belongs to (not for national analysts or system admins). */
  partnershipId?: string | number | null | undefined;
  /** Several partnerships, for a business unit that serves more than one. */
  partnershipIds?: Array<string | number> | null | undefined;
  /** Initial password; leave empty for single sign-on only. */
  password?: string | null | undefined;
  role: Role;
};

/** A change to a story: its words or the period it is about. The date written and the writer stay. */
export type EditMeasureStoryInput = {
  id: string | number;
  periodStart?: string | null | undefined;
  text: string;
};

/** Offered a part in the review (no answer yet), took part, or declined. */
export type EngagementOutcome =
  | 'DECLINED'
  | 'OFFERED'
  | 'TOOK_PART';

/** A family member or a practitioner. */
export type EngagementParty =
  | 'FAMILY'
  | 'PRACTITIONER';

export type FamilyParticipation =
  | 'DECLINED'
  | 'NOT_APPROPRIATE'
  | 'NOT_YET_OFFERED'
  | 'OFFERED'
  | 'TOOK_PART';

/** A family member by role, never by name; CHILD_OR_ADULT is the child or adult at the centre of the review. */
export type FamilyRole =
  | 'CARER'
  | 'CHILD_OR_ADULT'
  | 'FATHER'
  | 'GRANDPARENT'
  | 'MOTHER'
  | 'OTHER_RELATIVE'
  | 'PARTNER'
  | 'SIBLING'
  | 'STEP_PARENT';

/** Good practice to repeat, or an area for improvement. */
export type FindingKind =
  | 'AREA_FOR_IMPROVEMENT'
  | 'GOOD_PRACTICE';

/** The partnership's board, its executive, a subgroup (e.g. Learning from Practice) or a forum (e.g. cross-board). */
export type GroupKind =
  | 'BOARD'
  | 'EXECUTIVE'
  | 'FORUM'
  | 'SUBGROUP';

/** The child's death or serious harm. */
export type Harm =
  | 'DEATH'
  | 'SERIOUS_HARM';

/** The whole answer as it stands: its fields and every chronology row (the rows replace the answer's rows). */
export type InformationRequestAnswerInput = {
  analysis?: string | null | undefined;
  chronology?: Array<ChronologyEntryInput>;
  involvedFrom?: string | null | undefined;
  involvedTo?: string | null | undefined;
  involvement?: string | null | undefined;
  knownToAgency?: KnownToAgency | null | undefined;
  notes?: string | null | undefined;
};

/** What an agency is asked for: rapid review information, scoping, chronology or analysis. */
export type InformationRequestKind =
  | 'ANALYSIS'
  | 'CHRONOLOGY'
  | 'RAPID_REVIEW_INFORMATION'
  | 'SCOPING';

/** Where a request stands as of a day: sent, reminded (a reminder went out), returned, or overdue (past its due date, not returned). */
export type InformationRequestStatus =
  | 'OVERDUE'
  | 'REMINDED'
  | 'RETURNED'
  | 'SENT';

/** Invite agencies to return their part of an audit round. */
export type InviteAuditAgenciesInput = {
  /** The agencies to invite; every agency taking part in the audit when not given. Agencies already invited are left as they are. */
  agencyIds?: Array<string | number> | null | undefined;
  auditId: string | number;
  /** When the return is due; 20 working days after the invitation when not given. */
  dueOn?: string | null | undefined;
  /** The day of the invitation; today when not given. */
  sentOn?: string | null | undefined;
};

/** Whether the subject of the review was known to the agency: yes, no, or not known. */
export type KnownToAgency =
  | 'NO'
  | 'UNKNOWN'
  | 'YES';

/** How learning is shared: a 7-minute briefing, a learning event, a newsletter item… */
export type LearningProductKind =
  | 'LEARNING_EVENT'
  | 'NEWSLETTER_ITEM'
  | 'OTHER'
  | 'PODCAST'
  | 'PRACTITIONER_FORUM'
  | 'SEVEN_MINUTE_BRIEFING'
  | 'WEBINAR';

/** How often a value is recorded: monthly, per financial-year quarter (Q1 = April–June) or per financial year (from 1 April). */
export type MeasurePeriodicity =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Whether a higher or a lower value is better. */
export type MeasurePolarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Entered (or imported) by people, or computed from a built-in metric of the system’s own data. */
export type MeasureSource =
  | 'COMPUTED'
  | 'ENTERED';

export type MeasureUnit =
  | 'COUNT'
  | 'DAYS'
  | 'PERCENT'
  | 'RATE_PER_10000'
  | 'RATIO'
  | 'SCORE';

export type MeasureValueInput = {
  /** The first day of the period. */
  periodStart: string;
  value: number;
};

/** Planned (still to come, or not yet recorded) or held. */
export type MeetingStatus =
  | 'HELD'
  | 'PLANNED';

/** A member's role for a term: chair, vice-chair or member. */
export type MemberRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'VICE_CHAIR';

/** Which records a metric counts. */
export type MetricFilter = {
  /** Only records involving (or owned by) this agency. */
  agencyId?: string | number | null | undefined;
  /** First day of the range, inclusive. */
  from?: string | null | undefined;
  /** Partnerships to include; all when omitted. */
  partnershipIds?: Array<string | number> | null | undefined;
  /** Review types by their kebab-case value, e.g. `lcspr`, `sar`. */
  reviewTypes?: Array<string> | null | undefined;
  /** Only records tagged with this theme. */
  themeId?: string | number | null | undefined;
  /** Last day of the range, inclusive. */
  to?: string | null | undefined;
};

/** Whether a notification leads to a rapid review. */
export type NotificationDecision =
  | 'NO_RAPID_REVIEW'
  | 'PENDING'
  | 'RAPID_REVIEW';

export type NotificationFilter = {
  ageBand?: AgeBand | null | undefined;
  /** Date aware on or after this date. */
  dateAwareFrom?: string | null | undefined;
  /** Date aware on or before this date. */
  dateAwareTo?: string | null | undefined;
  decision?: NotificationDecision | null | undefined;
  harm?: Harm | null | undefined;
  partnershipId?: string | number | null | undefined;
  /** Notifications tagged with this theme. */
  themeId?: string | number | null | undefined;
};

export type NotificationSortField =
  | 'dateAware'
  | 'decision'
  | 'harm'
  | 'ref';

/** How a gap or a change is measured for a unit: POINTS (percentage points, for percentages), DIFFERENCE (in the unit, for rates per 10,000 and scores) or RELATIVE (a fraction of the starting value, for counts, days and ratios). */
export type ObaChangeKind =
  | 'DIFFERENCE'
  | 'POINTS'
  | 'RELATIVE';

/** The outcomes-based accountability question: how much did we do, how well did we do it, is anyone better off? */
export type ObaQuadrant =
  | 'BETTER_OFF'
  | 'HOW_MUCH'
  | 'HOW_WELL';

/** The latest value against the target, by polarity: ON_TARGET when at least (higher is better) or at most (lower is better) the target; NO_TARGET when the measure has none; NO_DATA when it has a target but no value yet. */
export type ObaTargetStatus =
  | 'NO_DATA'
  | 'NO_TARGET'
  | 'OFF_TARGET'
  | 'ON_TARGET';

/** Which way the values moved. */
export type ObaTrendDirection =
  | 'DOWN'
  | 'FLAT'
  | 'UP';

/** A movement judged by the measure’s polarity: up is IMPROVING when higher is better, WORSENING when lower is better. */
export type ObaTrendJudgement =
  | 'IMPROVING'
  | 'STABLE'
  | 'WORSENING';

/** Ofsted's scale: outstanding, good, requires improvement to be good, inadequate. */
export type OfstedGrade =
  | 'GOOD'
  | 'INADEQUATE'
  | 'OUTSTANDING'
  | 'REQUIRES_IMPROVEMENT';

/** The national Panel's response to a children's decision. */
export type PanelResponse =
  | 'AGREES'
  | 'AWAITED'
  | 'DISAGREES';

/** Children, adults, community safety, or a joint board. */
export type PartnershipKind =
  | 'ADULTS'
  | 'CHILDREN'
  | 'COMMUNITY_SAFETY'
  | 'JOINT';

/** How figures are grouped in time. Quarters are financial-year quarters: Q1 is April to June. */
export type PeriodGrain =
  | 'CALENDAR_YEAR'
  | 'FINANCIAL_YEAR'
  | 'MONTH'
  | 'QUARTER';

/** Red, amber or green. */
export type RagRating =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** What the rapid review recommended to the national panel. */
export type RapidReviewOutcome =
  | 'LCSPR'
  | 'NO_FURTHER_REVIEW'
  | 'OTHER_LEARNING_REVIEW';

/** Accepted, accepted in part or not accepted: a safeguarding adults board reports which, and why not. */
export type RecommendationResponse =
  | 'ACCEPTED'
  | 'ACCEPTED_IN_PART'
  | 'NOT_ACCEPTED';

export type RecordMeetingDecisionInput = {
  /** One of the group's actions the decision is about. */
  actionId?: string | number | null | undefined;
  meetingId: string | number;
  text: string;
};

/** Children's serious incident or local review criteria (Working Together 2023), adults' Care Act 2014 s44, or the domestic homicide review statutory guidance. */
export type ReferralCriteria =
  | 'ADULTS_CARE_ACT_S44'
  | 'CHILDREN_LOCAL_REVIEW'
  | 'CHILDREN_SERIOUS_INCIDENT'
  | 'DOMESTIC_HOMICIDE';

/** Who made the decision: independent scrutineer, chair, executive or other. */
export type ReferralDecider =
  | 'CHAIR'
  | 'EXECUTIVE'
  | 'INDEPENDENT_SCRUTINEER'
  | 'OTHER';

/** Notify the Panel, rapid review, another review, or no review. */
export type ReferralDecision =
  | 'NOTIFY'
  | 'NO_REVIEW'
  | 'OTHER_REVIEW'
  | 'RAPID_REVIEW';

export type ReferralFilter = {
  decision?: ReferralDecision | null | undefined;
  partnershipId?: string | number | null | undefined;
  /** Referred on or after this date. */
  referredFrom?: string | null | undefined;
  /** Referred on or before this date. */
  referredTo?: string | null | undefined;
  /** Referred by this agency (its safeguarding lead). */
  referringAgencyId?: string | number | null | undefined;
};

/** A practitioner through their agency's safeguarding lead, the national Panel, or another route. */
export type ReferralRoute =
  | 'AGENCY_SAFEGUARDING_LEAD'
  | 'OTHER'
  | 'PANEL';

/** How reminders reach you by email: each as it comes, one digest a day, or none (they stay in the product). */
export type ReminderEmail =
  | 'DAILY_DIGEST'
  | 'EACH'
  | 'NONE';

/** WORK: counts of the partnership's own work and rates built on them, published as they are. PEOPLE_BY_CHARACTERISTIC: counts of people by age band, sex, ethnicity, disability, type of harm or locality, suppressed in PUBLISHED mode. */
export type ReportDisclosure =
  | 'PEOPLE_BY_CHARACTERISTIC'
  | 'WORK';

/** EXACT: every count as it is (internal use). PUBLISHED: counts from 1 to the partnership suppression threshold, and counts that would let a total reveal them, shown as `c`; rates on a suppressed count shown as `c`. */
export type ReportMode =
  | 'EXACT'
  | 'PUBLISHED';

export type ReviewFilter = {
  /** Reviews this agency is involved in. */
  agencyId?: string | number | null | undefined;
  /** Initiated on or after this date. */
  initiatedFrom?: string | null | undefined;
  /** Initiated on or before this date. */
  initiatedTo?: string | null | undefined;
  partnershipId?: string | number | null | undefined;
  /** Matches part of the title, ignoring case. */
  search?: string | null | undefined;
  statuses?: Array<ReviewStatus> | null | undefined;
  /** Reviews tagged with this theme. */
  themeId?: string | number | null | undefined;
  types?: Array<ReviewType> | null | undefined;
};

/** How the review is carried out: SCIE Learning Together, another systems method, a hybrid, appreciative inquiry, or other (with details). */
export type ReviewMethod =
  | 'APPRECIATIVE_INQUIRY'
  | 'HYBRID'
  | 'LEARNING_TOGETHER'
  | 'OTHER'
  | 'SYSTEMS';

export type ReviewSortField =
  | 'initiatedOn'
  | 'ref'
  | 'status'
  | 'title'
  | 'type';

/** Proposed → scoping → in progress → report drafted → completed → published, or closed unpublished. */
export type ReviewStatus =
  | 'CLOSED_UNPUBLISHED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'PUBLISHED'
  | 'REPORT_DRAFTED'
  | 'SCOPING';

/** Rapid review, LCSPR, national CSPR, SCR (legacy), PLR, SAR, DHR and the other learning reviews. */
export type ReviewType =
  | 'APPRECIATIVE_INQUIRY'
  | 'CHILD_DEATH'
  | 'CRITICAL_INCIDENT'
  | 'DHR'
  | 'LCSPR'
  | 'NATIONAL_CSPR'
  | 'PLR'
  | 'PRACTICE_LEARNING_SET'
  | 'RAPID_REVIEW'
  | 'SAR'
  | 'SCR'
  | 'SINGLE_AGENCY'
  | 'THEMATIC';

/** What a user may do; deny by default (see docs/roles.md and the permission table). */
export type Role =
  /** The partnership's business unit: records everything, imports, exports, settings, users, change history. */
  | 'ADMIN'
  /** Reads its partnership; changes only the actions and information requests its agency owns. */
  | 'AGENCY_LEAD'
  /** Reads its partnership, exports, exact figures. */
  | 'ANALYST'
  /** Reads its partnership. */
  | 'BOARD_MEMBER'
  /** Reads its partnership; monitors action plans and signs actions off. */
  | 'COMMITTEE_MEMBER'
  /** Published figures of every partnership; no records, no exact small numbers. */
  | 'NATIONAL_ANALYST'
  /** Partnerships and users. */
  | 'SYSTEM_ADMIN';

/** UP: moderation raised the rating (e.g. amber to green); DOWN: lowered it; UNCHANGED: confirmed it; NOT_MODERATED: not yet moderated. */
export type Section11ModerationChange =
  | 'DOWN'
  | 'NOT_MODERATED'
  | 'UNCHANGED'
  | 'UP';

export type SignInInput = {
  email: string;
  password: string;
};

/** asc: smallest, earliest or A first; desc: the reverse. */
export type SortDirection =
  | 'asc'
  | 'desc';

/** The steps of the Leeds rapid review process. */
export type StatutoryMilestoneName =
  /** Agencies reply within 5 working days of the request (each information request by its due date). */
  | 'AGENCIES_REPLIED'
  /** Agencies asked for information within 2 working days of the notification. */
  | 'INFORMATION_REQUESTED'
  /** The rapid review meeting, between working days 7 and 13 after the notification. */
  | 'MEETING'
  /** The outcome sent to the national panel within 2 working days of the meeting. */
  | 'OUTCOME_SENT';

/** The group a theme sits in: the child, family context, harm, practice or the system. */
export type ThemeGroup =
  | 'CHILD'
  | 'FAMILY_CONTEXT'
  | 'HARM'
  | 'PRACTICE'
  | 'SYSTEM';

/** A record theme metrics count: a review or an audit. */
export type ThemeRecordKind =
  | 'AUDIT'
  | 'REVIEW';

/** Which records theme metrics count: reviews (by initiation date), audits (by start date) or both. */
export type ThemeRecordSource =
  | 'AUDITS'
  | 'BOTH'
  | 'REVIEWS';

/** Where a statutory step stands against its due date as of a date. */
export type Timeliness =
  /** Not done as of the date asked about, and not yet past the due date. */
  | 'DUE'
  /** Done before its window opened (a rapid review meeting before working day 7). */
  | 'EARLY'
  /** Done after the due date. */
  | 'LATE'
  /** Done on or before the due date. */
  | 'ON_TIME'
  /** Not done as of the date asked about, which is after the due date. */
  | 'OVERDUE';

/** A pause (the six-month clock stops) or an agreed extension (the due date moves; the original stays visible). */
export type TimescaleChangeKind =
  | 'EXTENSION'
  | 'PAUSE';

/** Why a review was paused or extended: criminal proceedings, a coroner's inquest, family engagement, new information, or other (with details). */
export type TimescaleReason =
  | 'CRIMINAL_PROCEEDINGS'
  | 'FAMILY_ENGAGEMENT'
  | 'INQUEST'
  | 'NEW_INFORMATION'
  | 'OTHER';

/** A level of a draft's rating scale; its order (worst first) is its place in the list. */
export type ToolLevelInput = {
  /** The rating stored on an assessment: red, amber or green. */
  code: string;
  label: string;
  met: boolean;
};

/** A standard of a draft; its order is its place in the list. */
export type ToolStandardInput = {
  /** Stable code, lower-case words joined by hyphens; keep it when the standard asks the same thing as before. */
  code: string;
  /** Guidance: what the standard asks, what evidence shows it. */
  description?: string | null | undefined;
  groupName?: string | null | undefined;
  title: string;
};

/** How a training session is delivered. */
export type TrainingDelivery =
  | 'E_LEARNING'
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type TrainingEvaluationInput = {
  comment?: string | null | undefined;
  /** Self-rated confidence after the session, 1 to 5. */
  confidenceAfter: number;
  /** Self-rated confidence before the session, 1 to 5. */
  confidenceBefore: number;
  /** Satisfaction with the session, 1 to 5. */
  satisfaction?: number | null | undefined;
  submittedOn: string;
};

export type TrainingFollowUpInput = {
  /** Required once respondedOn is given. */
  changedPractice?: boolean | null | undefined;
  example?: string | null | undefined;
  respondedOn?: string | null | undefined;
  sentOn: string;
};

/** Kirkpatrick's levels of training evaluation: reaction, learning, behaviour, results. */
export type TrainingKirkpatrickLevelName =
  | 'BEHAVIOUR'
  | 'LEARNING'
  | 'REACTION'
  | 'RESULTS';

/** NONE; SECTOR or AGENCY of the booking agency; COURSE; PARTNERSHIP that ran the session. With SECTOR/AGENCY, sessions and places are those the group booked on. */
export type TrainingMetricsGroupBy =
  | 'AGENCY'
  | 'COURSE'
  | 'NONE'
  | 'PARTNERSHIP'
  | 'SECTOR';

export type TrainingSessionFilter = {
  /** Sessions this agency booked places on (the training figures count its bookings). */
  agencyId?: string | number | null | undefined;
  courseId?: string | number | null | undefined;
  /** Sessions on or after this date. */
  dateFrom?: string | null | undefined;
  /** Sessions on or before this date. */
  dateTo?: string | null | undefined;
  partnershipId?: string | number | null | undefined;
  /** Sessions of courses tagged with this theme. */
  themeId?: string | number | null | undefined;
};

export type TrainingSessionSortField =
  | 'capacity'
  | 'delivery'
  | 'ref'
  | 'sessionDate';

export type UpdateActionInput = {
  /** The source audit; give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  /** Required when the status is COMPLETED or IMPACT_EVIDENCED. */
  completedOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  /** The monitoring group, one of the partnership's groups. Give this or monitoringCommittee. */
  groupId?: string | number | null | undefined;
  /** The audit round that will show the action's impact (of the same partnership). */
  impactAuditId?: string | number | null | undefined;
  /** Required when the status is IMPACT_EVIDENCED. */
  impactEvidence?: string | null | undefined;
  /** The OBA measure that will show the action's impact (of the same partnership). */
  impactMeasureId?: string | number | null | undefined;
  /** The monitoring group by name (ignoring case): the partnership's group of that name, created as a subgroup if there is none. Give this or groupId. */
  monitoringCommittee?: string | null | undefined;
  ownerAgencyId?: string | number | null | undefined;
  /** A recommendation of the same review or audit. */
  recommendationId?: string | number | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The source review; give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  /** Themes of the same partnership. */
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateAgencyInput = {
  /** Defaults to true. */
  isCoreMember?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  sector?: AgencySector | null | undefined;
};

/** Changes to a draft; a list given replaces the draft's list whole. */
export type UpdateAssuranceToolDraftInput = {
  description?: string | null | undefined;
  levels?: Array<ToolLevelInput> | null | undefined;
  name?: string | null | undefined;
  standards?: Array<ToolStandardInput> | null | undefined;
};

export type UpdateAuditCaseInput = {
  /** At most one overall grade per domain, and one per domain for each agency. On update, replaces the whole set; omit to keep it. A retired domain may stay on the grades a case already has, not be given to a new one. */
  domainGrades?: Array<AuditDomainGradeInput> | null | undefined;
  narrative?: string | null | undefined;
  overallGrade?: OfstedGrade | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
};

export type UpdateAuditDomainInput = {
  /** A new name; the code stays, so grades and bundles keep pointing at it. */
  name?: string | null | undefined;
  /** true: kept on the grades that use it, not offered for new ones; false: offered again. */
  retired?: boolean | null | undefined;
};

export type UpdateAuditInput = {
  /** Agencies taking part. On update, replaces the set; omit to keep it. */
  agencyIds?: Array<string | number> | null | undefined;
  /** On or after startedOn. */
  completedOn?: string | null | undefined;
  leadAgencyId?: string | number | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The cycle or round, e.g. `2024-25 Q2`. */
  round?: string | null | undefined;
  startedOn?: string | null | undefined;
  summary?: string | null | undefined;
  /** Themes of the audit. On update, replaces the set; omit to keep it. */
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
  /** The assurance tool version used; a section 11 audit given none uses the in-use version of the partnership's section 11 tool. */
  toolId?: string | number | null | undefined;
  type?: AuditType | null | undefined;
};

export type UpdateFindingInput = {
  /** The audit it comes from. Give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  kind?: FindingKind | null | undefined;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** The review it comes from. Give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  text?: string | null | undefined;
  /** Themes of the partnership's taxonomy; on update, replaces the set. */
  themeIds?: Array<string | number> | null | undefined;
};

export type UpdateGroupInput = {
  /** How often it meets, in weeks: 1 to 52. */
  cadenceWeeks?: number | null | undefined;
  kind?: GroupKind | null | undefined;
  /** Unique in the partnership, ignoring case. */
  name?: string | null | undefined;
  purpose?: string | null | undefined;
};

export type UpdateGroupMemberInput = {
  /** Their agency, of the partnership. */
  agencyId?: string | number | null | undefined;
  fromOn?: string | null | undefined;
  /** Someone without an account: their name (give agencyId too). */
  name?: string | null | undefined;
  role?: MemberRole | null | undefined;
  toOn?: string | null | undefined;
  /** A user of the partnership; give this or name. */
  userId?: string | number | null | undefined;
};

export type UpdateInformationRequestInput = {
  /** An agency of the review's partnership. */
  agencyId?: string | number | null | undefined;
  dueOn?: string | null | undefined;
  kind?: InformationRequestKind | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  remindedOn?: string | null | undefined;
  returnedOn?: string | null | undefined;
  sentOn?: string | null | undefined;
};

export type UpdateLearningProductInput = {
  kind?: LearningProductKind | null | undefined;
  publishedOn?: string | null | undefined;
  reach?: number | null | undefined;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** Reviews whose learning it shares; on update, replaces the set. */
  reviewIds?: Array<string | number> | null | undefined;
  /** Themes of the partnership's taxonomy; on update, replaces the set. */
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateMeasureInput = {
  /** An agency of the same partnership; empty for the whole partnership. */
  agencyId?: string | number | null | undefined;
  baseline?: number | null | undefined;
  /** Must start a period of the measure’s periodicity. */
  baselinePeriodStart?: string | null | undefined;
  description?: string | null | undefined;
  headline?: boolean | null | undefined;
  /** Required for a COMPUTED measure, empty for an ENTERED one. */
  metric?: string | null | undefined;
  name?: string | null | undefined;
  periodicity?: MeasurePeriodicity | null | undefined;
  polarity?: MeasurePolarity | null | undefined;
  quadrant?: ObaQuadrant | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  source?: MeasureSource | null | undefined;
  target?: number | null | undefined;
  unit?: MeasureUnit | null | undefined;
};

export type UpdateMeetingInput = {
  meetsOn?: string | null | undefined;
  minutes?: string | null | undefined;
  status?: MeetingStatus | null | undefined;
};

export type UpdateNotificationInput = {
  ageBand?: AgeBand | null | undefined;
  dateAware?: string | null | undefined;
  dateNotified?: string | null | undefined;
  /** PENDING when omitted. */
  decision?: NotificationDecision | null | undefined;
  harm?: Harm | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** What happened, with nothing that identifies a child or family. */
  summary?: string | null | undefined;
  /** Themes of this partnership. On update, replaces the set when given. */
  themeIds?: Array<string | number> | null | undefined;
};

export type UpdateRecommendationInput = {
  /** The audit it comes from. Give exactly one of reviewId and auditId. */
  auditId?: string | number | null | undefined;
  /** A finding of the same review or audit that this answers. */
  findingId?: string | number | null | undefined;
  /** Your own reference, unique in the partnership; generated when omitted. */
  ref?: string | null | undefined;
  /** The day the response was decided; required with a response, not in the future. */
  respondedOn?: string | null | undefined;
  /** Accepted, accepted in part or not accepted; leave out while awaited. */
  response?: RecommendationResponse | null | undefined;
  /** Required when accepted in part or not accepted. */
  responseReasons?: string | null | undefined;
  /** The review it comes from. Give exactly one of reviewId and auditId. */
  reviewId?: string | number | null | undefined;
  text?: string | null | undefined;
};

export type UpdateReferralInput = {
  criteria?: ReferralCriteria | null | undefined;
  decidedBy?: ReferralDecider | null | undefined;
  decidedOn?: string | null | undefined;
  /** Null while the decision is awaited; with it, decidedOn and decidedBy. */
  decision?: ReferralDecision | null | undefined;
  groupRecommendation?: ReferralDecision | null | undefined;
  /** Only when the decision is notify or rapid review. */
  notificationId?: string | number | null | undefined;
  /** Children's cases only. */
  panelResponse?: PanelResponse | null | undefined;
  /** Required when the decision is no review. */
  reasons?: string | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  referredOn?: string | null | undefined;
  referrerToldOn?: string | null | undefined;
  /** Required when a practitioner referred through their agency's safeguarding lead. */
  referringAgencyId?: string | number | null | undefined;
  /** Only when the decision is rapid review (a rapid review) or another review (any other type). */
  reviewId?: string | number | null | undefined;
  route?: ReferralRoute | null | undefined;
  /** A description of the case, with nothing that identifies a child, adult or family. */
  summary?: string | null | undefined;
};

export type UpdateReviewEngagementInput = {
  /** A practitioner: an agency of the review's partnership. */
  agencyId?: string | number | null | undefined;
  engagedOn?: string | null | undefined;
  /** A family member: their role, never a name. */
  familyRole?: FamilyRole | null | undefined;
  outcome?: EngagementOutcome | null | undefined;
  party?: EngagementParty | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
};

export type UpdateReviewInput = {
  /** Agencies of this partnership involved. On update, replaces the set when given. */
  agencyIds?: Array<string | number> | null | undefined;
  completedOn?: string | null | undefined;
  /** NOT_YET_OFFERED when omitted. */
  familyParticipation?: FamilyParticipation | null | undefined;
  /** False when omitted. */
  independentReviewer?: boolean | null | undefined;
  /** Rapid reviews only. */
  infoRequestedOn?: string | null | undefined;
  initiatedOn?: string | null | undefined;
  /** Rapid reviews only. */
  meetingOn?: string | null | undefined;
  /** Not for rapid reviews. */
  method?: ReviewMethod | null | undefined;
  /** Required when the method is OTHER. */
  methodDetails?: string | null | undefined;
  /** Rapid reviews only. */
  nationalReviewRecommended?: boolean | null | undefined;
  /** A notification of the same partnership. */
  notificationId?: string | number | null | undefined;
  /** Publication planned for; not once published. Not for rapid reviews. */
  plannedPublicationOn?: string | null | undefined;
  practitionersInvolved?: number | null | undefined;
  publishedOn?: string | null | undefined;
  /** Rapid reviews only. */
  rapidReviewOutcome?: RapidReviewOutcome | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The final report sent to the national Panel and the Secretary of State. Not for rapid reviews. */
  reportSharedOn?: string | null | undefined;
  /** The independent reviewer and others, named as professionals. Not for rapid reviews. */
  reviewers?: string | null | undefined;
  /** Rapid reviews only. */
  sentToPanelOn?: string | null | undefined;
  /** The review of the same partnership that led to this one. */
  sourceReviewId?: string | number | null | undefined;
  /** PROPOSED when omitted. */
  status?: ReviewStatus | null | undefined;
  termsAgreedOn?: string | null | undefined;
  /** Themes of this partnership. On update, replaces the set when given. */
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
  type?: ReviewType | null | undefined;
  /** Required when the status is CLOSED_UNPUBLISHED. */
  unpublishedReason?: string | null | undefined;
};

export type UpdateReviewTimescaleChangeInput = {
  /** An extension: who agreed it. */
  agreedBy?: string | null | undefined;
  /** An extension: the new due date agreed. */
  agreedDueOn?: string | null | undefined;
  /** A pause: the day the review restarted (leave out while paused). */
  endsOn?: string | null | undefined;
  reason?: TimescaleReason | null | undefined;
  reasonDetails?: string | null | undefined;
  /** A pause: the day it started. An extension: the day it was agreed. */
  startsOn?: string | null | undefined;
};

export type UpdateSection11AssessmentInput = {
  /** The agency assessing itself; one assessment per agency and standard in an audit. */
  agencyId?: string | number | null | undefined;
  evidence?: string | null | undefined;
  moderatedRating?: RagRating | null | undefined;
  moderationNote?: string | null | undefined;
  narrative?: string | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  selfRating?: RagRating | null | undefined;
  /** The standard's code in the audit's tool, e.g. `leadership-and-board-lead`; give this or toolStandardId. */
  standard?: string | null | undefined;
  /** A standard of the audit's tool; give this or standard. */
  toolStandardId?: string | number | null | undefined;
};

export type UpdateThemeInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  themeGroup?: ThemeGroup | null | undefined;
};

export type UpdateTrainingAttendanceInput = {
  agencyId?: string | number | null | undefined;
  attended?: boolean | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** The practitioner's role; never a name. */
  role?: string | null | undefined;
  sessionId?: string | number | null | undefined;
};

export type UpdateTrainingCourseInput = {
  description?: string | null | undefined;
  /** Length in hours, up to two decimals. */
  durationHours?: number | null | undefined;
  multiAgency?: boolean | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  /** Themes of the course's partnership. */
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateTrainingSessionInput = {
  capacity?: number | null | undefined;
  courseId?: string | number | null | undefined;
  delivery?: TrainingDelivery | null | undefined;
  /** Your own reference; generated when omitted. */
  ref?: string | null | undefined;
  sessionDate?: string | null | undefined;
};

export type UpdateUserInput = {
  agencyId?: string | number | null | undefined;
  /** A disabled user is signed out at once and cannot sign in. */
  disabled?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Replaces the partnerships the user belongs to. */
  partnershipIds?: Array<string | number> | null | undefined;
  /** Sets a new password (and unlocks the account). */
  password?: string | null | undefined;
  role?: Role | null | undefined;
};

/** A story behind the curve written in the product: dated today and signed by the writer. */
export type WriteMeasureStoryInput = {
  measureId: string | number;
  /** The period the story is about (its first day); usually the latest value’s. */
  periodStart?: string | null | undefined;
  /** Plain text, at most 4,000 characters. */
  text: string;
};

export type FilterThemesQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
}>;


export type FilterThemesQuery = { themes: { nodes: Array<{ id: string, code: string, name: string }> } };

export type UnreadNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticesQuery = { myNotices: { unread: number } };

export type ActionFormSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionFormSourceQuery = { review: { id: string, partnershipId: string, ref: string, title: string, recommendations: Array<{ id: string, ref: string, text: string }> } | null };

export type ActionFormRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionFormRecordQuery = { action: { id: string, ref: string, title: string, partnershipId: string, reviewId: string | null, recommendationId: string | null, dueOn: string, groupId: string | null, impactAuditId: string | null, impactMeasureId: string | null, ownerAgency: { id: string }, themes: Array<{ id: string }> } | null };

export type ActionImpactSourcesQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ActionImpactSourcesQuery = { audits: { nodes: Array<{ id: string, ref: string, title: string, startedOn: string }> }, measures: { nodes: Array<{ id: string, ref: string, name: string }> } };

export type ActionMonitoringGroupsQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ActionMonitoringGroupsQuery = { groups: Array<{ id: string, name: string }> };

export type RecordActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type RecordActionMutation = { createAction: { id: string, ref: string, reviewId: string | null } };

export type EditActionMutationVariables = Exact<{
  id: string | number;
  input: UpdateActionInput;
}>;


export type EditActionMutation = { updateAction: { id: string, ref: string, reviewId: string | null } };

export type DeleteActionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteActionMutation = { deleteAction: { id: string, ref: string, reviewId: string | null } };

export type ActionPlansActionQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type ActionPlansActionQuery = { action: { id: string, ref: string, title: string, status: ActionStatus, dueOn: string, completedOn: string | null, impactEvidence: string | null, monitoringCommittee: string | null, signedOffBy: string | null, signedOffOn: string | null, brag: Brag | null, daysOverdue: number, signedOffMeeting: { id: string, meetsOn: string } | null, group: { id: string, name: string, mayRecord: boolean, meetings: Array<{ id: string, meetsOn: string, status: MeetingStatus }> } | null, ownerAgency: { id: string, name: string }, review: { id: string, ref: string, title: string } | null, audit: { id: string, ref: string, title: string } | null, impactAudit: { id: string, ref: string, title: string, startedOn: string, completedOn: string | null, cases: Array<{ overallGrade: OfstedGrade }> } | null, impactMeasure: { id: string, ref: string, name: string, unit: MeasureUnit, polarity: MeasurePolarity, series: Array<{ periodStart: string, label: string, value: number | null }> } | null, themes: Array<{ id: string, name: string }>, updates: Array<{ id: string, changedAt: string, changedBy: string, fromStatus: ActionStatus | null, toStatus: ActionStatus, note: string | null }> } | null };

export type ActionPlansChangeStatusMutationVariables = Exact<{
  id: string | number;
  input: ChangeActionStatusInput;
}>;


export type ActionPlansChangeStatusMutation = { changeActionStatus: { id: string, status: ActionStatus, completedOn: string | null } };

export type ActionPlansSignOffMutationVariables = Exact<{
  id: string | number;
  signedOffBy: string;
  signedOffOn: string;
  meetingId?: string | number | null | undefined;
}>;


export type ActionPlansSignOffMutation = { signOffAction: { id: string, signedOffBy: string | null, signedOffOn: string | null } };

export type ActionPlansMetricsQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
}>;


export type ActionPlansMetricsQuery = { actionMetrics: { key: string | null, label: string, total: number, open: number, completed: number, overdue: number, byStatus: { notStarted: number, inProgress: number, completed: number, impactEvidenced: number, cancelled: number }, byBrag: { blue: number, red: number, amber: number, green: number }, completedOnTime: { numerator: number, denominator: number, value: number | null }, impactEvidenced: { numerator: number, denominator: number, value: number | null } } };

export type ActionPlansReviewFiguresQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
}>;


export type ActionPlansReviewFiguresQuery = { actionPlanSummary: Array<{ key: string | null, label: string, total: number, open: number, completed: number, overdue: number, byStatus: { notStarted: number, inProgress: number, completed: number, impactEvidenced: number, cancelled: number }, byBrag: { blue: number, red: number, amber: number, green: number }, completedOnTime: { numerator: number, denominator: number, value: number | null }, impactEvidenced: { numerator: number, denominator: number, value: number | null } }> };

export type ActionPlansItemFragment = { brag: Brag | null, daysOverdue: number, completedOnTime: boolean | null, action: { id: string, ref: string, title: string, dueOn: string, completedOn: string | null, status: ActionStatus, monitoringCommittee: string | null, ownerAgency: { id: string, name: string }, review: { id: string, ref: string } | null, audit: { id: string, ref: string } | null } };

export type ActionPlansOverdueQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ActionPlansOverdueQuery = { overdueActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ brag: Brag | null, daysOverdue: number, completedOnTime: boolean | null, action: { id: string, ref: string, title: string, dueOn: string, completedOn: string | null, status: ActionStatus, monitoringCommittee: string | null, ownerAgency: { id: string, name: string }, review: { id: string, ref: string } | null, audit: { id: string, ref: string } | null } }> } };

export type ActionPlansReviewActionsQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
  reviewId?: string | null | undefined;
  cell: ActionMetricsCell;
  first: number;
  after?: string | null | undefined;
}>;


export type ActionPlansReviewActionsQuery = { actionsBehind: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ brag: Brag | null, daysOverdue: number, completedOnTime: boolean | null, action: { id: string, ref: string, title: string, dueOn: string, completedOn: string | null, status: ActionStatus, monitoringCommittee: string | null, ownerAgency: { id: string, name: string }, review: { id: string, ref: string } | null, audit: { id: string, ref: string } | null } }> } };

export type ActionRegisterQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
  statuses?: Array<ActionStatus> | ActionStatus | null | undefined;
  brags?: Array<Brag> | Brag | null | undefined;
  reviewId?: string | number | null | undefined;
  group?: ActionGroupInput | null | undefined;
  sort?: ActionRegisterSort | null | undefined;
  descending?: boolean | null | undefined;
  first: number;
  offset?: number | null | undefined;
}>;


export type ActionRegisterQuery = { actionRegister: { totalCount: number, offset: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ brag: Brag | null, daysOverdue: number, completedOnTime: boolean | null, action: { id: string, ref: string, title: string, dueOn: string, completedOn: string | null, status: ActionStatus, monitoringCommittee: string | null, ownerAgency: { id: string, name: string }, review: { id: string, ref: string } | null, audit: { id: string, ref: string } | null } }> } };

export type ActionPlansReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionPlansReviewQuery = { review: { id: string, ref: string, title: string } | null };

export type ActionPlansCompletionQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
}>;


export type ActionPlansCompletionQuery = { actionCompletionSeries: Array<{ due: number, completedOnTime: number, completedLate: number, outstanding: number, overdue: number, cancelled: number, period: { label: string, start: string, end: string }, onTimeRate: { value: number | null } }> };

export type ActionPlansSummaryQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
  groupBy: ActionPlanGroupBy;
}>;


export type ActionPlansSummaryQuery = { actionPlanSummary: Array<{ key: string | null, label: string, total: number, open: number, completed: number, overdue: number, byStatus: { notStarted: number, inProgress: number, completed: number, impactEvidenced: number, cancelled: number }, byBrag: { blue: number, red: number, amber: number, green: number }, completedOnTime: { numerator: number, denominator: number, value: number | null }, impactEvidenced: { numerator: number, denominator: number, value: number | null } }> };

export type ChangeHistoryQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangeHistoryQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, actorName: string, action: string, entity: string, entityId: string | null, requestId: string | null, before: unknown, after: unknown }> } };

export type UsersPageQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
}>;


export type UsersPageQuery = { users: Array<{ id: string, email: string, name: string, role: Role, disabled: boolean, lastSignInAt: string | null, createdAt: string, agency: { id: string, name: string } | null }> };

export type UsersPageAgenciesQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
}>;


export type UsersPageAgenciesQuery = { agencies: { nodes: Array<{ id: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, disabled: boolean } };

export type AnnualReportPageQueryVariables = Exact<{
  partnershipId: string | number;
  financialYear: string;
  mode: ReportMode;
}>;


export type AnnualReportPageQuery = { annualReport: { financialYear: string, mode: ReportMode, suppressionThreshold: number, asOf: string, partnership: { id: string, name: string }, year: { label: string, start: string, end: string }, previousYear: { label: string }, headlines: Array<{ key: string, label: string, unit: string, quadrant: string, polarity: string, disclosure: ReportDisclosure, current: string | null, previous: string | null, change: string | null, currentNumerator: string | null, currentDenominator: string | null, previousNumerator: string | null, previousDenominator: string | null, suppressed: boolean }>, tables: Array<{ key: AnnualReportTableKey, title: string, rowHeading: string, description: string, disclosure: ReportDisclosure, rowHeaders: Array<string>, rowKeys: Array<string>, columnHeaders: Array<string>, cells: Array<Array<string>>, rowTotals: Array<string>, columnTotals: Array<string>, grandTotal: string, suppressed: boolean, previousRowTotals: Array<string>, previousColumnTotals: Array<string>, previousGrandTotal: string }>, narratives: Array<{ section: AnnualReportNarrativeSection, title: string, guidance: string, status: AnnualReportNarrativeStatus, text: string | null, textIsDraft: boolean, versionCount: number, approved: { version: number, savedBy: string, savedAt: string, approvedBy: string | null, approvedAt: string | null } | null, latest: { version: number, text: string, savedBy: string, savedAt: string, approvedBy: string | null, approvedAt: string | null } | null }>, oba: Array<{ quadrant: ObaQuadrant, measure: { id: string, name: string, unit: MeasureUnit, polarity: MeasurePolarity, periodicity: MeasurePeriodicity }, analysis: { target: number | null, status: ObaTargetStatus, trendJudgement: ObaTrendJudgement | null, latest: { label: string, value: number | null, numerator: number | null, denominator: number | null } | null, words: { latest: string, target: string | null, trend: string } }, previous: { status: ObaTargetStatus, latest: { label: string, value: number | null } | null, words: { latest: string } } }> } };

export type AnnualReportPagePartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportPagePartnershipsQuery = { partnerships: { nodes: Array<{ id: string, name: string }> } };

export type AnnualReportSaveNarrativeMutationVariables = Exact<{
  partnershipId: string | number;
  financialYear: string;
  section: AnnualReportNarrativeSection;
  text: string;
}>;


export type AnnualReportSaveNarrativeMutation = { saveAnnualReportNarrative: { section: AnnualReportNarrativeSection, status: AnnualReportNarrativeStatus, versionCount: number } };

export type AnnualReportApproveNarrativeMutationVariables = Exact<{
  partnershipId: string | number;
  financialYear: string;
  section: AnnualReportNarrativeSection;
  version: number;
}>;


export type AnnualReportApproveNarrativeMutation = { approveAnnualReportNarrative: { section: AnnualReportNarrativeSection, status: AnnualReportNarrativeStatus } };

export type AnnualReportNarrativeHistoryQueryVariables = Exact<{
  partnershipId: string | number;
  financialYear: string;
  section: AnnualReportNarrativeSection;
}>;


export type AnnualReportNarrativeHistoryQuery = { annualReportNarrativeHistory: Array<{ id: string, version: number, text: string, savedBy: string, savedAt: string, approvedBy: string | null, approvedAt: string | null }> };

export type AuditReturnsTrackerQueryVariables = Exact<{
  auditId: string | number;
  asOf: string;
}>;


export type AuditReturnsTrackerQuery = { auditAgencyReturns: Array<{ id: string, sentOn: string, dueOn: string, returnedOn: string | null, lastRemindedOn: string | null, submittedBy: string | null, status: AuditReturnStatus, agency: { id: string, name: string } }> };

export type AuditReturnFormQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type AuditReturnFormQuery = { auditAgencyReturn: { id: string, kind: AuditReturnKind, sentOn: string, dueOn: string, returnedOn: string | null, submittedBy: string | null, summary: string | null, status: AuditReturnStatus, agency: { id: string, name: string }, audit: { id: string, ref: string, title: string, tool: { name: string, version: number, ratingScale: Array<{ code: string, label: string }>, standards: Array<{ id: string, title: string, description: string | null, position: number }> } | null, cases: Array<{ id: string, ref: string }> }, assessments: Array<{ toolStandardId: string, selfRating: RagRating, narrative: string | null, evidence: string | null, moderatedRating: RagRating | null }>, caseNarratives: Array<{ auditCaseId: string, narrative: string }> } | null };

export type MyAuditReturnsQueryVariables = Exact<{
  asOf: string;
}>;


export type MyAuditReturnsQuery = { myAuditReturns: Array<{ id: string, kind: AuditReturnKind, dueOn: string, returnedOn: string | null, status: AuditReturnStatus, audit: { id: string, ref: string, title: string } }> };

export type InviteAuditAgenciesMutationVariables = Exact<{
  input: InviteAuditAgenciesInput;
}>;


export type InviteAuditAgenciesMutation = { inviteAuditAgencies: Array<{ id: string }> };

export type ReinviteAuditAgencyMutationVariables = Exact<{
  id: string | number;
  dueOn?: string | null | undefined;
}>;


export type ReinviteAuditAgencyMutation = { reinviteAuditAgency: { id: string, dueOn: string, agency: { name: string } } };

export type SaveAuditAgencyReturnMutationVariables = Exact<{
  id: string | number;
  input: AuditAgencyReturnInput;
  submit?: boolean | null | undefined;
}>;


export type SaveAuditAgencyReturnMutation = { saveAuditAgencyReturn: { id: string, returnedOn: string | null, audit: { id: string, ref: string } } };

export type AssuranceToolsPageQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type AssuranceToolsPageQuery = { assuranceTools: Array<{ id: string, toolKey: string, name: string, kind: AssuranceToolKind, version: number, status: AssuranceToolStatus, publishedOn: string | null, isDefault: boolean, standards: Array<{ id: string, code: string, title: string, position: number }>, ratingScale: Array<{ code: string, label: string, met: boolean }> }> };

export type AssuranceToolPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssuranceToolPageQuery = { assuranceTool: { id: string, partnershipId: string, toolKey: string, name: string, kind: AssuranceToolKind, version: number, status: AssuranceToolStatus, publishedOn: string | null, description: string | null, isDefault: boolean, standards: Array<{ id: string, code: string, title: string, description: string | null, position: number, groupName: string | null }>, ratingScale: Array<{ code: string, label: string, position: number, met: boolean }> } | null };

export type CreateAssuranceToolMutationVariables = Exact<{
  input: CreateAssuranceToolInput;
}>;


export type CreateAssuranceToolMutation = { createAssuranceTool: { id: string, version: number } };

export type DraftAssuranceToolVersionMutationVariables = Exact<{
  fromId: string | number;
}>;


export type DraftAssuranceToolVersionMutation = { draftAssuranceToolVersion: { id: string, version: number } };

export type UpdateAssuranceToolDraftMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssuranceToolDraftInput;
}>;


export type UpdateAssuranceToolDraftMutation = { updateAssuranceToolDraft: { id: string, version: number } };

export type PublishAssuranceToolMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAssuranceToolMutation = { publishAssuranceTool: { id: string, version: number, publishedOn: string | null } };

export type RetireAssuranceToolMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireAssuranceToolMutation = { retireAssuranceTool: { id: string, version: number } };

export type DiscardAssuranceToolDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardAssuranceToolDraftMutation = { discardAssuranceToolDraft: { id: string, version: number } };

export type AuditDomainsQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type AuditDomainsQuery = { auditDomains: Array<{ id: string, code: string, name: string, position: number, retired: boolean, isDefault: boolean }> };

export type AuditAgencyGradesQueryVariables = Exact<{
  partnershipId: string | number;
  auditId?: string | number | null | undefined;
  round?: string | null | undefined;
}>;


export type AuditAgencyGradesQuery = { auditAgencyGrades: Array<{ agencyId: string, agencyName: string, domain: string, label: string, distribution: { total: number, goodOrBetter: { numerator: number, denominator: number, value: number | null } } }> };

export type CreateAuditDomainMutationVariables = Exact<{
  input: CreateAuditDomainInput;
}>;


export type CreateAuditDomainMutation = { createAuditDomain: { id: string, code: string, name: string } };

export type UpdateAuditDomainMutationVariables = Exact<{
  id: string | number;
  input: UpdateAuditDomainInput;
}>;


export type UpdateAuditDomainMutation = { updateAuditDomain: { id: string, code: string, name: string, retired: boolean } };

export type ReorderAuditDomainsMutationVariables = Exact<{
  partnershipId: string | number;
  domainIds: Array<string | number> | string | number;
}>;


export type ReorderAuditDomainsMutation = { reorderAuditDomains: Array<{ id: string, position: number }> };

export type AuditsPageRoundsQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
}>;


export type AuditsPageRoundsQuery = { auditQualityRounds: Array<{ partnershipId: string, label: string, startedOn: string, previousLabel: string | null, change: number | null, direction: AuditQualityDirection | null, comparability: AuditRoundComparability | null, comparisonNote: string | null, partnership: { id: string, name: string }, audits: Array<{ id: string, ref: string, title: string }>, overall: { total: number, grades: Array<{ grade: OfstedGrade, count: number, share: number | null }>, goodOrBetter: { numerator: number, denominator: number, value: number | null } }, previousGoodOrBetter: { denominator: number, value: number | null } | null }> };

export type AuditsPageByAuditQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
}>;


export type AuditsPageByAuditQuery = { auditQualityByAudit: Array<{ auditId: string, audit: { id: string, ref: string, title: string, type: AuditType, round: string | null, startedOn: string, completedOn: string | null, partnership: { id: string, name: string } }, overall: { total: number, grades: Array<{ grade: OfstedGrade, count: number }>, goodOrBetter: { numerator: number, denominator: number, value: number | null } } }> };

export type AuditsPageListQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  sort?: AuditListSort | null | undefined;
  direction?: SortDirection | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditsPageListQuery = { auditQualityAuditList: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ auditId: string, audit: { id: string, ref: string, title: string, type: AuditType, startedOn: string, partnership: { id: string, name: string } }, overall: { total: number, grades: Array<{ grade: OfstedGrade, count: number }>, goodOrBetter: { numerator: number, denominator: number, value: number | null } } }> } };

export type AuditRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditRecordQuery = { audit: { id: string, ref: string, partnershipId: string, type: AuditType, title: string, round: string | null, startedOn: string, completedOn: string | null, summary: string | null, leadAgency: { id: string, name: string } | null, agencies: Array<{ id: string, name: string }>, themes: Array<{ id: string, name: string }>, tool: { id: string, name: string, version: number, ratingScale: Array<{ code: string, label: string, met: boolean }>, standards: Array<{ id: string, code: string, title: string, position: number }> } | null, cases: Array<{ id: string, ref: string, overallGrade: OfstedGrade, narrative: string | null, domainGrades: Array<{ domain: string, domainLabel: string, domainRetired: boolean, grade: OfstedGrade, narrative: string | null, agency: { id: string, name: string } | null }> }>, section11Assessments: Array<{ id: string, ref: string, standard: string, selfRating: RagRating, moderatedRating: RagRating | null, finalRating: RagRating, narrative: string | null, evidence: string | null, moderationNote: string | null, toolStandard: { code: string, title: string, position: number }, agency: { id: string, name: string } }> } | null };

export type StartAuditMutationVariables = Exact<{
  input: CreateAuditInput;
}>;


export type StartAuditMutation = { createAudit: { id: string, ref: string } };

export type EditAuditMutationVariables = Exact<{
  id: string | number;
  input: UpdateAuditInput;
}>;


export type EditAuditMutation = { updateAudit: { id: string, ref: string } };

export type DeleteAuditMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAuditMutation = { deleteAudit: { id: string, ref: string } };

export type AddAuditCaseMutationVariables = Exact<{
  input: CreateAuditCaseInput;
}>;


export type AddAuditCaseMutation = { createAuditCase: { id: string, ref: string } };

export type EditAuditCaseMutationVariables = Exact<{
  id: string | number;
  input: UpdateAuditCaseInput;
}>;


export type EditAuditCaseMutation = { updateAuditCase: { id: string, ref: string } };

export type DeleteAuditCaseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAuditCaseMutation = { deleteAuditCase: { id: string, ref: string } };

export type RecordSection11AssessmentMutationVariables = Exact<{
  input: CreateSection11AssessmentInput;
}>;


export type RecordSection11AssessmentMutation = { createSection11Assessment: { id: string, ref: string } };

export type EditSection11AssessmentMutationVariables = Exact<{
  id: string | number;
  input: UpdateSection11AssessmentInput;
}>;


export type EditSection11AssessmentMutation = { updateSection11Assessment: { id: string, ref: string } };

export type ModerateSection11AssessmentMutationVariables = Exact<{
  id: string | number;
  rating: RagRating;
  note?: string | null | undefined;
}>;


export type ModerateSection11AssessmentMutation = { moderateSection11Assessment: { id: string, ref: string } };

export type DeleteSection11AssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSection11AssessmentMutation = { deleteSection11Assessment: { id: string, ref: string } };

export type AuditsPageSection11GridsQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
}>;


export type AuditsPageSection11GridsQuery = { section11Grids: Array<{ auditId: string, audit: { id: string, ref: string, title: string, round: string | null, startedOn: string, completedOn: string | null, partnership: { id: string, name: string }, tool: { id: string, toolKey: string, name: string, version: number, standards: Array<{ code: string }> } | null }, cells: Array<{ assessmentId: string, agencyId: string, standard: string, selfRating: RagRating, moderatedRating: RagRating | null, finalRating: RagRating, moderation: Section11ModerationChange }>, byStandard: Array<{ standard: string, title: string, counts: { total: number, red: number, amber: number, green: number, moderated: number, up: number, down: number, changed: number } }>, byAgency: Array<{ agencyId: string, agency: { id: string, name: string, sector: AgencySector }, counts: { total: number, red: number, amber: number, green: number, moderated: number, up: number, down: number, changed: number } }>, overall: { total: number, red: number, amber: number, green: number, moderated: number, up: number, down: number, changed: number } }> };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { local: boolean, sso: Array<{ id: string, label: string, startUrl: string }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string } };

export type MyTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTokensQuery = { myTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type CreateTokenMutation = { createToken: { token: string, apiToken: { id: string, name: string, prefix: string, expiresAt: string | null } } };

export type RevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTokenMutation = { revokeToken: { id: string, revokedAt: string | null } };

export type ImportPartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPartnershipsQuery = { partnerships: { nodes: Array<{ id: string, ref: string, name: string }> } };

export type ImportedReviewsQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
}>;


export type ImportedReviewsQuery = { reviews: { nodes: Array<{ id: string, ref: string }> } };

export type GroupsListQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type GroupsListQuery = { groups: Array<{ id: string, name: string, kind: GroupKind, cadenceWeeks: number | null, nextMeetingOn: string | null, actionCount: number, chair: { id: string, displayName: string } | null }> };

export type GroupPageQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupPageQuery = { group: { id: string, partnershipId: string, name: string, kind: GroupKind, purpose: string | null, cadenceWeeks: number | null, nextMeetingOn: string | null, actionCount: number, chair: { id: string, displayName: string } | null, members: Array<{ id: string, userId: string | null, name: string | null, displayName: string, role: MemberRole, fromOn: string, toOn: string | null, agency: { id: string, name: string } | null }>, meetings: Array<{ id: string, meetsOn: string, status: MeetingStatus, decisions: Array<{ id: string }> }> } | null };

export type MeetingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingPageQuery = { meeting: { id: string, partnershipId: string, meetsOn: string, status: MeetingStatus, minutes: string | null, mayRecord: boolean, group: { id: string, name: string, actions: Array<{ id: string, ref: string, title: string }> }, decisions: Array<{ id: string, text: string, createdAt: string, action: { id: string, ref: string, title: string } | null }>, pack: { asOf: string, previousMeetingOn: string | null, nextMeetingOn: string | null, actionCount: number, changes: Array<{ actionId: string, ref: string, title: string, changedOn: string, fromStatus: ActionStatus | null, toStatus: ActionStatus, changedBy: string }>, overdue: Array<{ actionId: string, ref: string, title: string, ownerAgency: string, dueOn: string, status: ActionStatus, closedOn: string | null, daysOverdue: number }>, dueBeforeNextMeeting: Array<{ actionId: string, ref: string, title: string, ownerAgency: string, dueOn: string, status: ActionStatus, closedOn: string | null, daysOverdue: number }>, awaitingSignOff: Array<{ actionId: string, ref: string, title: string, ownerAgency: string, dueOn: string, status: ActionStatus, closedOn: string | null, daysOverdue: number }> } } | null };

export type PackActionFieldsFragment = { actionId: string, ref: string, title: string, ownerAgency: string, dueOn: string, status: ActionStatus, closedOn: string | null, daysOverdue: number };

export type GroupMemberUsersQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type GroupMemberUsersQuery = { users: Array<{ id: string, name: string, disabled: boolean }> };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string } };

export type UpdateGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { id: string, name: string } };

export type DeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupMutation = { deleteGroup: { id: string, name: string } };

export type AddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type AddGroupMemberMutation = { addGroupMember: { id: string } };

export type UpdateGroupMemberMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupMemberInput;
}>;


export type UpdateGroupMemberMutation = { updateGroupMember: { id: string } };

export type RemoveGroupMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveGroupMemberMutation = { removeGroupMember: { id: string } };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { createMeeting: { id: string, meetsOn: string } };

export type UpdateMeetingMutationVariables = Exact<{
  id: string | number;
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, meetsOn: string } };

export type RecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type RecordMeetingDecisionMutation = { recordMeetingDecision: { id: string } };

export type SendCommitteePackMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type SendCommitteePackMutation = { sendCommitteePack: { queued: number, alreadySent: number, withoutAccount: number } };

export type ObaMeasureFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ObaMeasureFormQuery = { measure: { id: string, ref: string, name: string, description: string | null, quadrant: ObaQuadrant, source: MeasureSource, metric: string | null, periodicity: MeasurePeriodicity, unit: MeasureUnit, polarity: MeasurePolarity, target: number | null, baseline: number | null, baselinePeriodStart: string | null, headline: boolean, agencyId: string | null, partnership: { id: string, name: string }, values: Array<{ periodStart: string }> } | null };

export type ObaMeasureFormChoicesQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ObaMeasureFormChoicesQuery = { partnership: { id: string, name: string } | null, builtInMetrics: Array<{ key: string, label: string, quadrant: ObaQuadrant, unit: MeasureUnit, polarity: MeasurePolarity, activity: boolean }>, agencies: { nodes: Array<{ id: string, name: string }> } };

export type ObaCreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type ObaCreateMeasureMutation = { createMeasure: { id: string } };

export type ObaUpdateMeasureMutationVariables = Exact<{
  id: string | number;
  input: UpdateMeasureInput;
}>;


export type ObaUpdateMeasureMutation = { updateMeasure: { id: string } };

export type ObaPublicationFieldsFragment = { id: string, token: string, embedPath: string, dataPath: string, asOf: string, headlineOnly: boolean, measureCount: number, publishedAt: string, publishedBy: string, withdrawnAt: string | null };

export type ObaPublicationPanelQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ObaPublicationPanelQuery = { obaPublication: { id: string, token: string, embedPath: string, dataPath: string, asOf: string, headlineOnly: boolean, measureCount: number, publishedAt: string, publishedBy: string, withdrawnAt: string | null } | null };

export type ObaPublishMutationVariables = Exact<{
  partnershipId: string | number;
  asOf: string;
  headlineOnly: boolean;
}>;


export type ObaPublishMutation = { publishObaScorecard: { id: string, token: string, embedPath: string, dataPath: string, asOf: string, headlineOnly: boolean, measureCount: number, publishedAt: string, publishedBy: string, withdrawnAt: string | null } };

export type ObaWithdrawMutationVariables = Exact<{
  partnershipId: string | number;
}>;


export type ObaWithdrawMutation = { withdrawObaScorecard: { id: string, token: string, embedPath: string, dataPath: string, asOf: string, headlineOnly: boolean, measureCount: number, publishedAt: string, publishedBy: string, withdrawnAt: string | null } };

export type ObaResultsMeasureLineFragment = { id: string, name: string, unit: MeasureUnit, headline: boolean, analysis: { status: ObaTargetStatus, trendJudgement: ObaTrendJudgement | null, latest: { label: string, value: number | null } | null, words: { latest: string, trend: string, trendShort: string } } };

export type ObaResultsViewQueryVariables = Exact<{
  partnershipId: string | number;
  asOf: string;
}>;


export type ObaResultsViewQuery = { obaResults: Array<{ id: string, ref: string, title: string, population: string | null, description: string | null, partners: Array<{ id: string, name: string }>, indicators: Array<{ id: string }>, strategies: Array<{ id: string, ref: string, title: string, description: string | null, partners: Array<{ id: string, name: string }>, measures: Array<{ id: string }>, actions: Array<{ id: string, ref: string, title: string, dueOn: string, status: ActionStatus, brag: Brag | null, reviewId: string | null, ownerAgency: { name: string } }> }> }>, measures: { totalCount: number, nodes: Array<{ resultId: string | null, strategyId: string | null, id: string, name: string, unit: MeasureUnit, headline: boolean, analysis: { status: ObaTargetStatus, trendJudgement: ObaTrendJudgement | null, latest: { label: string, value: number | null } | null, words: { latest: string, trend: string, trendShort: string } } }> } };

export type ObaEntryFieldsFragment = { measure: { id: string, ref: string, name: string, description: string | null, headline: boolean, unit: MeasureUnit, polarity: MeasurePolarity, periodicity: MeasurePeriodicity, source: MeasureSource, metric: string | null, target: number | null, updatedAt: string, agency: { name: string } | null, series: Array<{ periodStart: string, label: string, value: number | null, numerator: number | null, denominator: number | null }> }, analysis: { asOf: string, status: ObaTargetStatus, variance: number | null, percentOfTarget: number | null, trendJudgement: ObaTrendJudgement | null, baseline: number | null, changeSinceBaseline: number | null, changeKind: ObaChangeKind, targetGap: number | null, baselineChange: number | null, periodsBehind: number, valueCount: number, onDataDevelopmentAgenda: boolean, dataDevelopment: boolean, note: string | null, latest: { periodStart: string, periodEnd: string, label: string, value: number | null } | null, trend: { direction: ObaTrendDirection, periods: number, judgement: ObaTrendJudgement, since: { label: string, value: number | null } } | null, forecast: { slope: number, judgement: ObaTrendJudgement, points: Array<{ periodStart: string, label: string, value: number | null }> } | null, words: { latest: string, target: string | null, variance: string | null, baseline: string | null, trend: string, trendShort: string, forecast: string | null, lag: string | null } }, latestNote: { id: string, writtenOn: string, periodStart: string | null, author: string | null, text: string } | null, storyCurrency: { older: boolean, words: string } | null };

export type ObaScorecardPageQueryVariables = Exact<{
  partnershipId: string | number;
  asOf: string;
  forecastPeriods: number;
}>;


export type ObaScorecardPageQuery = { obaScorecard: { asOf: string, partnership: { id: string, name: string }, quadrants: Array<{ quadrant: ObaQuadrant, question: string, measures: Array<{ measure: { id: string, ref: string, name: string, description: string | null, headline: boolean, unit: MeasureUnit, polarity: MeasurePolarity, periodicity: MeasurePeriodicity, source: MeasureSource, metric: string | null, target: number | null, updatedAt: string, agency: { name: string } | null, series: Array<{ periodStart: string, label: string, value: number | null, numerator: number | null, denominator: number | null }> }, analysis: { asOf: string, status: ObaTargetStatus, variance: number | null, percentOfTarget: number | null, trendJudgement: ObaTrendJudgement | null, baseline: number | null, changeSinceBaseline: number | null, changeKind: ObaChangeKind, targetGap: number | null, baselineChange: number | null, periodsBehind: number, valueCount: number, onDataDevelopmentAgenda: boolean, dataDevelopment: boolean, note: string | null, latest: { periodStart: string, periodEnd: string, label: string, value: number | null } | null, trend: { direction: ObaTrendDirection, periods: number, judgement: ObaTrendJudgement, since: { label: string, value: number | null } } | null, forecast: { slope: number, judgement: ObaTrendJudgement, points: Array<{ periodStart: string, label: string, value: number | null }> } | null, words: { latest: string, target: string | null, variance: string | null, baseline: string | null, trend: string, trendShort: string, forecast: string | null, lag: string | null } }, latestNote: { id: string, writtenOn: string, periodStart: string | null, author: string | null, text: string } | null, storyCurrency: { older: boolean, words: string } | null }> }> } };

export type ObaMeasurePageQueryVariables = Exact<{
  measureId: string | number;
  asOf: string;
  forecastPeriods: number;
}>;


export type ObaMeasurePageQuery = { obaMeasure: { measure: { quadrant: ObaQuadrant, baselinePeriodStart: string | null, id: string, ref: string, name: string, description: string | null, headline: boolean, unit: MeasureUnit, polarity: MeasurePolarity, periodicity: MeasurePeriodicity, source: MeasureSource, metric: string | null, target: number | null, updatedAt: string, partnership: { id: string, name: string }, values: Array<{ periodStart: string, value: number }>, agency: { name: string } | null, series: Array<{ periodStart: string, label: string, value: number | null, numerator: number | null, denominator: number | null }> }, stories: Array<{ id: string, writtenOn: string, periodStart: string | null, author: string | null, text: string }>, analysis: { asOf: string, status: ObaTargetStatus, variance: number | null, percentOfTarget: number | null, trendJudgement: ObaTrendJudgement | null, baseline: number | null, changeSinceBaseline: number | null, changeKind: ObaChangeKind, targetGap: number | null, baselineChange: number | null, periodsBehind: number, valueCount: number, onDataDevelopmentAgenda: boolean, dataDevelopment: boolean, note: string | null, latest: { periodStart: string, periodEnd: string, label: string, value: number | null } | null, trend: { direction: ObaTrendDirection, periods: number, judgement: ObaTrendJudgement, since: { label: string, value: number | null } } | null, forecast: { slope: number, judgement: ObaTrendJudgement, points: Array<{ periodStart: string, label: string, value: number | null }> } | null, words: { latest: string, target: string | null, variance: string | null, baseline: string | null, trend: string, trendShort: string, forecast: string | null, lag: string | null } }, latestNote: { id: string, writtenOn: string, periodStart: string | null, author: string | null, text: string } | null, storyCurrency: { older: boolean, words: string } | null } };

export type ObaScorecardPageSummaryQueryVariables = Exact<{
  asOf: string;
}>;


export type ObaScorecardPageSummaryQuery = { obaScorecards: Array<{ partnership: { id: string, name: string }, quadrants: Array<{ quadrant: ObaQuadrant, measures: Array<{ measure: { id: string, headline: boolean }, analysis: { status: ObaTargetStatus, onDataDevelopmentAgenda: boolean, trend: { judgement: ObaTrendJudgement } | null } }> }> }> };

export type ObaWriteStoryMutationVariables = Exact<{
  input: WriteMeasureStoryInput;
}>;


export type ObaWriteStoryMutation = { writeMeasureStory: { id: string, writtenOn: string } };

export type ObaEditStoryMutationVariables = Exact<{
  input: EditMeasureStoryInput;
}>;


export type ObaEditStoryMutation = { editMeasureStory: { id: string } };

export type ObaDeleteStoryMutationVariables = Exact<{
  id: string | number;
}>;


export type ObaDeleteStoryMutation = { deleteMeasureStory: { id: string } };

export type ObaSetMeasureValueMutationVariables = Exact<{
  measureId: string | number;
  values: Array<MeasureValueInput> | MeasureValueInput;
}>;


export type ObaSetMeasureValueMutation = { setMeasureValues: { id: string } };

export type ObaRemoveMeasureValueMutationVariables = Exact<{
  measureId: string | number;
  periodStart: string;
}>;


export type ObaRemoveMeasureValueMutation = { removeMeasureValue: { id: string } };

export type OverviewHeadlineValueFragment = { label: string, from: string, to: string, asOf: string, value: number | null, numerator: number | null, denominator: number | null };

export type OverviewHeadlinesQueryVariables = Exact<{
  filter: MetricFilter;
  asOf?: string | null | undefined;
  tileKeys: Array<string> | string;
  detailKeys: Array<string> | string;
  trendYears: number;
}>;


export type OverviewHeadlinesQuery = { tiles: Array<{ key: string, label: string, unit: string, polarity: string | null, current: { label: string, from: string, to: string, asOf: string, value: number | null, numerator: number | null, denominator: number | null }, previous: { label: string, from: string, to: string, asOf: string, value: number | null, numerator: number | null, denominator: number | null }, trend: Array<{ label: string, from: string, to: string, asOf: string, value: number | null, numerator: number | null, denominator: number | null }> }>, details: Array<{ key: string, label: string, unit: string, current: { label: string, from: string, to: string, asOf: string, value: number | null, numerator: number | null, denominator: number | null } }> };

export type AgenciesPageQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type AgenciesPageQuery = { agencies: { totalCount: number, nodes: Array<{ id: string, ref: string, name: string, sector: AgencySector, isCoreMember: boolean, updatedAt: string }> } };

export type AgenciesCreateMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type AgenciesCreateMutation = { createAgency: { id: string, name: string } };

export type AgenciesUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgencyInput;
}>;


export type AgenciesUpdateMutation = { updateAgency: { id: string, name: string } };

export type AgenciesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AgenciesDeleteMutation = { deleteAgency: { id: string, name: string } };

export type MyNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticesQuery = { myNotices: { reminderEmail: ReminderEmail, unread: number, nodes: Array<{ id: string, kind: string, title: string, body: string, link: string, createdAt: string, readAt: string | null, email: string | null }> } };

export type MarkNoticesReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNoticesReadMutation = { markNoticesRead: number };

export type SetReminderEmailMutationVariables = Exact<{
  choice: ReminderEmail;
}>;


export type SetReminderEmailMutation = { setReminderEmail: ReminderEmail };

export type InformationRequestToAnswerQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type InformationRequestToAnswerQuery = { informationRequest: { id: string, ref: string, kind: InformationRequestKind, sentOn: string, dueOn: string, returnedOn: string | null, status: InformationRequestStatus, agency: { id: string, name: string }, review: { id: string, ref: string, title: string, partnershipId: string }, answer: { knownToAgency: KnownToAgency | null, involvedFrom: string | null, involvedTo: string | null, involvement: string | null, analysis: string | null, notes: string | null, submittedOn: string | null, submittedBy: string | null, updatedAt: string, chronology: Array<{ position: number, occurredOn: string, agencyId: string, event: string, source: string | null }> } | null } | null };

export type SaveInformationRequestAnswerMutationVariables = Exact<{
  id: string | number;
  input: InformationRequestAnswerInput;
  submit?: boolean | null | undefined;
}>;


export type SaveInformationRequestAnswerMutation = { saveInformationRequestAnswer: { id: string, ref: string, returnedOn: string | null } };

export type ReviewChronologyQueryVariables = Exact<{
  reviewId: string | number;
  first?: number | null | undefined;
}>;


export type ReviewChronologyQuery = { reviewChronology: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, occurredOn: string, event: string, source: string | null, agency: { id: string, name: string }, informationRequest: { id: string, ref: string, agency: { id: string, name: string } } }> } };

export type MyWorkQueryVariables = Exact<{
  asOf: string;
}>;


export type MyWorkQuery = { myWork: { actions: Array<{ id: string, ref: string, title: string, dueOn: string, status: ActionStatus, brag: Brag | null, reviewId: string | null, auditId: string | null }>, informationRequests: Array<{ id: string, ref: string, kind: InformationRequestKind, sentOn: string, dueOn: string, returnedOn: string | null, status: InformationRequestStatus, answer: { submittedOn: string | null } | null, review: { id: string, ref: string, title: string } }> } };

export type RecordReviewEngagementMutationVariables = Exact<{
  input: CreateReviewEngagementInput;
}>;


export type RecordReviewEngagementMutation = { createReviewEngagement: { id: string, ref: string } };

export type EditReviewEngagementMutationVariables = Exact<{
  id: string | number;
  input: UpdateReviewEngagementInput;
}>;


export type EditReviewEngagementMutation = { updateReviewEngagement: { id: string, ref: string } };

export type DeleteReviewEngagementMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReviewEngagementMutation = { deleteReviewEngagement: { id: string, ref: string } };

export type AskAgencyForInformationMutationVariables = Exact<{
  input: CreateInformationRequestInput;
}>;


export type AskAgencyForInformationMutation = { createInformationRequest: { id: string, ref: string } };

export type ChangeInformationRequestMutationVariables = Exact<{
  id: string | number;
  input: UpdateInformationRequestInput;
}>;


export type ChangeInformationRequestMutation = { updateInformationRequest: { id: string, ref: string } };

export type NotificationRecordQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type NotificationRecordQuery = { notification: { id: string, ref: string, partnershipId: string, dateAware: string, dateNotified: string | null, notificationDueOn: string, notificationTimeliness: Timeliness, harm: Harm, ageBand: AgeBand, decision: NotificationDecision, summary: string | null, themes: Array<{ id: string, name: string }>, reviews: Array<{ id: string, ref: string, title: string, type: ReviewType, status: ReviewStatus, initiatedOn: string }>, referrals: Array<{ id: string, ref: string, referredOn: string, decision: ReferralDecision | null, decidedOn: string | null }> } | null };

export type RecordNotificationMutationVariables = Exact<{
  input: CreateNotificationInput;
}>;


export type RecordNotificationMutation = { createNotification: { id: string, ref: string } };

export type EditNotificationMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type EditNotificationMutation = { updateNotification: { id: string, ref: string } };

export type DeleteNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNotificationMutation = { deleteNotification: { id: string, ref: string } };

export type NotificationsPageListQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  sort?: NotificationSortField | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type NotificationsPageListQuery = { notifications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, ref: string, dateAware: string, dateNotified: string | null, harm: Harm, ageBand: AgeBand, decision: NotificationDecision }> } };

export type ReviewsPageRapidTimelinessQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  asOf: string;
}>;


export type ReviewsPageRapidTimelinessQuery = { rapidReviewMetrics: Array<{ rapidReviews: number, sent: number, onTime: number, late: number, overdue: number, due: number, period: { label: string, start: string } | null, onTimeRate: { numerator: number, denominator: number, value: number | null } }> };

export type ReferralsPageListQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReferralsPageListQuery = { referrals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, ref: string, referredOn: string, route: ReferralRoute, criteria: ReferralCriteria, decision: ReferralDecision | null, decidedOn: string | null, referringAgency: { id: string, name: string } | null }> } };

export type ReferralRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralRecordQuery = { referral: { id: string, ref: string, partnershipId: string, referredOn: string, route: ReferralRoute, referringAgencyId: string | null, criteria: ReferralCriteria, groupRecommendation: ReferralDecision | null, decision: ReferralDecision | null, reasons: string | null, decidedBy: ReferralDecider | null, decidedOn: string | null, referrerToldOn: string | null, panelResponse: PanelResponse | null, notificationId: string | null, reviewId: string | null, summary: string | null, referringAgency: { id: string, name: string } | null, notification: { id: string, ref: string, dateAware: string } | null, review: { id: string, ref: string, title: string, type: ReviewType } | null } | null };

export type ReferralLinkChoicesQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ReferralLinkChoicesQuery = { notifications: { nodes: Array<{ id: string, ref: string, dateAware: string }> }, reviews: { nodes: Array<{ id: string, ref: string, title: string, type: ReviewType }> } };

export type RecordReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type RecordReferralMutation = { createReferral: { id: string, ref: string } };

export type EditReferralMutationVariables = Exact<{
  id: string | number;
  input: UpdateReferralInput;
}>;


export type EditReferralMutation = { updateReferral: { id: string, ref: string } };

export type DeleteReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReferralMutation = { deleteReferral: { id: string, ref: string } };

export type ReviewPageDetailQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type ReviewPageDetailQuery = { review: { id: string, partnershipId: string, ref: string, title: string, type: ReviewType, status: ReviewStatus, initiatedOn: string, termsAgreedOn: string | null, completedOn: string | null, publishedOn: string | null, publishedUntilEarliest: string | null, unpublishedReason: string | null, completionDueOn: string | null, completionTimeliness: Timeliness | null, reviewers: string | null, method: ReviewMethod | null, methodDetails: string | null, reportSharedOn: string | null, plannedPublicationOn: string | null, reportShareDueOn: string | null, reportShareTimeliness: Timeliness | null, rapidReviewDueOn: string | null, rapidReviewTimeliness: Timeliness | null, infoRequestedOn: string | null, meetingOn: string | null, sentToPanelOn: string | null, rapidReviewOutcome: RapidReviewOutcome | null, nationalReviewRecommended: boolean | null, independentReviewer: boolean, familyParticipation: FamilyParticipation, practitionersInvolved: number | null, completionClock: { originalDueOn: string, dueOn: string, pausedDays: number, onPause: boolean, extensionAgreedOn: string | null } | null, engagements: Array<{ id: string, ref: string, engagedOn: string, party: EngagementParty, familyRole: FamilyRole | null, outcome: EngagementOutcome, agency: { id: string, name: string } | null }>, timescaleChanges: Array<{ id: string, kind: TimescaleChangeKind, reason: TimescaleReason, reasonDetails: string | null, startsOn: string, endsOn: string | null, agreedDueOn: string | null, agreedBy: string | null }>, statusHistory: Array<{ changedOn: string, status: ReviewStatus, recordedAt: string, recordedBy: string, derived: boolean }>, notification: { id: string, ref: string, dateAware: string, dateNotified: string | null, notificationDueOn: string, notificationTimeliness: Timeliness, harm: Harm } | null, referrals: Array<{ id: string, ref: string, decidedOn: string | null }>, sourceReview: { id: string, ref: string, title: string } | null, milestones: Array<{ name: StatutoryMilestoneName, earliestOn: string | null, dueOn: string, actualOn: string | null, status: Timeliness }>, informationRequests: Array<{ id: string, ref: string, kind: InformationRequestKind, sentOn: string, dueOn: string, returnedOn: string | null, timeliness: Timeliness, status: InformationRequestStatus, agency: { id: string, name: string }, answer: { submittedOn: string | null } | null }>, agencies: Array<{ id: string, name: string }>, themes: Array<{ id: string, name: string }>, findings: Array<{ id: string, ref: string, kind: FindingKind, text: string, themes: Array<{ id: string, name: string }> }>, learningProducts: Array<{ id: string, ref: string, title: string, kind: LearningProductKind, publishedOn: string, reach: number | null, themes: Array<{ id: string, name: string }> }>, recommendations: Array<{ id: string, ref: string, text: string, response: RecommendationResponse | null, responseReasons: string | null, respondedOn: string | null, finding: { id: string, ref: string } | null }>, actions: Array<{ id: string, ref: string, title: string, status: ActionStatus, dueOn: string, completedOn: string | null, brag: Brag | null, daysOverdue: number, monitoringCommittee: string | null, ownerAgency: { id: string, name: string } }> } | null };

export type RecordReviewMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type RecordReviewMutation = { createReview: { id: string, ref: string } };

export type EditReviewMutationVariables = Exact<{
  id: string | number;
  input: UpdateReviewInput;
}>;


export type EditReviewMutation = { updateReview: { id: string, ref: string } };

export type DeleteReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReviewMutation = { deleteReview: { id: string, ref: string } };

export type RecordLearningProductMutationVariables = Exact<{
  input: CreateLearningProductInput;
}>;


export type RecordLearningProductMutation = { createLearningProduct: { id: string, ref: string, title: string } };

export type EditLearningProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateLearningProductInput;
}>;


export type EditLearningProductMutation = { updateLearningProduct: { id: string, ref: string, title: string } };

export type DeleteLearningProductMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLearningProductMutation = { deleteLearningProduct: { id: string, ref: string, title: string } };

export type RecordFindingMutationVariables = Exact<{
  input: CreateFindingInput;
}>;


export type RecordFindingMutation = { createFinding: { id: string, ref: string } };

export type EditFindingMutationVariables = Exact<{
  id: string | number;
  input: UpdateFindingInput;
}>;


export type EditFindingMutation = { updateFinding: { id: string, ref: string } };

export type DeleteFindingMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFindingMutation = { deleteFinding: { id: string, ref: string } };

export type RecordRecommendationMutationVariables = Exact<{
  input: CreateRecommendationInput;
}>;


export type RecordRecommendationMutation = { createRecommendation: { id: string, ref: string } };

export type EditRecommendationMutationVariables = Exact<{
  id: string | number;
  input: UpdateRecommendationInput;
}>;


export type EditRecommendationMutation = { updateRecommendation: { id: string, ref: string } };

export type DeleteRecommendationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRecommendationMutation = { deleteRecommendation: { id: string, ref: string } };

export type ReviewsPageListQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  asOf: string;
  sort?: ReviewSortField | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type ReviewsPageListQuery = { reviews: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, ref: string, title: string, type: ReviewType, status: ReviewStatus, initiatedOn: string, completedOn: string | null, publishedOn: string | null, completionDueOn: string | null, completionTimeliness: Timeliness | null, rapidReviewDueOn: string | null, rapidReviewTimeliness: Timeliness | null }> } };

export type RecordReviewTimescaleChangeMutationVariables = Exact<{
  input: CreateReviewTimescaleChangeInput;
}>;


export type RecordReviewTimescaleChangeMutation = { createReviewTimescaleChange: { id: string, kind: TimescaleChangeKind, startsOn: string } };

export type EditReviewTimescaleChangeMutationVariables = Exact<{
  id: string | number;
  input: UpdateReviewTimescaleChangeInput;
}>;


export type EditReviewTimescaleChangeMutation = { updateReviewTimescaleChange: { id: string, kind: TimescaleChangeKind, startsOn: string } };

export type DeleteReviewTimescaleChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReviewTimescaleChangeMutation = { deleteReviewTimescaleChange: { id: string, kind: TimescaleChangeKind, startsOn: string } };

export type AgencySearchQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
  search?: string | null | undefined;
  first: number;
}>;


export type AgencySearchQuery = { agencies: { totalCount: number, nodes: Array<{ id: string, name: string, partnership: { id: string, name: string } }> } };

export type AgencyByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyByIdQuery = { agency: { id: string, name: string, partnership: { id: string, name: string } } | null };

export type PartnershipChoicesQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type PartnershipChoicesQuery = { agencies: { nodes: Array<{ id: string, name: string }> }, themes: { nodes: Array<{ id: string, name: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, name: string, role: Role, roleLabel: string, operations: Array<string>, sessionExpiresAt: string | null, partnerships: Array<{ id: string, name: string, kind: PartnershipKind }>, agency: { id: string, name: string } | null } | null };

export type ThemesPageCoOccurrenceQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  source: ThemeRecordSource;
  limit: number;
  minCount: number;
}>;


export type ThemesPageCoOccurrenceQuery = { themeCoOccurrence: Array<{ count: number, countA: number, countB: number, jaccard: number, themeA: { code: string, name: string }, themeB: { code: string, name: string } }> };

export type ThemesPageCoOccurrenceMatrixQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  source: ThemeRecordSource;
  themeCodes?: Array<string> | string | null | undefined;
}>;


export type ThemesPageCoOccurrenceMatrixQuery = { themeCoOccurrenceMatrix: { counts: Array<Array<number>>, records: number, themes: Array<{ code: string, name: string }> } };

export type ThemesPageEmergingQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  financialYear?: string | null | undefined;
  source: ThemeRecordSource;
  minCount: number;
}>;


export type ThemesPageEmergingQuery = { emergingThemes: { currentRecords: number, previousRecords: number, current: { from: string, to: string }, previous: { from: string, to: string }, themes: Array<{ shareChange: number, shareRatio: number | null, theme: { code: string, name: string }, current: { count: number, share: { numerator: number, denominator: number, value: number | null } }, previous: { count: number, share: { numerator: number, denominator: number, value: number | null } } }> } };

export type ThemesPageHeatmapQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  source: ThemeRecordSource;
}>;


export type ThemesPageHeatmapQuery = { themeHeatmap: { totals: Array<number>, periods: Array<{ label: string, start: string, end: string }>, rows: Array<{ counts: Array<number>, shares: Array<number | null>, theme: { code: string, name: string, themeGroup: ThemeGroup } }> } };

export type ThemesPageRecordsBehindQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  source: ThemeRecordSource;
  themeCodes?: Array<string> | string | null | undefined;
  after?: string | null | undefined;
}>;


export type ThemesPageRecordsBehindQuery = { themeRecordsBehind: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ThemeRecordKind, ref: string, title: string, type: string, date: string, partnershipId: string, themeCodes: Array<string>, review: { id: string, status: ReviewStatus } | null }> }, partnerships: { nodes: Array<{ id: string, name: string }> } };

export type ThemeListPageQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type ThemeListPageQuery = { themes: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, description: string | null, themeGroup: ThemeGroup, isDefault: boolean }> } };

export type ThemeListCreateMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type ThemeListCreateMutation = { createTheme: { id: string, name: string } };

export type ThemeListUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateThemeInput;
}>;


export type ThemeListUpdateMutation = { updateTheme: { id: string, name: string } };

export type ThemeListDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ThemeListDeleteMutation = { deleteTheme: { id: string, name: string } };

export type ThemesPageTrendQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  grain: PeriodGrain;
  source: ThemeRecordSource;
  themeCodes?: Array<string> | string | null | undefined;
}>;


export type ThemesPageTrendQuery = { themeTrend: Array<{ total: number, theme: { code: string, name: string }, points: Array<{ count: number, reviews: number, audits: number, period: { label: string, start: string, end: string }, share: { numerator: number, denominator: number, value: number | null } }> }> };

export type TrainingPageSessionsQueryVariables = Exact<{
  filter?: TrainingSessionFilter | null | undefined;
  sort?: TrainingSessionSortField | null | undefined;
  direction?: SortDirection | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TrainingPageSessionsQuery = { trainingSessions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, ref: string, sessionDate: string, delivery: TrainingDelivery, capacity: number, booked: number, attended: number, didNotAttend: number, course: { id: string, title: string, multiAgency: boolean } }> } };

export type TrainingCourseRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingCourseRecordQuery = { trainingCourse: { id: string, ref: string, partnershipId: string, title: string, description: string | null, durationHours: number | null, multiAgency: boolean, themes: Array<{ id: string, name: string }>, sessions: Array<{ id: string, ref: string, sessionDate: string, delivery: TrainingDelivery, capacity: number, booked: number, attended: number }> } | null };

export type TrainingSessionRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingSessionRecordQuery = { trainingSession: { id: string, ref: string, partnershipId: string, sessionDate: string, capacity: number, delivery: TrainingDelivery, booked: number, attended: number, didNotAttend: number, course: { id: string, ref: string, title: string, multiAgency: boolean, durationHours: number | null, themes: Array<{ id: string, name: string }> }, attendances: Array<{ id: string, ref: string, createdAt: string, agencyId: string, role: string | null, attended: boolean, agency: { id: string, name: string }, evaluation: { confidenceBefore: number, confidenceAfter: number, satisfaction: number | null, comment: string | null, submittedOn: string } | null, followUp: { sentOn: string, respondedOn: string | null, changedPractice: boolean | null, example: string | null } | null }> } | null };

export type TrainingCourseChoicesQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type TrainingCourseChoicesQuery = { trainingCourses: { nodes: Array<{ id: string, title: string }> } };

export type TrainingCourseListQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type TrainingCourseListQuery = { trainingCourses: { totalCount: number, nodes: Array<{ id: string, ref: string, title: string, multiAgency: boolean, durationHours: number | null }> } };

export type AddTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type AddTrainingCourseMutation = { createTrainingCourse: { id: string, ref: string, title: string } };

export type EditTrainingCourseMutationVariables = Exact<{
  id: string | number;
  input: UpdateTrainingCourseInput;
}>;


export type EditTrainingCourseMutation = { updateTrainingCourse: { id: string, ref: string, title: string } };

export type DeleteTrainingCourseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrainingCourseMutation = { deleteTrainingCourse: { id: string, ref: string, title: string } };

export type AddTrainingSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type AddTrainingSessionMutation = { createTrainingSession: { id: string, ref: string } };

export type EditTrainingSessionMutationVariables = Exact<{
  id: string | number;
  input: UpdateTrainingSessionInput;
}>;


export type EditTrainingSessionMutation = { updateTrainingSession: { id: string, ref: string } };

export type DeleteTrainingSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrainingSessionMutation = { deleteTrainingSession: { id: string, ref: string, courseId: string } };

export type BookTrainingPlaceMutationVariables = Exact<{
  input: CreateTrainingAttendanceInput;
}>;


export type BookTrainingPlaceMutation = { createTrainingAttendance: { id: string, ref: string } };

export type EditTrainingBookingMutationVariables = Exact<{
  id: string | number;
  input: UpdateTrainingAttendanceInput;
}>;


export type EditTrainingBookingMutation = { updateTrainingAttendance: { id: string, ref: string } };

export type DeleteTrainingBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrainingBookingMutation = { deleteTrainingAttendance: { id: string, ref: string } };

export type RecordTrainingEvaluationMutationVariables = Exact<{
  attendanceId: string | number;
  input: TrainingEvaluationInput;
}>;


export type RecordTrainingEvaluationMutation = { recordTrainingEvaluation: { id: string, ref: string } };

export type RecordTrainingFollowUpMutationVariables = Exact<{
  attendanceId: string | number;
  input: TrainingFollowUpInput;
}>;


export type RecordTrainingFollowUpMutation = { recordTrainingFollowUp: { id: string, ref: string } };

export type TrainingPageReachByGroupQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  groupBy: TrainingMetricsGroupBy;
}>;


export type TrainingPageReachByGroupQuery = { trainingReach: Array<{ sessions: number, places: number, bookings: number, attendances: number, didNotAttend: number, period: { label: string, start: string }, group: { key: string, label: string } | null, didNotAttendRate: { numerator: number, denominator: number, value: number | null } }> };

export type TrainingPageOverTimeQueryVariables = Exact<{
  filter?: MetricFilter | null | undefined;
  grain: PeriodGrain;
  asOf: string;
}>;


export type TrainingPageOverTimeQuery = { trainingReach: Array<{ sessions: number, places: number, bookings: number, attendances: number, didNotAttend: number, multiAgencyAttendances: number, period: { label: string, start: string }, didNotAttendRate: { numerator: number, denominator: number, value: number | null } }>, trainingImpact: Array<{ attendances: number, evaluations: number, meanConfidenceBefore: number | null, meanConfidenceAfter: number | null, meanConfidenceChange: number | null, followUpsSent: number, followUpsResponded: number, changedPractice: number, period: { label: string, start: string }, responseRate: { numerator: number, denominator: number, value: number | null }, practiceChange: { numerator: number, denominator: number, value: number | null } }>, trainingKirkpatrick: Array<{ level: TrainingKirkpatrickLevelName, measure: string, value: number | null, n: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActionPlansItemFragmentDoc = new TypedDocumentString(`
    fragment ActionPlansItem on ActionMetricsItem {
  brag
  daysOverdue
  completedOnTime
  action {
    id
    ref
    title
    dueOn
    completedOn
    status
    monitoringCommittee
    ownerAgency {
      id
      name
    }
    review {
      id
      ref
    }
    audit {
      id
      ref
    }
  }
}
    `, {"fragmentName":"ActionPlansItem"}) as unknown as TypedDocumentString<ActionPlansItemFragment, unknown>;
export const PackActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PackActionFields on PackAction {
  actionId
  ref
  title
  ownerAgency
  dueOn
  status
  closedOn
  daysOverdue
}
    `, {"fragmentName":"PackActionFields"}) as unknown as TypedDocumentString<PackActionFieldsFragment, unknown>;
export const ObaPublicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObaPublicationFields on ObaPublication {
  id
  token
  embedPath
  dataPath
  asOf
  headlineOnly
  measureCount
  publishedAt
  publishedBy
  withdrawnAt
}
    `, {"fragmentName":"ObaPublicationFields"}) as unknown as TypedDocumentString<ObaPublicationFieldsFragment, unknown>;
export const ObaResultsMeasureLineFragmentDoc = new TypedDocumentString(`
    fragment ObaResultsMeasureLine on Measure {
  id
  name
  unit
  headline
  analysis(asOf: $asOf, forecastPeriods: 0) {
    latest {
      label
      value
    }
    status
    trendJudgement
    words {
      latest
      trend
      trendShort
    }
  }
}
    `, {"fragmentName":"ObaResultsMeasureLine"}) as unknown as TypedDocumentString<ObaResultsMeasureLineFragment, unknown>;
export const ObaEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObaEntryFields on ObaScorecardEntry {
  measure {
    id
    ref
    name
    description
    headline
    unit
    polarity
    periodicity
    source
    metric
    target
    updatedAt
    agency {
      name
    }
    series(asOf: $asOf) {
      periodStart
      label
      value
      numerator
      denominator
    }
  }
  analysis {
    asOf
    latest {
      periodStart
      periodEnd
      label
      value
    }
    status
    variance
    percentOfTarget
    trend {
      direction
      periods
      judgement
      since {
        label
        value
      }
    }
    trendJudgement
    baseline
    changeSinceBaseline
    changeKind
    targetGap
    baselineChange
    periodsBehind
    forecast {
      slope
      judgement
      points {
        periodStart
        label
        value
      }
    }
    valueCount
    onDataDevelopmentAgenda
    dataDevelopment
    note
    words {
      latest
      target
      variance
      baseline
      trend
      trendShort
      forecast
      lag
    }
  }
  latestNote {
    id
    writtenOn
    periodStart
    author
    text
  }
  storyCurrency {
    older
    words
  }
}
    `, {"fragmentName":"ObaEntryFields"}) as unknown as TypedDocumentString<ObaEntryFieldsFragment, unknown>;
export const OverviewHeadlineValueFragmentDoc = new TypedDocumentString(`
    fragment OverviewHeadlineValue on HeadlineValue {
  label
  from
  to
  asOf
  value
  numerator
  denominator
}
    `, {"fragmentName":"OverviewHeadlineValue"}) as unknown as TypedDocumentString<OverviewHeadlineValueFragment, unknown>;
export const FilterThemesDocument = new TypedDocumentString(`
    query FilterThemes($partnershipId: ID) {
  themes(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FilterThemesQuery, FilterThemesQueryVariables>;
export const UnreadNoticesDocument = new TypedDocumentString(`
    query UnreadNotices {
  myNotices(first: 1) {
    unread
  }
}
    `) as unknown as TypedDocumentString<UnreadNoticesQuery, UnreadNoticesQueryVariables>;
export const ActionFormSourceDocument = new TypedDocumentString(`
    query ActionFormSource($id: ID!) {
  review(id: $id) {
    id
    partnershipId
    ref
    title
    recommendations {
      id
      ref
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ActionFormSourceQuery, ActionFormSourceQueryVariables>;
export const ActionFormRecordDocument = new TypedDocumentString(`
    query ActionFormRecord($id: ID!) {
  action(id: $id) {
    id
    ref
    title
    partnershipId
    reviewId
    recommendationId
    dueOn
    groupId
    impactAuditId
    impactMeasureId
    ownerAgency {
      id
    }
    themes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ActionFormRecordQuery, ActionFormRecordQueryVariables>;
export const ActionImpactSourcesDocument = new TypedDocumentString(`
    query ActionImpactSources($partnershipId: ID!) {
  audits(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      ref
      title
      startedOn
    }
  }
  measures(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      ref
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ActionImpactSourcesQuery, ActionImpactSourcesQueryVariables>;
export const ActionMonitoringGroupsDocument = new TypedDocumentString(`
    query ActionMonitoringGroups($partnershipId: ID!) {
  groups(partnershipIds: [$partnershipId]) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ActionMonitoringGroupsQuery, ActionMonitoringGroupsQueryVariables>;
export const RecordActionDocument = new TypedDocumentString(`
    mutation RecordAction($input: CreateActionInput!) {
  createAction(input: $input) {
    id
    ref
    reviewId
  }
}
    `) as unknown as TypedDocumentString<RecordActionMutation, RecordActionMutationVariables>;
export const EditActionDocument = new TypedDocumentString(`
    mutation EditAction($id: ID!, $input: UpdateActionInput!) {
  updateAction(id: $id, input: $input) {
    id
    ref
    reviewId
  }
}
    `) as unknown as TypedDocumentString<EditActionMutation, EditActionMutationVariables>;
export const DeleteActionDocument = new TypedDocumentString(`
    mutation DeleteAction($id: ID!) {
  deleteAction(id: $id) {
    id
    ref
    reviewId
  }
}
    `) as unknown as TypedDocumentString<DeleteActionMutation, DeleteActionMutationVariables>;
export const ActionPlansActionDocument = new TypedDocumentString(`
    query ActionPlansAction($id: ID!, $asOf: Date!) {
  action(id: $id) {
    id
    ref
    title
    status
    dueOn
    completedOn
    impactEvidence
    monitoringCommittee
    signedOffBy
    signedOffOn
    signedOffMeeting {
      id
      meetsOn
    }
    group {
      id
      name
      mayRecord
      meetings {
        id
        meetsOn
        status
      }
    }
    brag(asOf: $asOf)
    daysOverdue(asOf: $asOf)
    ownerAgency {
      id
      name
    }
    review {
      id
      ref
      title
    }
    audit {
      id
      ref
      title
    }
    impactAudit {
      id
      ref
      title
      startedOn
      completedOn
      cases {
        overallGrade
      }
    }
    impactMeasure {
      id
      ref
      name
      unit
      polarity
      series(asOf: $asOf) {
        periodStart
        label
        value
      }
    }
    themes {
      id
      name
    }
    updates {
      id
      changedAt
      changedBy
      fromStatus
      toStatus
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlansActionQuery, ActionPlansActionQueryVariables>;
export const ActionPlansChangeStatusDocument = new TypedDocumentString(`
    mutation ActionPlansChangeStatus($id: ID!, $input: ChangeActionStatusInput!) {
  changeActionStatus(id: $id, input: $input) {
    id
    status
    completedOn
  }
}
    `) as unknown as TypedDocumentString<ActionPlansChangeStatusMutation, ActionPlansChangeStatusMutationVariables>;
export const ActionPlansSignOffDocument = new TypedDocumentString(`
    mutation ActionPlansSignOff($id: ID!, $signedOffBy: String!, $signedOffOn: Date!, $meetingId: ID) {
  signOffAction(
    id: $id
    signedOffBy: $signedOffBy
    signedOffOn: $signedOffOn
    meetingId: $meetingId
  ) {
    id
    signedOffBy
    signedOffOn
  }
}
    `) as unknown as TypedDocumentString<ActionPlansSignOffMutation, ActionPlansSignOffMutationVariables>;
export const ActionPlansMetricsDocument = new TypedDocumentString(`
    query ActionPlansMetrics($filter: MetricFilter, $asOf: Date!) {
  actionMetrics(filter: $filter, asOf: $asOf) {
    key
    label
    total
    open
    completed
    overdue
    byStatus {
      notStarted
      inProgress
      completed
      impactEvidenced
      cancelled
    }
    byBrag {
      blue
      red
      amber
      green
    }
    completedOnTime {
      numerator
      denominator
      value
    }
    impactEvidenced {
      numerator
      denominator
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlansMetricsQuery, ActionPlansMetricsQueryVariables>;
export const ActionPlansReviewFiguresDocument = new TypedDocumentString(`
    query ActionPlansReviewFigures($filter: MetricFilter, $asOf: Date!) {
  actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: REVIEW) {
    key
    label
    total
    open
    completed
    overdue
    byStatus {
      notStarted
      inProgress
      completed
      impactEvidenced
      cancelled
    }
    byBrag {
      blue
      red
      amber
      green
    }
    completedOnTime {
      numerator
      denominator
      value
    }
    impactEvidenced {
      numerator
      denominator
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlansReviewFiguresQuery, ActionPlansReviewFiguresQueryVariables>;
export const ActionPlansOverdueDocument = new TypedDocumentString(`
    query ActionPlansOverdue($filter: MetricFilter, $asOf: Date!, $first: Int!, $after: String) {
  overdueActions(filter: $filter, asOf: $asOf, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ActionPlansItem
    }
  }
}
    fragment ActionPlansItem on ActionMetricsItem {
  brag
  daysOverdue
  completedOnTime
  action {
    id
    ref
    title
    dueOn
    completedOn
    status
    monitoringCommittee
    ownerAgency {
      id
      name
    }
    review {
      id
      ref
    }
    audit {
      id
      ref
    }
  }
}`) as unknown as TypedDocumentString<ActionPlansOverdueQuery, ActionPlansOverdueQueryVariables>;
export const ActionPlansReviewActionsDocument = new TypedDocumentString(`
    query ActionPlansReviewActions($filter: MetricFilter, $asOf: Date!, $reviewId: String, $cell: ActionMetricsCell!, $first: Int!, $after: String) {
  actionsBehind(
    filter: $filter
    asOf: $asOf
    group: {by: REVIEW, key: $reviewId}
    cell: $cell
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ActionPlansItem
    }
  }
}
    fragment ActionPlansItem on ActionMetricsItem {
  brag
  daysOverdue
  completedOnTime
  action {
    id
    ref
    title
    dueOn
    completedOn
    status
    monitoringCommittee
    ownerAgency {
      id
      name
    }
    review {
      id
      ref
    }
    audit {
      id
      ref
    }
  }
}`) as unknown as TypedDocumentString<ActionPlansReviewActionsQuery, ActionPlansReviewActionsQueryVariables>;
export const ActionRegisterDocument = new TypedDocumentString(`
    query ActionRegister($filter: MetricFilter, $asOf: Date!, $statuses: [ActionStatus!], $brags: [Brag!], $reviewId: ID, $group: ActionGroupInput, $sort: ActionRegisterSort, $descending: Boolean, $first: Int!, $offset: Int) {
  actionRegister(
    filter: $filter
    asOf: $asOf
    statuses: $statuses
    brags: $brags
    reviewId: $reviewId
    group: $group
    sort: $sort
    descending: $descending
    first: $first
    offset: $offset
  ) {
    totalCount
    offset
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ActionPlansItem
    }
  }
}
    fragment ActionPlansItem on ActionMetricsItem {
  brag
  daysOverdue
  completedOnTime
  action {
    id
    ref
    title
    dueOn
    completedOn
    status
    monitoringCommittee
    ownerAgency {
      id
      name
    }
    review {
      id
      ref
    }
    audit {
      id
      ref
    }
  }
}`) as unknown as TypedDocumentString<ActionRegisterQuery, ActionRegisterQueryVariables>;
export const ActionPlansReviewDocument = new TypedDocumentString(`
    query ActionPlansReview($id: ID!) {
  review(id: $id) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<ActionPlansReviewQuery, ActionPlansReviewQueryVariables>;
export const ActionPlansCompletionDocument = new TypedDocumentString(`
    query ActionPlansCompletion($filter: MetricFilter, $asOf: Date!) {
  actionCompletionSeries(filter: $filter, asOf: $asOf, grain: QUARTER) {
    period {
      label
      start
      end
    }
    due
    completedOnTime
    completedLate
    outstanding
    overdue
    cancelled
    onTimeRate {
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlansCompletionQuery, ActionPlansCompletionQueryVariables>;
export const ActionPlansSummaryDocument = new TypedDocumentString(`
    query ActionPlansSummary($filter: MetricFilter, $asOf: Date!, $groupBy: ActionPlanGroupBy!) {
  actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: $groupBy) {
    key
    label
    total
    open
    completed
    overdue
    byStatus {
      notStarted
      inProgress
      completed
      impactEvidenced
      cancelled
    }
    byBrag {
      blue
      red
      amber
      green
    }
    completedOnTime {
      numerator
      denominator
      value
    }
    impactEvidenced {
      numerator
      denominator
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlansSummaryQuery, ActionPlansSummaryQueryVariables>;
export const ChangeHistoryDocument = new TypedDocumentString(`
    query ChangeHistory($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      occurredAt
      actorName
      action
      entity
      entityId
      requestId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeHistoryQuery, ChangeHistoryQueryVariables>;
export const UsersPageDocument = new TypedDocumentString(`
    query UsersPage($partnershipId: ID) {
  users(partnershipId: $partnershipId) {
    id
    email
    name
    role
    disabled
    lastSignInAt
    createdAt
    agency {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UsersPageQuery, UsersPageQueryVariables>;
export const UsersPageAgenciesDocument = new TypedDocumentString(`
    query UsersPageAgencies($partnershipId: ID) {
  agencies(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UsersPageAgenciesQuery, UsersPageAgenciesQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const AnnualReportPageDocument = new TypedDocumentString(`
    query AnnualReportPage($partnershipId: ID!, $financialYear: String!, $mode: ReportMode!) {
  annualReport(
    partnershipId: $partnershipId
    financialYear: $financialYear
    mode: $mode
  ) {
    partnership {
      id
      name
    }
    financialYear
    mode
    suppressionThreshold
    asOf
    year {
      label
      start
      end
    }
    previousYear {
      label
    }
    headlines {
      key
      label
      unit
      quadrant
      polarity
      disclosure
      current
      previous
      change
      currentNumerator
      currentDenominator
      previousNumerator
      previousDenominator
      suppressed
    }
    tables {
      key
      title
      rowHeading
      description
      disclosure
      rowHeaders
      rowKeys
      columnHeaders
      cells
      rowTotals
      columnTotals
      grandTotal
      suppressed
      previousRowTotals
      previousColumnTotals
      previousGrandTotal
    }
    narratives {
      section
      title
      guidance
      status
      text
      textIsDraft
      versionCount
      approved {
        version
        savedBy
        savedAt
        approvedBy
        approvedAt
      }
      latest {
        version
        text
        savedBy
        savedAt
        approvedBy
        approvedAt
      }
    }
    oba {
      quadrant
      measure {
        id
        name
        unit
        polarity
        periodicity
      }
      analysis {
        latest {
          label
          value
          numerator
          denominator
        }
        target
        status
        trendJudgement
        words {
          latest
          target
          trend
        }
      }
      previous {
        latest {
          label
          value
        }
        status
        words {
          latest
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportPageQuery, AnnualReportPageQueryVariables>;
export const AnnualReportPagePartnershipsDocument = new TypedDocumentString(`
    query AnnualReportPagePartnerships {
  partnerships(first: 200) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportPagePartnershipsQuery, AnnualReportPagePartnershipsQueryVariables>;
export const AnnualReportSaveNarrativeDocument = new TypedDocumentString(`
    mutation AnnualReportSaveNarrative($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!, $text: String!) {
  saveAnnualReportNarrative(
    partnershipId: $partnershipId
    financialYear: $financialYear
    section: $section
    text: $text
  ) {
    section
    status
    versionCount
  }
}
    `) as unknown as TypedDocumentString<AnnualReportSaveNarrativeMutation, AnnualReportSaveNarrativeMutationVariables>;
export const AnnualReportApproveNarrativeDocument = new TypedDocumentString(`
    mutation AnnualReportApproveNarrative($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!, $version: Int!) {
  approveAnnualReportNarrative(
    partnershipId: $partnershipId
    financialYear: $financialYear
    section: $section
    version: $version
  ) {
    section
    status
  }
}
    `) as unknown as TypedDocumentString<AnnualReportApproveNarrativeMutation, AnnualReportApproveNarrativeMutationVariables>;
export const AnnualReportNarrativeHistoryDocument = new TypedDocumentString(`
    query AnnualReportNarrativeHistory($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!) {
  annualReportNarrativeHistory(
    partnershipId: $partnershipId
    financialYear: $financialYear
    section: $section
  ) {
    id
    version
    text
    savedBy
    savedAt
    approvedBy
    approvedAt
  }
}
    `) as unknown as TypedDocumentString<AnnualReportNarrativeHistoryQuery, AnnualReportNarrativeHistoryQueryVariables>;
export const AuditReturnsTrackerDocument = new TypedDocumentString(`
    query AuditReturnsTracker($auditId: ID!, $asOf: Date!) {
  auditAgencyReturns(auditId: $auditId) {
    id
    sentOn
    dueOn
    returnedOn
    lastRemindedOn
    submittedBy
    status(asOf: $asOf)
    agency {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditReturnsTrackerQuery, AuditReturnsTrackerQueryVariables>;
export const AuditReturnFormDocument = new TypedDocumentString(`
    query AuditReturnForm($id: ID!, $asOf: Date!) {
  auditAgencyReturn(id: $id) {
    id
    kind
    sentOn
    dueOn
    returnedOn
    submittedBy
    summary
    status(asOf: $asOf)
    agency {
      id
      name
    }
    audit {
      id
      ref
      title
      tool {
        name
        version
        ratingScale {
          code
          label
        }
        standards {
          id
          title
          description
          position
        }
      }
      cases {
        id
        ref
      }
    }
    assessments {
      toolStandardId
      selfRating
      narrative
      evidence
      moderatedRating
    }
    caseNarratives {
      auditCaseId
      narrative
    }
  }
}
    `) as unknown as TypedDocumentString<AuditReturnFormQuery, AuditReturnFormQueryVariables>;
export const MyAuditReturnsDocument = new TypedDocumentString(`
    query MyAuditReturns($asOf: Date!) {
  myAuditReturns {
    id
    kind
    dueOn
    returnedOn
    status(asOf: $asOf)
    audit {
      id
      ref
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MyAuditReturnsQuery, MyAuditReturnsQueryVariables>;
export const InviteAuditAgenciesDocument = new TypedDocumentString(`
    mutation InviteAuditAgencies($input: InviteAuditAgenciesInput!) {
  inviteAuditAgencies(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteAuditAgenciesMutation, InviteAuditAgenciesMutationVariables>;
export const ReinviteAuditAgencyDocument = new TypedDocumentString(`
    mutation ReinviteAuditAgency($id: ID!, $dueOn: Date) {
  reinviteAuditAgency(id: $id, dueOn: $dueOn) {
    id
    dueOn
    agency {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReinviteAuditAgencyMutation, ReinviteAuditAgencyMutationVariables>;
export const SaveAuditAgencyReturnDocument = new TypedDocumentString(`
    mutation SaveAuditAgencyReturn($id: ID!, $input: AuditAgencyReturnInput!, $submit: Boolean) {
  saveAuditAgencyReturn(id: $id, input: $input, submit: $submit) {
    id
    returnedOn
    audit {
      id
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<SaveAuditAgencyReturnMutation, SaveAuditAgencyReturnMutationVariables>;
export const AssuranceToolsPageDocument = new TypedDocumentString(`
    query AssuranceToolsPage($partnershipId: ID!) {
  assuranceTools(partnershipIds: [$partnershipId]) {
    id
    toolKey
    name
    kind
    version
    status
    publishedOn
    isDefault
    standards {
      id
      code
      title
      position
    }
    ratingScale {
      code
      label
      met
    }
  }
}
    `) as unknown as TypedDocumentString<AssuranceToolsPageQuery, AssuranceToolsPageQueryVariables>;
export const AssuranceToolPageDocument = new TypedDocumentString(`
    query AssuranceToolPage($id: ID!) {
  assuranceTool(id: $id) {
    id
    partnershipId
    toolKey
    name
    kind
    version
    status
    publishedOn
    description
    isDefault
    standards {
      id
      code
      title
      description
      position
      groupName
    }
    ratingScale {
      code
      label
      position
      met
    }
  }
}
    `) as unknown as TypedDocumentString<AssuranceToolPageQuery, AssuranceToolPageQueryVariables>;
export const CreateAssuranceToolDocument = new TypedDocumentString(`
    mutation CreateAssuranceTool($input: CreateAssuranceToolInput!) {
  createAssuranceTool(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateAssuranceToolMutation, CreateAssuranceToolMutationVariables>;
export const DraftAssuranceToolVersionDocument = new TypedDocumentString(`
    mutation DraftAssuranceToolVersion($fromId: ID!) {
  draftAssuranceToolVersion(fromId: $fromId) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DraftAssuranceToolVersionMutation, DraftAssuranceToolVersionMutationVariables>;
export const UpdateAssuranceToolDraftDocument = new TypedDocumentString(`
    mutation UpdateAssuranceToolDraft($id: ID!, $input: UpdateAssuranceToolDraftInput!) {
  updateAssuranceToolDraft(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateAssuranceToolDraftMutation, UpdateAssuranceToolDraftMutationVariables>;
export const PublishAssuranceToolDocument = new TypedDocumentString(`
    mutation PublishAssuranceTool($id: ID!) {
  publishAssuranceTool(id: $id) {
    id
    version
    publishedOn
  }
}
    `) as unknown as TypedDocumentString<PublishAssuranceToolMutation, PublishAssuranceToolMutationVariables>;
export const RetireAssuranceToolDocument = new TypedDocumentString(`
    mutation RetireAssuranceTool($id: ID!) {
  retireAssuranceTool(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RetireAssuranceToolMutation, RetireAssuranceToolMutationVariables>;
export const DiscardAssuranceToolDraftDocument = new TypedDocumentString(`
    mutation DiscardAssuranceToolDraft($id: ID!) {
  discardAssuranceToolDraft(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DiscardAssuranceToolDraftMutation, DiscardAssuranceToolDraftMutationVariables>;
export const AuditDomainsDocument = new TypedDocumentString(`
    query AuditDomains($partnershipId: ID!) {
  auditDomains(partnershipId: $partnershipId) {
    id
    code
    name
    position
    retired
    isDefault
  }
}
    `) as unknown as TypedDocumentString<AuditDomainsQuery, AuditDomainsQueryVariables>;
export const AuditAgencyGradesDocument = new TypedDocumentString(`
    query AuditAgencyGrades($partnershipId: ID!, $auditId: ID, $round: String) {
  auditAgencyGrades(
    filter: {partnershipIds: [$partnershipId]}
    auditId: $auditId
    round: $round
  ) {
    agencyId
    agencyName
    domain
    label
    distribution {
      total
      goodOrBetter {
        numerator
        denominator
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAgencyGradesQuery, AuditAgencyGradesQueryVariables>;
export const CreateAuditDomainDocument = new TypedDocumentString(`
    mutation CreateAuditDomain($input: CreateAuditDomainInput!) {
  createAuditDomain(input: $input) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<CreateAuditDomainMutation, CreateAuditDomainMutationVariables>;
export const UpdateAuditDomainDocument = new TypedDocumentString(`
    mutation UpdateAuditDomain($id: ID!, $input: UpdateAuditDomainInput!) {
  updateAuditDomain(id: $id, input: $input) {
    id
    code
    name
    retired
  }
}
    `) as unknown as TypedDocumentString<UpdateAuditDomainMutation, UpdateAuditDomainMutationVariables>;
export const ReorderAuditDomainsDocument = new TypedDocumentString(`
    mutation ReorderAuditDomains($partnershipId: ID!, $domainIds: [ID!]!) {
  reorderAuditDomains(
    input: {partnershipId: $partnershipId, domainIds: $domainIds}
  ) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<ReorderAuditDomainsMutation, ReorderAuditDomainsMutationVariables>;
export const AuditsPageRoundsDocument = new TypedDocumentString(`
    query AuditsPageRounds($filter: MetricFilter) {
  auditQualityRounds(filter: $filter, basis: AUDIT) {
    partnershipId
    partnership {
      id
      name
    }
    label
    startedOn
    audits {
      id
      ref
      title
    }
    overall {
      total
      grades {
        grade
        count
        share
      }
      goodOrBetter {
        numerator
        denominator
        value
      }
    }
    previousLabel
    previousGoodOrBetter {
      denominator
      value
    }
    change
    direction
    comparability
    comparisonNote
  }
}
    `) as unknown as TypedDocumentString<AuditsPageRoundsQuery, AuditsPageRoundsQueryVariables>;
export const AuditsPageByAuditDocument = new TypedDocumentString(`
    query AuditsPageByAudit($filter: MetricFilter) {
  auditQualityByAudit(filter: $filter) {
    auditId
    audit {
      id
      ref
      title
      type
      round
      startedOn
      completedOn
      partnership {
        id
        name
      }
    }
    overall {
      total
      grades {
        grade
        count
      }
      goodOrBetter {
        numerator
        denominator
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditsPageByAuditQuery, AuditsPageByAuditQueryVariables>;
export const AuditsPageListDocument = new TypedDocumentString(`
    query AuditsPageList($filter: MetricFilter, $sort: AuditListSort, $direction: SortDirection, $first: Int!, $after: String) {
  auditQualityAuditList(
    filter: $filter
    sort: $sort
    direction: $direction
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      auditId
      audit {
        id
        ref
        title
        type
        startedOn
        partnership {
          id
          name
        }
      }
      overall {
        total
        grades {
          grade
          count
        }
        goodOrBetter {
          numerator
          denominator
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditsPageListQuery, AuditsPageListQueryVariables>;
export const AuditRecordDocument = new TypedDocumentString(`
    query AuditRecord($id: ID!) {
  audit(id: $id) {
    id
    ref
    partnershipId
    type
    title
    round
    startedOn
    completedOn
    summary
    leadAgency {
      id
      name
    }
    agencies {
      id
      name
    }
    themes {
      id
      name
    }
    tool {
      id
      name
      version
      ratingScale {
        code
        label
        met
      }
      standards {
        id
        code
        title
        position
      }
    }
    cases {
      id
      ref
      overallGrade
      narrative
      domainGrades {
        domain
        domainLabel
        domainRetired
        grade
        narrative
        agency {
          id
          name
        }
      }
    }
    section11Assessments {
      id
      ref
      standard
      toolStandard {
        code
        title
        position
      }
      selfRating
      moderatedRating
      finalRating
      narrative
      evidence
      moderationNote
      agency {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditRecordQuery, AuditRecordQueryVariables>;
export const StartAuditDocument = new TypedDocumentString(`
    mutation StartAudit($input: CreateAuditInput!) {
  createAudit(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<StartAuditMutation, StartAuditMutationVariables>;
export const EditAuditDocument = new TypedDocumentString(`
    mutation EditAudit($id: ID!, $input: UpdateAuditInput!) {
  updateAudit(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditAuditMutation, EditAuditMutationVariables>;
export const DeleteAuditDocument = new TypedDocumentString(`
    mutation DeleteAudit($id: ID!) {
  deleteAudit(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteAuditMutation, DeleteAuditMutationVariables>;
export const AddAuditCaseDocument = new TypedDocumentString(`
    mutation AddAuditCase($input: CreateAuditCaseInput!) {
  createAuditCase(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<AddAuditCaseMutation, AddAuditCaseMutationVariables>;
export const EditAuditCaseDocument = new TypedDocumentString(`
    mutation EditAuditCase($id: ID!, $input: UpdateAuditCaseInput!) {
  updateAuditCase(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditAuditCaseMutation, EditAuditCaseMutationVariables>;
export const DeleteAuditCaseDocument = new TypedDocumentString(`
    mutation DeleteAuditCase($id: ID!) {
  deleteAuditCase(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteAuditCaseMutation, DeleteAuditCaseMutationVariables>;
export const RecordSection11AssessmentDocument = new TypedDocumentString(`
    mutation RecordSection11Assessment($input: CreateSection11AssessmentInput!) {
  createSection11Assessment(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordSection11AssessmentMutation, RecordSection11AssessmentMutationVariables>;
export const EditSection11AssessmentDocument = new TypedDocumentString(`
    mutation EditSection11Assessment($id: ID!, $input: UpdateSection11AssessmentInput!) {
  updateSection11Assessment(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditSection11AssessmentMutation, EditSection11AssessmentMutationVariables>;
export const ModerateSection11AssessmentDocument = new TypedDocumentString(`
    mutation ModerateSection11Assessment($id: ID!, $rating: RagRating!, $note: String) {
  moderateSection11Assessment(id: $id, rating: $rating, note: $note) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<ModerateSection11AssessmentMutation, ModerateSection11AssessmentMutationVariables>;
export const DeleteSection11AssessmentDocument = new TypedDocumentString(`
    mutation DeleteSection11Assessment($id: ID!) {
  deleteSection11Assessment(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteSection11AssessmentMutation, DeleteSection11AssessmentMutationVariables>;
export const AuditsPageSection11GridsDocument = new TypedDocumentString(`
    query AuditsPageSection11Grids($filter: MetricFilter) {
  section11Grids(filter: $filter) {
    auditId
    audit {
      id
      ref
      title
      round
      startedOn
      completedOn
      partnership {
        id
        name
      }
      tool {
        id
        toolKey
        name
        version
        standards {
          code
        }
      }
    }
    cells {
      assessmentId
      agencyId
      standard
      selfRating
      moderatedRating
      finalRating
      moderation
    }
    byStandard {
      standard
      title
      counts {
        total
        red
        amber
        green
        moderated
        up
        down
        changed
      }
    }
    byAgency {
      agencyId
      agency {
        id
        name
        sector
      }
      counts {
        total
        red
        amber
        green
        moderated
        up
        down
        changed
      }
    }
    overall {
      total
      red
      amber
      green
      moderated
      up
      down
      changed
    }
  }
}
    `) as unknown as TypedDocumentString<AuditsPageSection11GridsQuery, AuditsPageSection11GridsQueryVariables>;
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions {
  signInOptions {
    local
    sso {
      id
      label
      startUrl
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MyTokensDocument = new TypedDocumentString(`
    query MyTokens {
  myTokens {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<MyTokensQuery, MyTokensQueryVariables>;
export const CreateTokenDocument = new TypedDocumentString(`
    mutation CreateToken($input: CreateTokenInput!) {
  createToken(input: $input) {
    token
    apiToken {
      id
      name
      prefix
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTokenMutation, CreateTokenMutationVariables>;
export const RevokeTokenDocument = new TypedDocumentString(`
    mutation RevokeToken($id: ID!) {
  revokeToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const ImportPartnershipsDocument = new TypedDocumentString(`
    query ImportPartnerships {
  partnerships(first: 100) {
    nodes {
      id
      ref
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPartnershipsQuery, ImportPartnershipsQueryVariables>;
export const ImportedReviewsDocument = new TypedDocumentString(`
    query ImportedReviews($partnershipId: ID) {
  reviews(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<ImportedReviewsQuery, ImportedReviewsQueryVariables>;
export const GroupsListDocument = new TypedDocumentString(`
    query GroupsList($partnershipId: ID!) {
  groups(partnershipIds: [$partnershipId]) {
    id
    name
    kind
    cadenceWeeks
    nextMeetingOn
    actionCount
    chair {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsListQuery, GroupsListQueryVariables>;
export const GroupPageDocument = new TypedDocumentString(`
    query GroupPage($id: ID!) {
  group(id: $id) {
    id
    partnershipId
    name
    kind
    purpose
    cadenceWeeks
    nextMeetingOn
    actionCount
    chair {
      id
      displayName
    }
    members {
      id
      userId
      name
      displayName
      role
      fromOn
      toOn
      agency {
        id
        name
      }
    }
    meetings {
      id
      meetsOn
      status
      decisions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupPageQuery, GroupPageQueryVariables>;
export const MeetingPageDocument = new TypedDocumentString(`
    query MeetingPage($id: ID!) {
  meeting(id: $id) {
    id
    partnershipId
    meetsOn
    status
    minutes
    mayRecord
    group {
      id
      name
      actions {
        id
        ref
        title
      }
    }
    decisions {
      id
      text
      createdAt
      action {
        id
        ref
        title
      }
    }
    pack {
      asOf
      previousMeetingOn
      nextMeetingOn
      actionCount
      changes {
        actionId
        ref
        title
        changedOn
        fromStatus
        toStatus
        changedBy
      }
      overdue {
        ...PackActionFields
      }
      dueBeforeNextMeeting {
        ...PackActionFields
      }
      awaitingSignOff {
        ...PackActionFields
      }
    }
  }
}
    fragment PackActionFields on PackAction {
  actionId
  ref
  title
  ownerAgency
  dueOn
  status
  closedOn
  daysOverdue
}`) as unknown as TypedDocumentString<MeetingPageQuery, MeetingPageQueryVariables>;
export const GroupMemberUsersDocument = new TypedDocumentString(`
    query GroupMemberUsers($partnershipId: ID!) {
  users(partnershipId: $partnershipId) {
    id
    name
    disabled
  }
}
    `) as unknown as TypedDocumentString<GroupMemberUsersQuery, GroupMemberUsersQueryVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
  updateGroup(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const DeleteGroupDocument = new TypedDocumentString(`
    mutation DeleteGroup($id: ID!) {
  deleteGroup(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const AddGroupMemberDocument = new TypedDocumentString(`
    mutation AddGroupMember($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddGroupMemberMutation, AddGroupMemberMutationVariables>;
export const UpdateGroupMemberDocument = new TypedDocumentString(`
    mutation UpdateGroupMember($id: ID!, $input: UpdateGroupMemberInput!) {
  updateGroupMember(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMemberMutation, UpdateGroupMemberMutationVariables>;
export const RemoveGroupMemberDocument = new TypedDocumentString(`
    mutation RemoveGroupMember($id: ID!) {
  removeGroupMember(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveGroupMemberMutation, RemoveGroupMemberMutationVariables>;
export const CreateMeetingDocument = new TypedDocumentString(`
    mutation CreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    id
    meetsOn
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, input: $input) {
    id
    meetsOn
  }
}
    `) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const RecordMeetingDecisionDocument = new TypedDocumentString(`
    mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
  recordMeetingDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingDecisionMutation, RecordMeetingDecisionMutationVariables>;
export const SendCommitteePackDocument = new TypedDocumentString(`
    mutation SendCommitteePack($meetingId: ID!) {
  sendCommitteePack(meetingId: $meetingId) {
    queued
    alreadySent
    withoutAccount
  }
}
    `) as unknown as TypedDocumentString<SendCommitteePackMutation, SendCommitteePackMutationVariables>;
export const ObaMeasureFormDocument = new TypedDocumentString(`
    query ObaMeasureForm($id: ID!) {
  measure(id: $id) {
    id
    ref
    name
    description
    quadrant
    source
    metric
    periodicity
    unit
    polarity
    target
    baseline
    baselinePeriodStart
    headline
    agencyId
    partnership {
      id
      name
    }
    values {
      periodStart
    }
  }
}
    `) as unknown as TypedDocumentString<ObaMeasureFormQuery, ObaMeasureFormQueryVariables>;
export const ObaMeasureFormChoicesDocument = new TypedDocumentString(`
    query ObaMeasureFormChoices($partnershipId: ID!) {
  partnership(id: $partnershipId) {
    id
    name
  }
  builtInMetrics {
    key
    label
    quadrant
    unit
    polarity
    activity
  }
  agencies(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ObaMeasureFormChoicesQuery, ObaMeasureFormChoicesQueryVariables>;
export const ObaCreateMeasureDocument = new TypedDocumentString(`
    mutation ObaCreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaCreateMeasureMutation, ObaCreateMeasureMutationVariables>;
export const ObaUpdateMeasureDocument = new TypedDocumentString(`
    mutation ObaUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {
  updateMeasure(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaUpdateMeasureMutation, ObaUpdateMeasureMutationVariables>;
export const ObaPublicationPanelDocument = new TypedDocumentString(`
    query ObaPublicationPanel($partnershipId: ID!) {
  obaPublication(partnershipId: $partnershipId) {
    ...ObaPublicationFields
  }
}
    fragment ObaPublicationFields on ObaPublication {
  id
  token
  embedPath
  dataPath
  asOf
  headlineOnly
  measureCount
  publishedAt
  publishedBy
  withdrawnAt
}`) as unknown as TypedDocumentString<ObaPublicationPanelQuery, ObaPublicationPanelQueryVariables>;
export const ObaPublishDocument = new TypedDocumentString(`
    mutation ObaPublish($partnershipId: ID!, $asOf: Date!, $headlineOnly: Boolean!) {
  publishObaScorecard(
    partnershipId: $partnershipId
    asOf: $asOf
    headlineOnly: $headlineOnly
  ) {
    ...ObaPublicationFields
  }
}
    fragment ObaPublicationFields on ObaPublication {
  id
  token
  embedPath
  dataPath
  asOf
  headlineOnly
  measureCount
  publishedAt
  publishedBy
  withdrawnAt
}`) as unknown as TypedDocumentString<ObaPublishMutation, ObaPublishMutationVariables>;
export const ObaWithdrawDocument = new TypedDocumentString(`
    mutation ObaWithdraw($partnershipId: ID!) {
  withdrawObaScorecard(partnershipId: $partnershipId) {
    ...ObaPublicationFields
  }
}
    fragment ObaPublicationFields on ObaPublication {
  id
  token
  embedPath
  dataPath
  asOf
  headlineOnly
  measureCount
  publishedAt
  publishedBy
  withdrawnAt
}`) as unknown as TypedDocumentString<ObaWithdrawMutation, ObaWithdrawMutationVariables>;
export const ObaResultsViewDocument = new TypedDocumentString(`
    query ObaResultsView($partnershipId: ID!, $asOf: Date!) {
  obaResults(partnershipId: $partnershipId) {
    id
    ref
    title
    population
    description
    partners {
      id
      name
    }
    indicators {
      id
    }
    strategies {
      id
      ref
      title
      description
      partners {
        id
        name
      }
      measures {
        id
      }
      actions {
        id
        ref
        title
        dueOn
        status
        brag(asOf: $asOf)
        reviewId
        ownerAgency {
          name
        }
      }
    }
  }
  measures(filter: {partnershipId: $partnershipId}, first: 200) {
    totalCount
    nodes {
      ...ObaResultsMeasureLine
      resultId
      strategyId
    }
  }
}
    fragment ObaResultsMeasureLine on Measure {
  id
  name
  unit
  headline
  analysis(asOf: $asOf, forecastPeriods: 0) {
    latest {
      label
      value
    }
    status
    trendJudgement
    words {
      latest
      trend
      trendShort
    }
  }
}`) as unknown as TypedDocumentString<ObaResultsViewQuery, ObaResultsViewQueryVariables>;
export const ObaScorecardPageDocument = new TypedDocumentString(`
    query ObaScorecardPage($partnershipId: ID!, $asOf: Date!, $forecastPeriods: Int!) {
  obaScorecard(
    partnershipId: $partnershipId
    asOf: $asOf
    forecastPeriods: $forecastPeriods
  ) {
    asOf
    partnership {
      id
      name
    }
    quadrants {
      quadrant
      question
      measures {
        ...ObaEntryFields
      }
    }
  }
}
    fragment ObaEntryFields on ObaScorecardEntry {
  measure {
    id
    ref
    name
    description
    headline
    unit
    polarity
    periodicity
    source
    metric
    target
    updatedAt
    agency {
      name
    }
    series(asOf: $asOf) {
      periodStart
      label
      value
      numerator
      denominator
    }
  }
  analysis {
    asOf
    latest {
      periodStart
      periodEnd
      label
      value
    }
    status
    variance
    percentOfTarget
    trend {
      direction
      periods
      judgement
      since {
        label
        value
      }
    }
    trendJudgement
    baseline
    changeSinceBaseline
    changeKind
    targetGap
    baselineChange
    periodsBehind
    forecast {
      slope
      judgement
      points {
        periodStart
        label
        value
      }
    }
    valueCount
    onDataDevelopmentAgenda
    dataDevelopment
    note
    words {
      latest
      target
      variance
      baseline
      trend
      trendShort
      forecast
      lag
    }
  }
  latestNote {
    id
    writtenOn
    periodStart
    author
    text
  }
  storyCurrency {
    older
    words
  }
}`) as unknown as TypedDocumentString<ObaScorecardPageQuery, ObaScorecardPageQueryVariables>;
export const ObaMeasurePageDocument = new TypedDocumentString(`
    query ObaMeasurePage($measureId: ID!, $asOf: Date!, $forecastPeriods: Int!) {
  obaMeasure(
    measureId: $measureId
    asOf: $asOf
    forecastPeriods: $forecastPeriods
  ) {
    ...ObaEntryFields
    measure {
      partnership {
        id
        name
      }
      quadrant
      baselinePeriodStart
      values {
        periodStart
        value
      }
    }
    stories {
      id
      writtenOn
      periodStart
      author
      text
    }
  }
}
    fragment ObaEntryFields on ObaScorecardEntry {
  measure {
    id
    ref
    name
    description
    headline
    unit
    polarity
    periodicity
    source
    metric
    target
    updatedAt
    agency {
      name
    }
    series(asOf: $asOf) {
      periodStart
      label
      value
      numerator
      denominator
    }
  }
  analysis {
    asOf
    latest {
      periodStart
      periodEnd
      label
      value
    }
    status
    variance
    percentOfTarget
    trend {
      direction
      periods
      judgement
      since {
        label
        value
      }
    }
    trendJudgement
    baseline
    changeSinceBaseline
    changeKind
    targetGap
    baselineChange
    periodsBehind
    forecast {
      slope
      judgement
      points {
        periodStart
        label
        value
      }
    }
    valueCount
    onDataDevelopmentAgenda
    dataDevelopment
    note
    words {
      latest
      target
      variance
      baseline
      trend
      trendShort
      forecast
      lag
    }
  }
  latestNote {
    id
    writtenOn
    periodStart
    author
    text
  }
  storyCurrency {
    older
    words
  }
}`) as unknown as TypedDocumentString<ObaMeasurePageQuery, ObaMeasurePageQueryVariables>;
export const ObaScorecardPageSummaryDocument = new TypedDocumentString(`
    query ObaScorecardPageSummary($asOf: Date!) {
  obaScorecards(asOf: $asOf, forecastPeriods: 0) {
    partnership {
      id
      name
    }
    quadrants {
      quadrant
      measures {
        measure {
          id
          headline
        }
        analysis {
          status
          onDataDevelopmentAgenda
          trend {
            judgement
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ObaScorecardPageSummaryQuery, ObaScorecardPageSummaryQueryVariables>;
export const ObaWriteStoryDocument = new TypedDocumentString(`
    mutation ObaWriteStory($input: WriteMeasureStoryInput!) {
  writeMeasureStory(input: $input) {
    id
    writtenOn
  }
}
    `) as unknown as TypedDocumentString<ObaWriteStoryMutation, ObaWriteStoryMutationVariables>;
export const ObaEditStoryDocument = new TypedDocumentString(`
    mutation ObaEditStory($input: EditMeasureStoryInput!) {
  editMeasureStory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaEditStoryMutation, ObaEditStoryMutationVariables>;
export const ObaDeleteStoryDocument = new TypedDocumentString(`
    mutation ObaDeleteStory($id: ID!) {
  deleteMeasureStory(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaDeleteStoryMutation, ObaDeleteStoryMutationVariables>;
export const ObaSetMeasureValueDocument = new TypedDocumentString(`
    mutation ObaSetMeasureValue($measureId: ID!, $values: [MeasureValueInput!]!) {
  setMeasureValues(measureId: $measureId, values: $values) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaSetMeasureValueMutation, ObaSetMeasureValueMutationVariables>;
export const ObaRemoveMeasureValueDocument = new TypedDocumentString(`
    mutation ObaRemoveMeasureValue($measureId: ID!, $periodStart: Date!) {
  removeMeasureValue(measureId: $measureId, periodStart: $periodStart) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObaRemoveMeasureValueMutation, ObaRemoveMeasureValueMutationVariables>;
export const OverviewHeadlinesDocument = new TypedDocumentString(`
    query OverviewHeadlines($filter: MetricFilter!, $asOf: Date, $tileKeys: [String!]!, $detailKeys: [String!]!, $trendYears: Int!) {
  tiles: headlineFigures(
    filter: $filter
    asOf: $asOf
    keys: $tileKeys
    trendYears: $trendYears
  ) {
    key
    label
    unit
    polarity
    current {
      ...OverviewHeadlineValue
    }
    previous {
      ...OverviewHeadlineValue
    }
    trend {
      ...OverviewHeadlineValue
    }
  }
  details: headlineFigures(filter: $filter, asOf: $asOf, keys: $detailKeys) {
    key
    label
    unit
    current {
      ...OverviewHeadlineValue
    }
  }
}
    fragment OverviewHeadlineValue on HeadlineValue {
  label
  from
  to
  asOf
  value
  numerator
  denominator
}`) as unknown as TypedDocumentString<OverviewHeadlinesQuery, OverviewHeadlinesQueryVariables>;
export const AgenciesPageDocument = new TypedDocumentString(`
    query AgenciesPage($partnershipId: ID!) {
  agencies(filter: {partnershipId: $partnershipId}, first: 500) {
    totalCount
    nodes {
      id
      ref
      name
      sector
      isCoreMember
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AgenciesPageQuery, AgenciesPageQueryVariables>;
export const AgenciesCreateDocument = new TypedDocumentString(`
    mutation AgenciesCreate($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AgenciesCreateMutation, AgenciesCreateMutationVariables>;
export const AgenciesUpdateDocument = new TypedDocumentString(`
    mutation AgenciesUpdate($id: ID!, $input: UpdateAgencyInput!) {
  updateAgency(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AgenciesUpdateMutation, AgenciesUpdateMutationVariables>;
export const AgenciesDeleteDocument = new TypedDocumentString(`
    mutation AgenciesDelete($id: ID!) {
  deleteAgency(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AgenciesDeleteMutation, AgenciesDeleteMutationVariables>;
export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices {
  myNotices(first: 100) {
    reminderEmail
    unread
    nodes {
      id
      kind
      title
      body
      link
      createdAt
      readAt
      email
    }
  }
}
    `) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const MarkNoticesReadDocument = new TypedDocumentString(`
    mutation MarkNoticesRead($ids: [ID!]!) {
  markNoticesRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNoticesReadMutation, MarkNoticesReadMutationVariables>;
export const SetReminderEmailDocument = new TypedDocumentString(`
    mutation SetReminderEmail($choice: ReminderEmail!) {
  setReminderEmail(choice: $choice)
}
    `) as unknown as TypedDocumentString<SetReminderEmailMutation, SetReminderEmailMutationVariables>;
export const InformationRequestToAnswerDocument = new TypedDocumentString(`
    query InformationRequestToAnswer($id: ID!, $asOf: Date!) {
  informationRequest(id: $id) {
    id
    ref
    kind
    sentOn
    dueOn
    returnedOn
    status(asOf: $asOf)
    agency {
      id
      name
    }
    review {
      id
      ref
      title
      partnershipId
    }
    answer {
      knownToAgency
      involvedFrom
      involvedTo
      involvement
      analysis
      notes
      submittedOn
      submittedBy
      updatedAt
      chronology {
        position
        occurredOn
        agencyId
        event
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InformationRequestToAnswerQuery, InformationRequestToAnswerQueryVariables>;
export const SaveInformationRequestAnswerDocument = new TypedDocumentString(`
    mutation SaveInformationRequestAnswer($id: ID!, $input: InformationRequestAnswerInput!, $submit: Boolean) {
  saveInformationRequestAnswer(requestId: $id, input: $input, submit: $submit) {
    id
    ref
    returnedOn
  }
}
    `) as unknown as TypedDocumentString<SaveInformationRequestAnswerMutation, SaveInformationRequestAnswerMutationVariables>;
export const ReviewChronologyDocument = new TypedDocumentString(`
    query ReviewChronology($reviewId: ID!, $first: Int) {
  reviewChronology(reviewId: $reviewId, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      occurredOn
      event
      source
      agency {
        id
        name
      }
      informationRequest {
        id
        ref
        agency {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewChronologyQuery, ReviewChronologyQueryVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork($asOf: Date!) {
  myWork {
    actions {
      id
      ref
      title
      dueOn
      status
      brag(asOf: $asOf)
      reviewId
      auditId
    }
    informationRequests {
      id
      ref
      kind
      sentOn
      dueOn
      returnedOn
      status(asOf: $asOf)
      answer {
        submittedOn
      }
      review {
        id
        ref
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const RecordReviewEngagementDocument = new TypedDocumentString(`
    mutation RecordReviewEngagement($input: CreateReviewEngagementInput!) {
  createReviewEngagement(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordReviewEngagementMutation, RecordReviewEngagementMutationVariables>;
export const EditReviewEngagementDocument = new TypedDocumentString(`
    mutation EditReviewEngagement($id: ID!, $input: UpdateReviewEngagementInput!) {
  updateReviewEngagement(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditReviewEngagementMutation, EditReviewEngagementMutationVariables>;
export const DeleteReviewEngagementDocument = new TypedDocumentString(`
    mutation DeleteReviewEngagement($id: ID!) {
  deleteReviewEngagement(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteReviewEngagementMutation, DeleteReviewEngagementMutationVariables>;
export const AskAgencyForInformationDocument = new TypedDocumentString(`
    mutation AskAgencyForInformation($input: CreateInformationRequestInput!) {
  createInformationRequest(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<AskAgencyForInformationMutation, AskAgencyForInformationMutationVariables>;
export const ChangeInformationRequestDocument = new TypedDocumentString(`
    mutation ChangeInformationRequest($id: ID!, $input: UpdateInformationRequestInput!) {
  updateInformationRequest(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<ChangeInformationRequestMutation, ChangeInformationRequestMutationVariables>;
export const NotificationRecordDocument = new TypedDocumentString(`
    query NotificationRecord($id: ID!, $asOf: Date!) {
  notification(id: $id) {
    id
    ref
    partnershipId
    dateAware
    dateNotified
    notificationDueOn
    notificationTimeliness(asOf: $asOf)
    harm
    ageBand
    decision
    summary
    themes {
      id
      name
    }
    reviews {
      id
      ref
      title
      type
      status
      initiatedOn
    }
    referrals {
      id
      ref
      referredOn
      decision
      decidedOn
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationRecordQuery, NotificationRecordQueryVariables>;
export const RecordNotificationDocument = new TypedDocumentString(`
    mutation RecordNotification($input: CreateNotificationInput!) {
  createNotification(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordNotificationMutation, RecordNotificationMutationVariables>;
export const EditNotificationDocument = new TypedDocumentString(`
    mutation EditNotification($id: ID!, $input: UpdateNotificationInput!) {
  updateNotification(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditNotificationMutation, EditNotificationMutationVariables>;
export const DeleteNotificationDocument = new TypedDocumentString(`
    mutation DeleteNotification($id: ID!) {
  deleteNotification(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteNotificationMutation, DeleteNotificationMutationVariables>;
export const NotificationsPageListDocument = new TypedDocumentString(`
    query NotificationsPageList($filter: NotificationFilter, $first: Int!, $after: String, $sort: NotificationSortField, $direction: SortDirection) {
  notifications(
    filter: $filter
    first: $first
    after: $after
    sort: $sort
    direction: $direction
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      ref
      dateAware
      dateNotified
      harm
      ageBand
      decision
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsPageListQuery, NotificationsPageListQueryVariables>;
export const ReviewsPageRapidTimelinessDocument = new TypedDocumentString(`
    query ReviewsPageRapidTimeliness($filter: MetricFilter, $asOf: Date!) {
  rapidReviewMetrics(filter: $filter, grain: QUARTER, asOf: $asOf) {
    period {
      label
      start
    }
    rapidReviews
    sent
    onTime
    late
    overdue
    due
    onTimeRate {
      numerator
      denominator
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsPageRapidTimelinessQuery, ReviewsPageRapidTimelinessQueryVariables>;
export const ReferralsPageListDocument = new TypedDocumentString(`
    query ReferralsPageList($filter: ReferralFilter, $first: Int!, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      ref
      referredOn
      route
      criteria
      decision
      decidedOn
      referringAgency {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsPageListQuery, ReferralsPageListQueryVariables>;
export const ReferralRecordDocument = new TypedDocumentString(`
    query ReferralRecord($id: ID!) {
  referral(id: $id) {
    id
    ref
    partnershipId
    referredOn
    route
    referringAgencyId
    criteria
    groupRecommendation
    decision
    reasons
    decidedBy
    decidedOn
    referrerToldOn
    panelResponse
    notificationId
    reviewId
    summary
    referringAgency {
      id
      name
    }
    notification {
      id
      ref
      dateAware
    }
    review {
      id
      ref
      title
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralRecordQuery, ReferralRecordQueryVariables>;
export const ReferralLinkChoicesDocument = new TypedDocumentString(`
    query ReferralLinkChoices($partnershipId: ID!) {
  notifications(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      ref
      dateAware
    }
  }
  reviews(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      ref
      title
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralLinkChoicesQuery, ReferralLinkChoicesQueryVariables>;
export const RecordReferralDocument = new TypedDocumentString(`
    mutation RecordReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordReferralMutation, RecordReferralMutationVariables>;
export const EditReferralDocument = new TypedDocumentString(`
    mutation EditReferral($id: ID!, $input: UpdateReferralInput!) {
  updateReferral(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditReferralMutation, EditReferralMutationVariables>;
export const DeleteReferralDocument = new TypedDocumentString(`
    mutation DeleteReferral($id: ID!) {
  deleteReferral(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteReferralMutation, DeleteReferralMutationVariables>;
export const ReviewPageDetailDocument = new TypedDocumentString(`
    query ReviewPageDetail($id: ID!, $asOf: Date!) {
  review(id: $id) {
    id
    partnershipId
    ref
    title
    type
    status
    initiatedOn
    termsAgreedOn
    completedOn
    publishedOn
    publishedUntilEarliest
    unpublishedReason
    completionDueOn(asOf: $asOf)
    completionTimeliness(asOf: $asOf)
    completionClock(asOf: $asOf) {
      originalDueOn
      dueOn
      pausedDays
      onPause
      extensionAgreedOn
    }
    reviewers
    method
    methodDetails
    reportSharedOn
    plannedPublicationOn
    reportShareDueOn
    reportShareTimeliness(asOf: $asOf)
    engagements {
      id
      ref
      engagedOn
      party
      familyRole
      outcome
      agency {
        id
        name
      }
    }
    timescaleChanges {
      id
      kind
      reason
      reasonDetails
      startsOn
      endsOn
      agreedDueOn
      agreedBy
    }
    rapidReviewDueOn
    rapidReviewTimeliness(asOf: $asOf)
    infoRequestedOn
    meetingOn
    sentToPanelOn
    rapidReviewOutcome
    nationalReviewRecommended
    statusHistory {
      changedOn
      status
      recordedAt
      recordedBy
      derived
    }
    independentReviewer
    familyParticipation
    practitionersInvolved
    notification {
      id
      ref
      dateAware
      dateNotified
      notificationDueOn
      notificationTimeliness(asOf: $asOf)
      harm
    }
    referrals {
      id
      ref
      decidedOn
    }
    sourceReview {
      id
      ref
      title
    }
    milestones(asOf: $asOf) {
      name
      earliestOn
      dueOn
      actualOn
      status
    }
    informationRequests {
      id
      ref
      kind
      agency {
        id
        name
      }
      sentOn
      dueOn
      returnedOn
      timeliness(asOf: $asOf)
      status(asOf: $asOf)
      answer {
        submittedOn
      }
    }
    agencies {
      id
      name
    }
    themes {
      id
      name
    }
    findings {
      id
      ref
      kind
      text
      themes {
        id
        name
      }
    }
    learningProducts {
      id
      ref
      title
      kind
      publishedOn
      reach
      themes {
        id
        name
      }
    }
    recommendations {
      id
      ref
      text
      response
      responseReasons
      respondedOn
      finding {
        id
        ref
      }
    }
    actions {
      id
      ref
      title
      status
      dueOn
      completedOn
      brag(asOf: $asOf)
      daysOverdue(asOf: $asOf)
      monitoringCommittee
      ownerAgency {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPageDetailQuery, ReviewPageDetailQueryVariables>;
export const RecordReviewDocument = new TypedDocumentString(`
    mutation RecordReview($input: CreateReviewInput!) {
  createReview(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordReviewMutation, RecordReviewMutationVariables>;
export const EditReviewDocument = new TypedDocumentString(`
    mutation EditReview($id: ID!, $input: UpdateReviewInput!) {
  updateReview(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditReviewMutation, EditReviewMutationVariables>;
export const DeleteReviewDocument = new TypedDocumentString(`
    mutation DeleteReview($id: ID!) {
  deleteReview(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteReviewMutation, DeleteReviewMutationVariables>;
export const RecordLearningProductDocument = new TypedDocumentString(`
    mutation RecordLearningProduct($input: CreateLearningProductInput!) {
  createLearningProduct(input: $input) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<RecordLearningProductMutation, RecordLearningProductMutationVariables>;
export const EditLearningProductDocument = new TypedDocumentString(`
    mutation EditLearningProduct($id: ID!, $input: UpdateLearningProductInput!) {
  updateLearningProduct(id: $id, input: $input) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<EditLearningProductMutation, EditLearningProductMutationVariables>;
export const DeleteLearningProductDocument = new TypedDocumentString(`
    mutation DeleteLearningProduct($id: ID!) {
  deleteLearningProduct(id: $id) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<DeleteLearningProductMutation, DeleteLearningProductMutationVariables>;
export const RecordFindingDocument = new TypedDocumentString(`
    mutation RecordFinding($input: CreateFindingInput!) {
  createFinding(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordFindingMutation, RecordFindingMutationVariables>;
export const EditFindingDocument = new TypedDocumentString(`
    mutation EditFinding($id: ID!, $input: UpdateFindingInput!) {
  updateFinding(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditFindingMutation, EditFindingMutationVariables>;
export const DeleteFindingDocument = new TypedDocumentString(`
    mutation DeleteFinding($id: ID!) {
  deleteFinding(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteFindingMutation, DeleteFindingMutationVariables>;
export const RecordRecommendationDocument = new TypedDocumentString(`
    mutation RecordRecommendation($input: CreateRecommendationInput!) {
  createRecommendation(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordRecommendationMutation, RecordRecommendationMutationVariables>;
export const EditRecommendationDocument = new TypedDocumentString(`
    mutation EditRecommendation($id: ID!, $input: UpdateRecommendationInput!) {
  updateRecommendation(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditRecommendationMutation, EditRecommendationMutationVariables>;
export const DeleteRecommendationDocument = new TypedDocumentString(`
    mutation DeleteRecommendation($id: ID!) {
  deleteRecommendation(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteRecommendationMutation, DeleteRecommendationMutationVariables>;
export const ReviewsPageListDocument = new TypedDocumentString(`
    query ReviewsPageList($filter: ReviewFilter, $first: Int!, $after: String, $asOf: Date!, $sort: ReviewSortField, $direction: SortDirection) {
  reviews(
    filter: $filter
    first: $first
    after: $after
    sort: $sort
    direction: $direction
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      ref
      title
      type
      status
      initiatedOn
      completedOn
      publishedOn
      completionDueOn(asOf: $asOf)
      completionTimeliness(asOf: $asOf)
      rapidReviewDueOn
      rapidReviewTimeliness(asOf: $asOf)
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsPageListQuery, ReviewsPageListQueryVariables>;
export const RecordReviewTimescaleChangeDocument = new TypedDocumentString(`
    mutation RecordReviewTimescaleChange($input: CreateReviewTimescaleChangeInput!) {
  createReviewTimescaleChange(input: $input) {
    id
    kind
    startsOn
  }
}
    `) as unknown as TypedDocumentString<RecordReviewTimescaleChangeMutation, RecordReviewTimescaleChangeMutationVariables>;
export const EditReviewTimescaleChangeDocument = new TypedDocumentString(`
    mutation EditReviewTimescaleChange($id: ID!, $input: UpdateReviewTimescaleChangeInput!) {
  updateReviewTimescaleChange(id: $id, input: $input) {
    id
    kind
    startsOn
  }
}
    `) as unknown as TypedDocumentString<EditReviewTimescaleChangeMutation, EditReviewTimescaleChangeMutationVariables>;
export const DeleteReviewTimescaleChangeDocument = new TypedDocumentString(`
    mutation DeleteReviewTimescaleChange($id: ID!) {
  deleteReviewTimescaleChange(id: $id) {
    id
    kind
    startsOn
  }
}
    `) as unknown as TypedDocumentString<DeleteReviewTimescaleChangeMutation, DeleteReviewTimescaleChangeMutationVariables>;
export const AgencySearchDocument = new TypedDocumentString(`
    query AgencySearch($partnershipId: ID, $search: String, $first: Int!) {
  agencies(
    filter: {partnershipId: $partnershipId, search: $search}
    first: $first
  ) {
    totalCount
    nodes {
      id
      name
      partnership {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencySearchQuery, AgencySearchQueryVariables>;
export const AgencyByIdDocument = new TypedDocumentString(`
    query AgencyById($id: ID!) {
  agency(id: $id) {
    id
    name
    partnership {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyByIdQuery, AgencyByIdQueryVariables>;
export const PartnershipChoicesDocument = new TypedDocumentString(`
    query PartnershipChoices($partnershipId: ID!) {
  agencies(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      name
    }
  }
  themes(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipChoicesQuery, PartnershipChoicesQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    email
    name
    role
    roleLabel
    partnerships {
      id
      name
      kind
    }
    agency {
      id
      name
    }
    operations
    sessionExpiresAt
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ThemesPageCoOccurrenceDocument = new TypedDocumentString(`
    query ThemesPageCoOccurrence($filter: MetricFilter, $source: ThemeRecordSource!, $limit: Int!, $minCount: Int!) {
  themeCoOccurrence(
    filter: $filter
    source: $source
    limit: $limit
    minCount: $minCount
  ) {
    themeA {
      code
      name
    }
    themeB {
      code
      name
    }
    count
    countA
    countB
    jaccard
  }
}
    `) as unknown as TypedDocumentString<ThemesPageCoOccurrenceQuery, ThemesPageCoOccurrenceQueryVariables>;
export const ThemesPageCoOccurrenceMatrixDocument = new TypedDocumentString(`
    query ThemesPageCoOccurrenceMatrix($filter: MetricFilter, $source: ThemeRecordSource!, $themeCodes: [String!]) {
  themeCoOccurrenceMatrix(
    filter: $filter
    source: $source
    themeCodes: $themeCodes
  ) {
    themes {
      code
      name
    }
    counts
    records
  }
}
    `) as unknown as TypedDocumentString<ThemesPageCoOccurrenceMatrixQuery, ThemesPageCoOccurrenceMatrixQueryVariables>;
export const ThemesPageEmergingDocument = new TypedDocumentString(`
    query ThemesPageEmerging($filter: MetricFilter, $financialYear: String, $source: ThemeRecordSource!, $minCount: Int!) {
  emergingThemes(
    filter: $filter
    financialYear: $financialYear
    source: $source
    minCount: $minCount
    limit: 10
  ) {
    current {
      from
      to
    }
    previous {
      from
      to
    }
    currentRecords
    previousRecords
    themes {
      theme {
        code
        name
      }
      current {
        count
        share {
          numerator
          denominator
          value
        }
      }
      previous {
        count
        share {
          numerator
          denominator
          value
        }
      }
      shareChange
      shareRatio
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesPageEmergingQuery, ThemesPageEmergingQueryVariables>;
export const ThemesPageHeatmapDocument = new TypedDocumentString(`
    query ThemesPageHeatmap($filter: MetricFilter, $source: ThemeRecordSource!) {
  themeHeatmap(filter: $filter, grain: FINANCIAL_YEAR, source: $source) {
    periods {
      label
      start
      end
    }
    totals
    rows {
      theme {
        code
        name
        themeGroup
      }
      counts
      shares
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesPageHeatmapQuery, ThemesPageHeatmapQueryVariables>;
export const ThemesPageRecordsBehindDocument = new TypedDocumentString(`
    query ThemesPageRecordsBehind($filter: MetricFilter, $source: ThemeRecordSource!, $themeCodes: [String!], $after: String) {
  themeRecordsBehind(
    filter: $filter
    source: $source
    themeCodes: $themeCodes
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      ref
      title
      type
      date
      partnershipId
      themeCodes
      review {
        id
        status
      }
    }
  }
  partnerships(first: 200) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesPageRecordsBehindQuery, ThemesPageRecordsBehindQueryVariables>;
export const ThemeListPageDocument = new TypedDocumentString(`
    query ThemeListPage($partnershipId: ID!) {
  themes(filter: {partnershipId: $partnershipId}, first: 500) {
    totalCount
    nodes {
      id
      code
      name
      description
      themeGroup
      isDefault
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeListPageQuery, ThemeListPageQueryVariables>;
export const ThemeListCreateDocument = new TypedDocumentString(`
    mutation ThemeListCreate($input: CreateThemeInput!) {
  createTheme(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ThemeListCreateMutation, ThemeListCreateMutationVariables>;
export const ThemeListUpdateDocument = new TypedDocumentString(`
    mutation ThemeListUpdate($id: ID!, $input: UpdateThemeInput!) {
  updateTheme(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ThemeListUpdateMutation, ThemeListUpdateMutationVariables>;
export const ThemeListDeleteDocument = new TypedDocumentString(`
    mutation ThemeListDelete($id: ID!) {
  deleteTheme(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ThemeListDeleteMutation, ThemeListDeleteMutationVariables>;
export const ThemesPageTrendDocument = new TypedDocumentString(`
    query ThemesPageTrend($filter: MetricFilter, $grain: PeriodGrain!, $source: ThemeRecordSource!, $themeCodes: [String!]) {
  themeTrend(
    filter: $filter
    grain: $grain
    source: $source
    themeCodes: $themeCodes
  ) {
    theme {
      code
      name
    }
    total
    points {
      period {
        label
        start
        end
      }
      count
      reviews
      audits
      share {
        numerator
        denominator
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesPageTrendQuery, ThemesPageTrendQueryVariables>;
export const TrainingPageSessionsDocument = new TypedDocumentString(`
    query TrainingPageSessions($filter: TrainingSessionFilter, $sort: TrainingSessionSortField, $direction: SortDirection, $first: Int!, $after: String) {
  trainingSessions(
    filter: $filter
    sort: $sort
    direction: $direction
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      ref
      sessionDate
      delivery
      capacity
      booked
      attended
      didNotAttend
      course {
        id
        title
        multiAgency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPageSessionsQuery, TrainingPageSessionsQueryVariables>;
export const TrainingCourseRecordDocument = new TypedDocumentString(`
    query TrainingCourseRecord($id: ID!) {
  trainingCourse(id: $id) {
    id
    ref
    partnershipId
    title
    description
    durationHours
    multiAgency
    themes {
      id
      name
    }
    sessions {
      id
      ref
      sessionDate
      delivery
      capacity
      booked
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCourseRecordQuery, TrainingCourseRecordQueryVariables>;
export const TrainingSessionRecordDocument = new TypedDocumentString(`
    query TrainingSessionRecord($id: ID!) {
  trainingSession(id: $id) {
    id
    ref
    partnershipId
    sessionDate
    capacity
    delivery
    booked
    attended
    didNotAttend
    course {
      id
      ref
      title
      multiAgency
      durationHours
      themes {
        id
        name
      }
    }
    attendances {
      id
      ref
      createdAt
      agencyId
      agency {
        id
        name
      }
      role
      attended
      evaluation {
        confidenceBefore
        confidenceAfter
        satisfaction
        comment
        submittedOn
      }
      followUp {
        sentOn
        respondedOn
        changedPractice
        example
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingSessionRecordQuery, TrainingSessionRecordQueryVariables>;
export const TrainingCourseChoicesDocument = new TypedDocumentString(`
    query TrainingCourseChoices($partnershipId: ID!) {
  trainingCourses(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCourseChoicesQuery, TrainingCourseChoicesQueryVariables>;
export const TrainingCourseListDocument = new TypedDocumentString(`
    query TrainingCourseList($partnershipId: ID!) {
  trainingCourses(filter: {partnershipId: $partnershipId}, first: 200) {
    totalCount
    nodes {
      id
      ref
      title
      multiAgency
      durationHours
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCourseListQuery, TrainingCourseListQueryVariables>;
export const AddTrainingCourseDocument = new TypedDocumentString(`
    mutation AddTrainingCourse($input: CreateTrainingCourseInput!) {
  createTrainingCourse(input: $input) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<AddTrainingCourseMutation, AddTrainingCourseMutationVariables>;
export const EditTrainingCourseDocument = new TypedDocumentString(`
    mutation EditTrainingCourse($id: ID!, $input: UpdateTrainingCourseInput!) {
  updateTrainingCourse(id: $id, input: $input) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<EditTrainingCourseMutation, EditTrainingCourseMutationVariables>;
export const DeleteTrainingCourseDocument = new TypedDocumentString(`
    mutation DeleteTrainingCourse($id: ID!) {
  deleteTrainingCourse(id: $id) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<DeleteTrainingCourseMutation, DeleteTrainingCourseMutationVariables>;
export const AddTrainingSessionDocument = new TypedDocumentString(`
    mutation AddTrainingSession($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<AddTrainingSessionMutation, AddTrainingSessionMutationVariables>;
export const EditTrainingSessionDocument = new TypedDocumentString(`
    mutation EditTrainingSession($id: ID!, $input: UpdateTrainingSessionInput!) {
  updateTrainingSession(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditTrainingSessionMutation, EditTrainingSessionMutationVariables>;
export const DeleteTrainingSessionDocument = new TypedDocumentString(`
    mutation DeleteTrainingSession($id: ID!) {
  deleteTrainingSession(id: $id) {
    id
    ref
    courseId
  }
}
    `) as unknown as TypedDocumentString<DeleteTrainingSessionMutation, DeleteTrainingSessionMutationVariables>;
export const BookTrainingPlaceDocument = new TypedDocumentString(`
    mutation BookTrainingPlace($input: CreateTrainingAttendanceInput!) {
  createTrainingAttendance(input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<BookTrainingPlaceMutation, BookTrainingPlaceMutationVariables>;
export const EditTrainingBookingDocument = new TypedDocumentString(`
    mutation EditTrainingBooking($id: ID!, $input: UpdateTrainingAttendanceInput!) {
  updateTrainingAttendance(id: $id, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<EditTrainingBookingMutation, EditTrainingBookingMutationVariables>;
export const DeleteTrainingBookingDocument = new TypedDocumentString(`
    mutation DeleteTrainingBooking($id: ID!) {
  deleteTrainingAttendance(id: $id) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<DeleteTrainingBookingMutation, DeleteTrainingBookingMutationVariables>;
export const RecordTrainingEvaluationDocument = new TypedDocumentString(`
    mutation RecordTrainingEvaluation($attendanceId: ID!, $input: TrainingEvaluationInput!) {
  recordTrainingEvaluation(attendanceId: $attendanceId, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordTrainingEvaluationMutation, RecordTrainingEvaluationMutationVariables>;
export const RecordTrainingFollowUpDocument = new TypedDocumentString(`
    mutation RecordTrainingFollowUp($attendanceId: ID!, $input: TrainingFollowUpInput!) {
  recordTrainingFollowUp(attendanceId: $attendanceId, input: $input) {
    id
    ref
  }
}
    `) as unknown as TypedDocumentString<RecordTrainingFollowUpMutation, RecordTrainingFollowUpMutationVariables>;
export const TrainingPageReachByGroupDocument = new TypedDocumentString(`
    query TrainingPageReachByGroup($filter: MetricFilter, $groupBy: TrainingMetricsGroupBy!) {
  trainingReach(filter: $filter, groupBy: $groupBy, grain: FINANCIAL_YEAR) {
    period {
      label
      start
    }
    group {
      key
      label
    }
    sessions
    places
    bookings
    attendances
    didNotAttend
    didNotAttendRate {
      numerator
      denominator
      value
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPageReachByGroupQuery, TrainingPageReachByGroupQueryVariables>;
export const TrainingPageOverTimeDocument = new TypedDocumentString(`
    query TrainingPageOverTime($filter: MetricFilter, $grain: PeriodGrain!, $asOf: Date!) {
  trainingReach(filter: $filter, grain: $grain) {
    period {
      label
      start
    }
    sessions
    places
    bookings
    attendances
    didNotAttend
    didNotAttendRate {
      numerator
      denominator
      value
    }
    multiAgencyAttendances
  }
  trainingImpact(filter: $filter, grain: $grain, asOf: $asOf) {
    period {
      label
      start
    }
    attendances
    evaluations
    meanConfidenceBefore
    meanConfidenceAfter
    meanConfidenceChange
    followUpsSent
    followUpsResponded
    changedPractice
    responseRate {
      numerator
      denominator
      value
    }
    practiceChange {
      numerator
      denominator
      value
    }
  }
  trainingKirkpatrick(filter: $filter, asOf: $asOf) {
    level
    measure
    value
    n
  }
}
    `) as unknown as TypedDocumentString<TrainingPageOverTimeQuery, TrainingPageOverTimeQueryVariables>;