/**
 * The data bundle: one JSON document holding a partnership's records (or many partnerships'),
 * keyed by the source's own string references. The seed generator writes it, the importer reads
 * it, export writes it back. Records refer to each other by `ref` within the same partnership
 * (`partnership` is the partnership's ref). Dates are `YYYY-MM-DD`; timestamps ISO 8601.
 * Enumerations use the kebab-case values below. See docs/bundle-format.md and bundle.schema.json.
 */
import type { GroupRecord } from './group.types';

export const BUNDLE_FORMAT = 'sli-bundle';
export const BUNDLE_VERSION = 1;

export type IsoDate = string;

export type PartnershipKind = 'children' | 'adults' | 'community-safety' | 'joint';
export type AgencySector =
  | 'police' | 'health' | 'childrens-social-care' | 'adult-social-care' | 'education' | 'probation'
  | 'youth-justice' | 'housing' | 'ambulance' | 'voluntary-community' | 'other';
export type ThemeGroup = 'child' | 'family-context' | 'harm' | 'practice' | 'system';
export type Harm = 'death' | 'serious-harm';
export type AgeBand = 'under-1' | '1-5' | '6-10' | '11-15' | '16-17';
export type NotificationDecision = 'pending' | 'rapid-review' | 'no-rapid-review';
export type ReferralRoute = 'agency-safeguarding-lead' | 'panel' | 'other';
export type ReferralCriteria = 'children-serious-incident' | 'children-local-review' | 'adults-care-act-s44' | 'domestic-homicide';
export type ReferralDecision = 'notify' | 'rapid-review' | 'other-review' | 'no-review';
export type ReferralDecider = 'independent-scrutineer' | 'chair' | 'executive' | 'other';
export type PanelResponse = 'agrees' | 'disagrees' | 'awaited';
export type ReviewType =
  | 'rapid-review' | 'lcspr' | 'national-cspr' | 'scr' | 'plr' | 'sar' | 'dhr' | 'appreciative-inquiry'
  | 'single-agency' | 'critical-incident' | 'practice-learning-set' | 'child-death' | 'thematic';
export type ReviewStatus =
  | 'proposed' | 'scoping' | 'in-progress' | 'report-drafted' | 'completed' | 'published' | 'closed-unpublished';
export type FamilyParticipation = 'not-yet-offered' | 'offered' | 'took-part' | 'declined' | 'not-appropriate';
export type RapidReviewOutcome = 'lcspr' | 'other-learning-review' | 'no-further-review';
export type InformationRequestKind = 'rapid-review-information' | 'scoping' | 'chronology' | 'analysis';
export type AuditType = 'multi-agency-case' | 'single-agency' | 'thematic' | 'section-11';
export type OfstedGrade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';
/**
 * A code of the partnership's audit domains (issue 10), e.g. `voice-of-the-child`; the five codes of
 * the old fixed list (recognition, assessment, planning-and-intervention, joint-working, impact) are
 * among every partnership's defaults.
 */
export type AuditDomain = string;
/** The standards before issue 10: the legacy version of the partnership's section 11 tool. */
export type LegacySection11Standard =
  | 'senior-management-commitment' | 'statement-of-responsibilities' | 'line-of-accountability'
  | 'service-development' | 'staff-training' | 'safer-recruitment' | 'inter-agency-working' | 'information-sharing';
/** A standard's code in the audit's tool (a legacy code, or one of a tool version's own). */
export type Section11Standard = string;
export type Rag = 'red' | 'amber' | 'green';
export type FindingKind = 'good-practice' | 'area-for-improvement';
export type ActionStatus = 'not-started' | 'in-progress' | 'completed' | 'impact-evidenced' | 'cancelled';
export type TrainingDelivery = 'in-person' | 'online' | 'e-learning' | 'hybrid';
export type LearningProductKind =
  | 'seven-minute-briefing' | 'learning-event' | 'newsletter-item' | 'practitioner-forum' | 'podcast' | 'webinar' | 'other';
export type Quadrant = 'how-much' | 'how-well' | 'better-off';
export type Polarity = 'higher-is-better' | 'lower-is-better';
export type MeasureUnit = 'count' | 'percent' | 'days' | 'rate-per-10000' | 'score' | 'ratio';
export type Periodicity = 'month' | 'quarter' | 'year';
export type MeasureKind = 'indicator' | 'performance-measure';

/** Every record but a partnership belongs to one, named by its ref. */
interface Owned {
  partnership: string;
  ref: string;
}

export interface PartnershipRecord {
  ref: string;
  name: string;
  kind: PartnershipKind;
  region?: string | null;
  suppressionThreshold?: number;
  followUpWeeks?: number;
}

export interface AgencyRecord extends Owned {
  name: string;
  sector: AgencySector;
  isCoreMember?: boolean;
}

/** A partnership's own theme; the default taxonomy is installed with every partnership and need not be listed. */
export interface ThemeRecord {
  partnership: string;
  code: string;
  name: string;
  group: ThemeGroup;
  description?: string | null;
}

export interface NotificationRecord extends Owned {
  dateAware: IsoDate;
  dateNotified?: IsoDate | null;
  harm: Harm;
  ageBand: AgeBand;
  decision?: NotificationDecision;
  summary?: string | null;
  themes?: string[];
}

export interface ReviewRecord extends Owned {
  type: ReviewType;
  title: string;
  status: ReviewStatus;
  notification?: string | null;
  sourceReview?: string | null;
  initiatedOn: IsoDate;
  termsAgreedOn?: IsoDate | null;
  completedOn?: IsoDate | null;
  publishedOn?: IsoDate | null;
  unpublishedReason?: string | null;
  independentReviewer?: boolean;
  familyParticipation?: FamilyParticipation;
  practitionersInvolved?: number | null;
  /** Not for rapid reviews: who reviews (named as professionals), how, and the steps to publication. */
  reviewers?: string | null;
  method?: 'learning-together' | 'systems' | 'hybrid' | 'appreciative-inquiry' | 'other' | null;
  methodDetails?: string | null;
  reportSharedOn?: IsoDate | null;
  plannedPublicationOn?: IsoDate | null;
  agencies?: string[];
  themes?: string[];
  /** Rapid reviews only. */
  infoRequestedOn?: IsoDate | null;
  meetingOn?: IsoDate | null;
  sentToPanelOn?: IsoDate | null;
  rapidReviewOutcome?: RapidReviewOutcome | null;
  nationalReviewRecommended?: boolean | null;
  /**
   * Every change of status, oldest first, each with the day it took effect; the last is `status`.
   * Left out, the importer derives it from the review's dates (docs/bundle-format.md).
   */
  statusHistory?: ReviewStatusChangeRecord[];
  /** Pauses and agreed extensions; the import makes the review's set equal to these (left out: none). */
  timescaleChanges?: ReviewTimescaleChangeRecord[];
}

/**
 * A pause (the six-month clock stops from `startsOn` up to, not including, `endsOn`, the day the
 * review restarted) or an agreed extension (agreed on `startsOn`, to `agreedDueOn`). `kind` with
 * `startsOn` identifies it within the review.
 */
export interface ReviewTimescaleChangeRecord {
  kind: 'pause' | 'extension';
  reason: 'criminal-proceedings' | 'inquest' | 'family-engagement' | 'new-information' | 'other';
  reasonDetails?: string | null;
  startsOn: IsoDate;
  endsOn?: IsoDate | null;
  agreedDueOn?: IsoDate | null;
  agreedBy?: string | null;
}

/**
 * A case referred for consideration and its screening decision; `notification` and `review` are what
 * it led to. Nothing that identifies a child, adult or family: `summary` is a description at most.
 */
export interface ReferralRecord extends Owned {
  referredOn: IsoDate;
  route: ReferralRoute;
  referringAgency?: string | null;
  criteria: ReferralCriteria;
  groupRecommendation?: ReferralDecision | null;
  decision?: ReferralDecision | null;
  reasons?: string | null;
  decidedBy?: ReferralDecider | null;
  decidedOn?: IsoDate | null;
  referrerToldOn?: IsoDate | null;
  panelResponse?: PanelResponse | null;
  notification?: string | null;
  review?: string | null;
  summary?: string | null;
}

/** One change of a review's status. `recordedAt` with `status` identifies it, so a re-import adds nothing. */
export interface ReviewStatusChangeRecord {
  status: ReviewStatus;
  changedOn: IsoDate;
  recordedAt: string;
  recordedBy: string;
  derived?: boolean;
}

export interface InformationRequestRecord extends Owned {
  review: string;
  agency: string;
  kind: InformationRequestKind;
  sentOn: IsoDate;
  dueOn: IsoDate;
  remindedOn?: IsoDate | null;
  returnedOn?: IsoDate | null;
  /** The agency's answer: a draft until submitted; a submitted answer is the return (returnedOn set). */
  answer?: InformationRequestAnswerRecord | null;
  /** The answer's chronology rows, in order (only with an answer). */
  chronology?: ChronologyEntryRecord[];
}

export type KnownToAgency = 'yes' | 'no' | 'unknown';

/** The scoping return's fields; pseudonyms only ("Child A"), never names. */
export interface InformationRequestAnswerRecord {
  knownToAgency?: KnownToAgency | null;
  involvedFrom?: IsoDate | null;
  involvedTo?: IsoDate | null;
  involvement?: string | null;
  analysis?: string | null;
  notes?: string | null;
  submittedOn?: IsoDate | null;
  submittedBy?: string | null;
}

export interface ChronologyEntryRecord {
  occurredOn: IsoDate;
  /** The agency involved in the event, by ref. */
  agency: string;
  event: string;
  source?: string | null;
}

/** An entry of a review's family and practitioner engagement log: a family member by role (never a name), a practitioner by agency. */
export interface ReviewEngagementRecord extends Owned {
  review: string;
  engagedOn: IsoDate;
  party: 'family' | 'practitioner';
  familyRole?: 'child-or-adult' | 'mother' | 'father' | 'step-parent' | 'grandparent' | 'sibling' | 'partner' | 'carer' | 'other-relative' | null;
  agency?: string | null;
  outcome: 'offered' | 'took-part' | 'declined';
}

export interface AuditRecord extends Owned {
  type: AuditType;
  title: string;
  round?: string | null;
  leadAgency?: string | null;
  startedOn: IsoDate;
  completedOn?: IsoDate | null;
  summary?: string | null;
  agencies?: string[];
  themes?: string[];
  /** Agencies invited to return their part of the round (issue 13), one per agency. */
  agencyReturns?: AuditAgencyReturnRecord[];
}

/** An agency's invitation to return its part of an audit round; returned once `returnedOn` is set (with `submittedBy`). */
export interface AuditAgencyReturnRecord {
  agency: string;
  sentOn: IsoDate;
  dueOn: IsoDate;
  remindedOn?: IsoDate | null;
  returnedOn?: IsoDate | null;
  submittedBy?: string | null;
  summary?: string | null;
}

export interface AuditCaseRecord extends Owned {
  audit: string;
  overallGrade: OfstedGrade;
  narrative?: string | null;
  /** The overall grade per domain (no agency) and each agency's (agency: its ref); one per domain and agency. */
  domainGrades?: { domain: AuditDomain; agency?: string | null; grade: OfstedGrade; narrative?: string | null }[];
}

export interface Section11AssessmentRecord extends Owned {
  audit: string;
  agency: string;
  standard: Section11Standard;
  selfRating: Rag;
  moderatedRating?: Rag | null;
  narrative?: string | null;
  evidence?: string | null;
  moderationNote?: string | null;
}

/** Exactly one of `review` and `audit`. */
export interface FindingRecord extends Owned {
  review?: string | null;
  audit?: string | null;
  kind: FindingKind;
  text: string;
  themes?: string[];
}

/** Exactly one of `review` and `audit`. */
export interface RecommendationRecord extends Owned {
  review?: string | null;
  audit?: string | null;
  finding?: string | null;
  text: string;
  /** How it was answered; null while awaited. */
  response?: 'accepted' | 'accepted-in-part' | 'not-accepted' | null;
  /** Why it was accepted only in part, or not accepted. */
  responseReasons?: string | null;
  respondedOn?: IsoDate | null;
}

export interface ActionUpdateRecord {
  changedAt: string;
  changedBy: string;
  fromStatus?: ActionStatus | null;
  toStatus: ActionStatus;
  note?: string | null;
}

/** Exactly one of `review` and `audit`. */
export interface ActionRecord extends Owned {
  review?: string | null;
  audit?: string | null;
  recommendation?: string | null;
  ownerAgency: string;
  title: string;
  dueOn: IsoDate;
  status: ActionStatus;
  completedOn?: IsoDate | null;
  /** Only for a cancelled action: the day it was cancelled (left out: the day of its last update to cancelled). */
  cancelledOn?: IsoDate | null;
  impactEvidence?: string | null;
  monitoringCommittee?: string | null;
  signedOffOn?: IsoDate | null;
  signedOffBy?: string | null;
  /** The audit round (its ref) that will show the action's impact. */
  impactAudit?: string | null;
  /** The OBA measure (its ref) that will show the action's impact. */
  impactMeasure?: string | null;
  themes?: string[];
  updates?: ActionUpdateRecord[];
}

export interface TrainingCourseRecord extends Owned {
  title: string;
  multiAgency?: boolean;
  durationHours?: number | null;
  description?: string | null;
  themes?: string[];
}

export interface TrainingSessionRecord extends Owned {
  course: string;
  sessionDate: IsoDate;
  capacity: number;
  delivery?: TrainingDelivery;
}

export interface AttendanceRecord extends Owned {
  session: string;
  agency: string;
  attended: boolean;
  role?: string | null;
  evaluation?: {
    confidenceBefore: number;
    confidenceAfter: number;
    satisfaction?: number | null;
    comment?: string | null;
    submittedOn: IsoDate;
  } | null;
  followUp?: {
    sentOn: IsoDate;
    respondedOn?: IsoDate | null;
    changedPractice?: boolean | null;
    example?: string | null;
  } | null;
}

export interface LearningProductRecord extends Owned {
  kind: LearningProductKind;
  title: string;
  publishedOn: IsoDate;
  reach?: number | null;
  reviews?: string[];
  themes?: string[];
}

export interface MeasureRecord extends Owned {
  name: string;
  description?: string | null;
  quadrant: Quadrant;
  polarity: Polarity;
  unit: MeasureUnit;
  periodicity: Periodicity;
  source: 'entered' | 'computed';
  /** The built-in metric a computed measure names, e.g. `notifications-on-time`. */
  metric?: string | null;
  headline?: boolean;
  target?: number | null;
  baseline?: number | null;
  baselinePeriodStart?: IsoDate | null;
  agency?: string | null;
  /** Default `performance-measure`. An indicator names its `result`; a performance measure its `strategy`. */
  kind?: MeasureKind;
  /** An indicator's result (an `obaResults` ref); empty for a performance measure. */
  result?: string | null;
  /** A performance measure's strategy (an `obaStrategies` ref); empty for an indicator. */
  strategy?: string | null;
  values?: { periodStart: IsoDate; value: number }[];
  notes?: { periodStart?: IsoDate | null; writtenOn: IsoDate; author?: string | null; text: string }[];
}

/** A result (Results-Based Accountability): a condition of well-being for a population. */
export interface ObaResultRecord extends Owned {
  title: string;
  population?: string | null;
  description?: string | null;
  /** Order on the scorecard, lowest first; default 0. */
  position?: number;
}

/** A strategy partners follow to turn the curve of one result, with its partner agencies and actions (refs). */
export interface ObaStrategyRecord extends Owned {
  result: string;
  title: string;
  description?: string | null;
  /** Order under its result, lowest first; default 0. */
  position?: number;
  partners?: string[];
  actions?: string[];
}

export type NarrativeSection = 'priorities' | 'learning-from-reviews' | 'voice' | 'scrutiny' | 'next-year';

/** One saved version of an annual report's narrative section; approval is stamped on the version the board approved. */
export interface NarrativeVersionRecord {
  version: number;
  text: string;
  savedAt: string;
  savedBy: string;
  approvedAt?: string | null;
  approvedBy?: string | null;
}

/**
 * A narrative section of a partnership's annual report for one financial year, with every saved
 * version. History: an import adds versions and approvals it does not hold yet, and never rewrites one.
 */
export interface AnnualReportNarrativeRecord {
  partnership: string;
  /** `2024/25`. */
  financialYear: string;
  section: NarrativeSection;
  versions: NarrativeVersionRecord[];
}

/** A level of a tool version's rating scale; its place in the list is its order, worst first. */
export interface ToolLevelRecord {
  code: Rag;
  label: string;
  met: boolean;
}

/** A standard (or question) of a tool version; its place in the list is its order. */
export interface ToolStandardRecord {
  code: string;
  title: string;
  description?: string | null;
  group?: string | null;
}

/** One version of an assurance tool. A published (in-use or retired) version held already is never rewritten. */
export interface AssuranceToolVersionRecord {
  version: number;
  name: string;
  status: 'draft' | 'in-use' | 'retired';
  publishedOn?: IsoDate | null;
  description?: string | null;
  /** Shipped with the product rather than written by the partnership. */
  isDefault?: boolean;
  levels: ToolLevelRecord[];
  standards: ToolStandardRecord[];
  /** Refs of the partnership's audits (rounds) assessed on this version. */
  audits?: string[];
}

/** A partnership's assurance tool (section 11, schools, adults self-assessment) with every version. */
export interface AssuranceToolRecord {
  partnership: string;
  /** Stable across versions, e.g. `section-11`. */
  toolKey: string;
  kind: 'section-11' | 'schools-175-157' | 'adults-self-assessment' | 'case-audit';
  versions: AssuranceToolVersionRecord[];
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  generatedAt?: string;
  partnerships: PartnershipRecord[];
  agencies?: AgencyRecord[];
  themes?: ThemeRecord[];
  notifications?: NotificationRecord[];
  reviews?: ReviewRecord[];
  informationRequests?: InformationRequestRecord[];
  referrals?: ReferralRecord[];
  reviewEngagements?: ReviewEngagementRecord[];
  audits?: AuditRecord[];
  auditCases?: AuditCaseRecord[];
  section11Assessments?: Section11AssessmentRecord[];
  findings?: FindingRecord[];
  recommendations?: RecommendationRecord[];
  actions?: ActionRecord[];
  trainingCourses?: TrainingCourseRecord[];
  trainingSessions?: TrainingSessionRecord[];
  attendances?: AttendanceRecord[];
  learningProducts?: LearningProductRecord[];
  obaResults?: ObaResultRecord[];
  obaStrategies?: ObaStrategyRecord[];
  measures?: MeasureRecord[];
  groups?: GroupRecord[];
  annualReportNarratives?: AnnualReportNarrativeRecord[];
  assuranceTools?: AssuranceToolRecord[];
}

/** The record arrays of a bundle, in the order the importer writes them (parents first). */
export const BUNDLE_SECTIONS = [
  'partnerships', 'agencies', 'themes', 'notifications', 'reviews', 'informationRequests', 'referrals', 'reviewEngagements', 'audits',
  'auditCases', 'section11Assessments', 'findings', 'recommendations', 'actions', 'trainingCourses',
  'trainingSessions', 'attendances', 'learningProducts', 'obaResults', 'obaStrategies', 'measures',
] as const satisfies readonly (keyof Bundle)[];

/**
 * Sections of history rather than records matched by ref: an import adds what the database lacks and
 * never rewrites what it holds. Narratives are written after the record sections, whose partnerships
 * they name; assurance tools right after the partnerships, before the audits assessed on them.
 */
export const BUNDLE_HISTORY_SECTIONS = ['annualReportNarratives', 'assuranceTools'] as const satisfies readonly (keyof Bundle)[];

/** Groups with their members and meetings (group.types.ts): written after the records their decisions name. */
export const BUNDLE_GROUP_SECTIONS = ['groups'] as const satisfies readonly (keyof Bundle)[];

/** Every list a bundle may hold, in the order a bundle is written and imported. */
export const BUNDLE_LISTS = [...BUNDLE_SECTIONS, ...BUNDLE_GROUP_SECTIONS, ...BUNDLE_HISTORY_SECTIONS] as const;
