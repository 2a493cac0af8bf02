import type {
  ActionRecord,
  ActionUpdateRecord,
  AgencyRecord,
  AttendanceRecord,
  AuditCaseRecord,
  AuditRecord,
  FindingRecord,
  ChronologyEntryRecord,
  InformationRequestAnswerRecord,
  InformationRequestRecord,
  LearningProductRecord,
  MeasureRecord,
  NotificationRecord,
  ObaResultRecord,
  ObaStrategyRecord,
  PartnershipRecord,
  ReferralRecord,
  RecommendationRecord,
  ReviewRecord,
  ReviewEngagementRecord,
  ReviewStatusChangeRecord,
  ReviewTimescaleChangeRecord,
  Section11AssessmentRecord,
  ThemeRecord,
  TrainingCourseRecord,
  TrainingSessionRecord,
} from '@sli/exchange-domain';
import { auditAgencyReturnsChild } from './audit-returns-exchange';
import { domainGradesChild } from './audit-grades-exchange';
import { TABLES, type Section } from './bundle-references';

/*
 * How each bundle section maps onto its table, its link tables and its nested records. The import
 * SQL is generated from these (see upsert-sql.ts). A field left out of a record means null or the
 * column's default: a bundle record states the whole record, so a re-import restores it exactly.
 */

export type PgType = 'text' | 'date' | 'int' | 'numeric' | 'boolean' | 'timestamptz';

export interface Column<R> {
  name: string;
  type: PgType;
  get: (r: R) => unknown;
  /** The value is the ref (or code) of a record of this table in the same partnership; the column holds its id. */
  references?: { table: string; key: 'ref' | 'code' };
  /**
   * A null value keeps what the record already holds (a value the database derives when the bundle
   * leaves it out, e.g. an action's cancellation date), so a re-import of the same bundle changes nothing.
   */
  keepWhenNull?: boolean;
}

/** A set of child rows of each record (links or nested records) that the import makes equal to the bundle's. */
export interface ChildSet<R> {
  /** The bundle field, for messages and progress. */
  field: string;
  table: string;
  /** The column holding the owner's id. */
  owner: string;
  /** Columns that, with the owner column, identify a child: the table's primary or unique key. */
  key: string[];
  columns: Column<unknown>[];
  items: (r: R) => readonly unknown[];
  /**
   * History that an import may add to but never rewrite or remove (an action's status updates): children
   * missing from the bundle stay, and a child already there is left as it is.
   */
  appendOnly?: boolean;
  /** A child set the generic writer cannot express (e.g. a nullable key): its own statement, with the same result rows. */
  statement?: (owners: readonly unknown[]) => { sql: string; params: unknown[] };
}

export interface SectionSpec<R> {
  section: Section;
  table: string;
  /** Partnerships are matched by ref alone; themes by code within their partnership; the rest by ref. */
  key: 'ref' | 'code';
  owned: boolean;
  columns: Column<R>[];
  /** References to records of the same section or of a later one, written once every section is written. */
  deferred?: Column<R>[];
  children?: ChildSet<R>[];
}

const col = <R>(name: string, type: PgType, get: (r: R) => unknown): Column<R> => ({ name, type, get });
const refCol = <R>(name: string, table: string, get: (r: R) => string | null | undefined): Column<R> => ({
  name,
  type: 'text',
  get,
  references: { table, key: 'ref' },
});

/** A link table holding (owner, target) pairs; the bundle lists the targets' refs or codes. */
function links<R>(field: string, table: string, owner: string, target: string, targetTable: string, items: (r: R) => string[] | undefined): ChildSet<R> {
  const by = targetTable === 'themes' ? 'code' : 'ref';
  return {
    field,
    table,
    owner,
    key: [target],
    columns: [{ name: target, type: 'text', get: (v) => v, references: { table: targetTable, key: by } }],
    items: (r) => items(r) ?? [],
  };
}

const themes = <R extends { themes?: string[] }>(table: string, owner: string) => links<R>('themes', table, owner, 'theme_id', 'themes', (r) => r.themes);

/** Nested records; `columns` are typed by the child, erased for the generic writer. */
function nested<R, C>(
  field: string,
  table: string,
  owner: string,
  key: string[],
  columns: Column<C>[],
  items: (r: R) => readonly C[],
  options: { appendOnly?: boolean } = {},
): ChildSet<R> {
  return { field, table, owner, key, columns: columns as Column<unknown>[], items, ...options };
}

const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

const englandDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A cancelled action's cancellation date: the bundle's, else the day (in England) of its latest
 * update to cancelled; else null, and the database keeps the date the action already has or, for a
 * new one, takes the day of import. Null for any other status.
 */
export function cancelledOn(r: ActionRecord): string | null {
  if (r.status !== 'cancelled') return null;
  if (r.cancelledOn) return r.cancelledOn;
  const cancels = (r.updates ?? []).filter((u) => u.toStatus === 'cancelled').sort((a, b) => Date.parse(a.changedAt) - Date.parse(b.changedAt));
  const last = cancels[cancels.length - 1];
  return last ? englandDay.format(new Date(last.changedAt)) : null;
}

const partnerships: SectionSpec<PartnershipRecord> = {
  section: 'partnerships',
  table: TABLES.partnerships,
  key: 'ref',
  owned: false,
  columns: [
    col('name', 'text', (r) => r.name),
    col('kind', 'text', (r) => r.kind),
    col('region', 'text', (r) => orNull(r.region)),
    col('suppression_threshold', 'int', (r) => r.suppressionThreshold ?? 5),
    col('follow_up_weeks', 'int', (r) => r.followUpWeeks ?? 8),
  ],
};

const agencies: SectionSpec<AgencyRecord> = {
  section: 'agencies',
  table: TABLES.agencies,
  key: 'ref',
  owned: true,
  columns: [col('name', 'text', (r) => r.name), col('sector', 'text', (r) => r.sector), col('is_core_member', 'boolean', (r) => r.isCoreMember ?? true)],
};

const themeSpec: SectionSpec<ThemeRecord> = {
  section: 'themes',
  table: TABLES.themes,
  key: 'code',
  owned: true,
  columns: [col('name', 'text', (r) => r.name), col('theme_group', 'text', (r) => r.group), col('description', 'text', (r) => orNull(r.description))],
};

const notifications: SectionSpec<NotificationRecord> = {
  section: 'notifications',
  table: TABLES.notifications,
  key: 'ref',
  owned: true,
  columns: [
    col('date_aware', 'date', (r) => r.dateAware),
    col('date_notified', 'date', (r) => orNull(r.dateNotified)),
    col('harm', 'text', (r) => r.harm),
    col('age_band', 'text', (r) => r.ageBand),
    col('decision', 'text', (r) => r.decision ?? 'pending'),
    col('summary', 'text', (r) => orNull(r.summary)),
  ],
  children: [themes('notification_themes', 'notification_id')],
};

const reviews: SectionSpec<ReviewRecord> = {
  section: 'reviews',
  table: TABLES.reviews,
  key: 'ref',
  owned: true,
  columns: [
    col('type', 'text', (r) => r.type),
    col('title', 'text', (r) => r.title),
    col('status', 'text', (r) => r.status),
    refCol('notification_id', 'notifications', (r) => r.notification),
    col('initiated_on', 'date', (r) => r.initiatedOn),
    col('terms_agreed_on', 'date', (r) => orNull(r.termsAgreedOn)),
    col('completed_on', 'date', (r) => orNull(r.completedOn)),
    col('published_on', 'date', (r) => orNull(r.publishedOn)),
    col('unpublished_reason', 'text', (r) => orNull(r.unpublishedReason)),
    col('independent_reviewer', 'boolean', (r) => r.independentReviewer ?? false),
    col('family_participation', 'text', (r) => r.familyParticipation ?? 'not-yet-offered'),
    col('practitioners_involved', 'int', (r) => orNull(r.practitionersInvolved)),
    col('reviewers', 'text', (r) => orNull(r.reviewers)),
    col('method', 'text', (r) => orNull(r.method)),
    col('method_details', 'text', (r) => orNull(r.methodDetails)),
    col('report_shared_on', 'date', (r) => orNull(r.reportSharedOn)),
    col('planned_publication_on', 'date', (r) => orNull(r.plannedPublicationOn)),
    col('info_requested_on', 'date', (r) => orNull(r.infoRequestedOn)),
    col('meeting_on', 'date', (r) => orNull(r.meetingOn)),
    col('sent_to_panel_on', 'date', (r) => orNull(r.sentToPanelOn)),
    col('rapid_review_outcome', 'text', (r) => orNull(r.rapidReviewOutcome)),
    col('national_review_recommended', 'boolean', (r) => orNull(r.nationalReviewRecommended)),
  ],
  deferred: [refCol('source_review_id', 'reviews', (r) => r.sourceReview)],
  children: [
    links('agencies', 'review_agencies', 'review_id', 'agency_id', 'agencies', (r) => r.agencies),
    themes('review_themes', 'review_id'),
    nested<ReviewRecord, ReviewStatusChangeRecord>(
      'statusHistory',
      'review_status_changes',
      'review_id',
      ['recorded_at', 'status'],
      [
        col('status', 'text', (c) => c.status),
        col('changed_on', 'date', (c) => c.changedOn),
        col('recorded_at', 'timestamptz', (c) => c.recordedAt),
        col('recorded_by', 'text', (c) => c.recordedBy),
        col('derived', 'boolean', (c) => c.derived ?? false),
      ],
      (r) => r.statusHistory ?? [],
      // Status history is evidence, only ever added to. A review the bundle gives none gets the history
      // its dates imply, from the database when the import commits (migration 1730000001200).
      { appendOnly: true },
    ),
    nested<ReviewRecord, ReviewTimescaleChangeRecord>(
      'timescaleChanges',
      'review_timescale_changes',
      'review_id',
      ['kind', 'starts_on'],
      [
        col('kind', 'text', (c) => c.kind),
        col('starts_on', 'date', (c) => c.startsOn),
        col('reason', 'text', (c) => c.reason),
        col('reason_details', 'text', (c) => orNull(c.reasonDetails)),
        col('ends_on', 'date', (c) => orNull(c.endsOn)),
        col('agreed_due_on', 'date', (c) => orNull(c.agreedDueOn)),
        col('agreed_by', 'text', (c) => orNull(c.agreedBy)),
      ],
      (r) => r.timescaleChanges ?? [],
    ),
  ],
};

const informationRequests: SectionSpec<InformationRequestRecord> = {
  section: 'informationRequests',
  table: TABLES.informationRequests,
  key: 'ref',
  owned: true,
  columns: [
    refCol('review_id', 'reviews', (r) => r.review),
    refCol('agency_id', 'agencies', (r) => r.agency),
    col('kind', 'text', (r) => r.kind),
    col('sent_on', 'date', (r) => r.sentOn),
    col('due_on', 'date', (r) => r.dueOn),
    col('reminded_on', 'date', (r) => orNull(r.remindedOn)),
    col('returned_on', 'date', (r) => orNull(r.returnedOn)),
  ],
  // The agency's answer and its chronology rows (migration 1730000003100); rows are numbered in the bundle's order.
  children: [
    nested<InformationRequestRecord, InformationRequestAnswerRecord>(
      'answer',
      'information_request_answers',
      'information_request_id',
      [],
      [
        col('known_to_agency', 'text', (a) => orNull(a.knownToAgency)),
        col('involved_from', 'date', (a) => orNull(a.involvedFrom)),
        col('involved_to', 'date', (a) => orNull(a.involvedTo)),
        col('involvement', 'text', (a) => orNull(a.involvement)),
        col('analysis', 'text', (a) => orNull(a.analysis)),
        col('notes', 'text', (a) => orNull(a.notes)),
        col('submitted_on', 'date', (a) => orNull(a.submittedOn)),
        col('submitted_by', 'text', (a) => orNull(a.submittedBy)),
      ],
      (r) => (r.answer ? [r.answer] : []),
    ),
    nested<InformationRequestRecord, ChronologyEntryRecord & { position: number }>(
      'chronology',
      'chronology_entries',
      'information_request_id',
      ['position'],
      [
        col('position', 'int', (c) => c.position),
        col('occurred_on', 'date', (c) => c.occurredOn),
        refCol('agency_id', 'agencies', (c) => c.agency),
        col('event', 'text', (c) => c.event),
        col('source', 'text', (c) => orNull(c.source)),
      ],
      (r) => (r.answer ? (r.chronology ?? []) : []).map((c, i) => ({ ...c, position: i + 1 })),
    ),
  ],
};

const referrals: SectionSpec<ReferralRecord> = {
  section: 'referrals',
  table: TABLES.referrals,
  key: 'ref',
  owned: true,
  columns: [
    col('referred_on', 'date', (r) => r.referredOn),
    col('route', 'text', (r) => r.route),
    refCol('referring_agency_id', 'agencies', (r) => r.referringAgency),
    col('criteria', 'text', (r) => r.criteria),
    col('group_recommendation', 'text', (r) => orNull(r.groupRecommendation)),
    col('decision', 'text', (r) => orNull(r.decision)),
    col('reasons', 'text', (r) => orNull(r.reasons)),
    col('decided_by', 'text', (r) => orNull(r.decidedBy)),
    col('decided_on', 'date', (r) => orNull(r.decidedOn)),
    col('referrer_told_on', 'date', (r) => orNull(r.referrerToldOn)),
    col('panel_response', 'text', (r) => orNull(r.panelResponse)),
    refCol('notification_id', 'notifications', (r) => r.notification),
    refCol('review_id', 'reviews', (r) => r.review),
    col('summary', 'text', (r) => orNull(r.summary)),
  ],
};

const reviewEngagements: SectionSpec<ReviewEngagementRecord> = {
  section: 'reviewEngagements',
  table: TABLES.reviewEngagements,
  key: 'ref',
  owned: true,
  columns: [
    refCol('review_id', 'reviews', (r) => r.review),
    col('engaged_on', 'date', (r) => r.engagedOn),
    col('party', 'text', (r) => r.party),
    col('family_role', 'text', (r) => orNull(r.familyRole)),
    refCol('agency_id', 'agencies', (r) => r.agency),
    col('outcome', 'text', (r) => r.outcome),
  ],
};

const audits: SectionSpec<AuditRecord> = {
  section: 'audits',
  table: TABLES.audits,
  key: 'ref',
  owned: true,
  columns: [
    col('type', 'text', (r) => r.type),
    col('title', 'text', (r) => r.title),
    col('round', 'text', (r) => orNull(r.round)),
    refCol('lead_agency_id', 'agencies', (r) => r.leadAgency),
    col('started_on', 'date', (r) => r.startedOn),
    col('completed_on', 'date', (r) => orNull(r.completedOn)),
    col('summary', 'text', (r) => orNull(r.summary)),
  ],
  children: [
    links('agencies', 'audit_agencies', 'audit_id', 'agency_id', 'agencies', (r) => r.agencies),
    themes('audit_themes', 'audit_id'),
    auditAgencyReturnsChild,
  ],
};

const auditCases: SectionSpec<AuditCaseRecord> = {
  section: 'auditCases',
  table: TABLES.auditCases,
  key: 'ref',
  owned: true,
  columns: [
    refCol('audit_id', 'audits', (r) => r.audit),
    col('overall_grade', 'text', (r) => r.overallGrade),
    col('narrative', 'text', (r) => orNull(r.narrative)),
  ],
  children: [domainGradesChild],
};

const section11Assessments: SectionSpec<Section11AssessmentRecord> = {
  section: 'section11Assessments',
  table: TABLES.section11Assessments,
  key: 'ref',
  owned: true,
  columns: [
    refCol('audit_id', 'audits', (r) => r.audit),
    refCol('agency_id', 'agencies', (r) => r.agency),
    col('standard', 'text', (r) => r.standard),
    col('self_rating', 'text', (r) => r.selfRating),
    col('moderated_rating', 'text', (r) => orNull(r.moderatedRating)),
    col('narrative', 'text', (r) => orNull(r.narrative)),
    col('evidence', 'text', (r) => orNull(r.evidence)),
    col('moderation_note', 'text', (r) => orNull(r.moderationNote)),
  ],
};

const findings: SectionSpec<FindingRecord> = {
  section: 'findings',
  table: TABLES.findings,
  key: 'ref',
  owned: true,
  columns: [
    refCol('review_id', 'reviews', (r) => r.review),
    refCol('audit_id', 'audits', (r) => r.audit),
    col('kind', 'text', (r) => r.kind),
    col('text', 'text', (r) => r.text),
  ],
  children: [themes('finding_themes', 'finding_id')],
};

const recommendations: SectionSpec<RecommendationRecord> = {
  section: 'recommendations',
  table: TABLES.recommendations,
  key: 'ref',
  owned: true,
  columns: [
    refCol('review_id', 'reviews', (r) => r.review),
    refCol('audit_id', 'audits', (r) => r.audit),
    refCol('finding_id', 'findings', (r) => r.finding),
    col('text', 'text', (r) => r.text),
    col('response', 'text', (r) => orNull(r.response)),
    col('response_reasons', 'text', (r) => orNull(r.responseReasons)),
    col('responded_on', 'date', (r) => orNull(r.respondedOn)),
  ],
};

const actions: SectionSpec<ActionRecord> = {
  section: 'actions',
  table: TABLES.actions,
  key: 'ref',
  owned: true,
  columns: [
    refCol('review_id', 'reviews', (r) => r.review),
    refCol('audit_id', 'audits', (r) => r.audit),
    refCol('recommendation_id', 'recommendations', (r) => r.recommendation),
    refCol('owner_agency_id', 'agencies', (r) => r.ownerAgency),
    col('title', 'text', (r) => r.title),
    col('due_on', 'date', (r) => r.dueOn),
    col('status', 'text', (r) => r.status),
    col('completed_on', 'date', (r) => orNull(r.completedOn)),
    { ...col('cancelled_on', 'date', cancelledOn), keepWhenNull: true },
    col('impact_evidence', 'text', (r) => orNull(r.impactEvidence)),
    col('monitoring_committee', 'text', (r) => orNull(r.monitoringCommittee)),
    refCol('impact_audit_id', 'audits', (r) => r.impactAudit),
    col('signed_off_on', 'date', (r) => orNull(r.signedOffOn)),
    col('signed_off_by', 'text', (r) => orNull(r.signedOffBy)),
  ],
  // Measures are written after actions (a measure's strategy names its actions), so this reference waits for them.
  deferred: [refCol('impact_measure_id', 'measures', (r) => r.impactMeasure)],
  children: [
    themes('action_themes', 'action_id'),
    nested<ActionRecord, ActionUpdateRecord>(
      'updates',
      'action_updates',
      'action_id',
      ['changed_at'],
      [
        col('changed_at', 'timestamptz', (u) => u.changedAt),
        col('changed_by', 'text', (u) => u.changedBy),
        col('from_status', 'text', (u) => orNull(u.fromStatus)),
        col('to_status', 'text', (u) => u.toStatus),
        col('note', 'text', (u) => orNull(u.note)),
      ],
      (r) => r.updates ?? [],
      // The status history is evidence: the database also refuses the application role any update or delete.
      { appendOnly: true },
    ),
  ],
};

const trainingCourses: SectionSpec<TrainingCourseRecord> = {
  section: 'trainingCourses',
  table: TABLES.trainingCourses,
  key: 'ref',
  owned: true,
  columns: [
    col('title', 'text', (r) => r.title),
    col('multi_agency', 'boolean', (r) => r.multiAgency ?? true),
    col('duration_hours', 'numeric', (r) => orNull(r.durationHours)),
    col('description', 'text', (r) => orNull(r.description)),
  ],
  children: [themes('training_course_themes', 'course_id')],
};

const trainingSessions: SectionSpec<TrainingSessionRecord> = {
  section: 'trainingSessions',
  table: TABLES.trainingSessions,
  key: 'ref',
  owned: true,
  columns: [
    refCol('course_id', 'training_courses', (r) => r.course),
    col('session_date', 'date', (r) => r.sessionDate),
    col('capacity', 'int', (r) => r.capacity),
    col('delivery', 'text', (r) => r.delivery ?? 'in-person'),
  ],
};

type Evaluation = NonNullable<AttendanceRecord['evaluation']>;
type FollowUp = NonNullable<AttendanceRecord['followUp']>;
const attendances: SectionSpec<AttendanceRecord> = {
  section: 'attendances',
  table: TABLES.attendances,
  key: 'ref',
  owned: true,
  columns: [
    refCol('session_id', 'training_sessions', (r) => r.session),
    refCol('agency_id', 'agencies', (r) => r.agency),
    col('attended', 'boolean', (r) => r.attended),
    col('role', 'text', (r) => orNull(r.role)),
  ],
  children: [
    nested<AttendanceRecord, Evaluation>(
      'evaluation',
      'training_evaluations',
      'attendance_id',
      [],
      [
        col('confidence_before', 'int', (e) => e.confidenceBefore),
        col('confidence_after', 'int', (e) => e.confidenceAfter),
        col('satisfaction', 'int', (e) => orNull(e.satisfaction)),
        col('comment', 'text', (e) => orNull(e.comment)),
        col('submitted_on', 'date', (e) => e.submittedOn),
      ],
      (r) => (r.evaluation ? [r.evaluation] : []),
    ),
    nested<AttendanceRecord, FollowUp>(
      'followUp',
      'training_follow_ups',
      'attendance_id',
      [],
      [
        col('sent_on', 'date', (f) => f.sentOn),
        col('responded_on', 'date', (f) => orNull(f.respondedOn)),
        col('changed_practice', 'boolean', (f) => orNull(f.changedPractice)),
        col('example', 'text', (f) => orNull(f.example)),
      ],
      (r) => (r.followUp ? [r.followUp] : []),
    ),
  ],
};

const learningProducts: SectionSpec<LearningProductRecord> = {
  section: 'learningProducts',
  table: TABLES.learningProducts,
  key: 'ref',
  owned: true,
  columns: [
    col('kind', 'text', (r) => r.kind),
    col('title', 'text', (r) => r.title),
    col('published_on', 'date', (r) => r.publishedOn),
    col('reach', 'int', (r) => orNull(r.reach)),
  ],
  children: [
    links('reviews', 'learning_product_reviews', 'learning_product_id', 'review_id', 'reviews', (r) => r.reviews),
    themes('learning_product_themes', 'learning_product_id'),
  ],
};

const obaResults: SectionSpec<ObaResultRecord> = {
  section: 'obaResults',
  table: TABLES.obaResults,
  key: 'ref',
  owned: true,
  columns: [
    col('title', 'text', (r) => r.title),
    col('population', 'text', (r) => orNull(r.population)),
    col('description', 'text', (r) => orNull(r.description)),
    col('position', 'int', (r) => r.position ?? 0),
  ],
};

const obaStrategies: SectionSpec<ObaStrategyRecord> = {
  section: 'obaStrategies',
  table: TABLES.obaStrategies,
  key: 'ref',
  owned: true,
  columns: [
    refCol('result_id', 'oba_results', (r) => r.result),
    col('title', 'text', (r) => r.title),
    col('description', 'text', (r) => orNull(r.description)),
    col('position', 'int', (r) => r.position ?? 0),
  ],
  children: [
    links('partners', 'oba_strategy_partners', 'strategy_id', 'agency_id', 'agencies', (r) => r.partners),
    links('actions', 'oba_strategy_actions', 'strategy_id', 'action_id', 'actions', (r) => r.actions),
  ],
};

type MeasureValue = NonNullable<MeasureRecord['values']>[number];
type MeasureNote = NonNullable<MeasureRecord['notes']>[number];
const measures: SectionSpec<MeasureRecord> = {
  section: 'measures',
  table: TABLES.measures,
  key: 'ref',
  owned: true,
  columns: [
    col('name', 'text', (r) => r.name),
    col('description', 'text', (r) => orNull(r.description)),
    col('quadrant', 'text', (r) => r.quadrant),
    col('polarity', 'text', (r) => r.polarity),
    col('unit', 'text', (r) => r.unit),
    col('periodicity', 'text', (r) => r.periodicity),
    col('source', 'text', (r) => r.source),
    col('metric', 'text', (r) => orNull(r.metric)),
    col('headline', 'boolean', (r) => r.headline ?? false),
    col('target', 'numeric', (r) => orNull(r.target)),
    col('baseline', 'numeric', (r) => orNull(r.baseline)),
    col('baseline_period_start', 'date', (r) => orNull(r.baselinePeriodStart)),
    refCol('agency_id', 'agencies', (r) => r.agency),
    col('kind', 'text', (r) => r.kind ?? 'performance-measure'),
    refCol('result_id', 'oba_results', (r) => r.result),
    refCol('strategy_id', 'oba_strategies', (r) => r.strategy),
  ],
  children: [
    nested<MeasureRecord, MeasureValue>(
      'values',
      'measure_values',
      'measure_id',
      ['period_start'],
      [col('period_start', 'date', (v) => v.periodStart), col('value', 'numeric', (v) => v.value)],
      (r) => r.values ?? [],
    ),
    nested<MeasureRecord, MeasureNote>(
      'notes',
      'measure_notes',
      'measure_id',
      ['written_on', 'text'],
      [
        col('period_start', 'date', (n) => orNull(n.periodStart)),
        col('written_on', 'date', (n) => n.writtenOn),
        col('author', 'text', (n) => orNull(n.author)),
        col('text', 'text', (n) => n.text),
      ],
      (r) => r.notes ?? [],
    ),
  ],
};

/** Every section's spec, parents first (the BUNDLE_SECTIONS order). */
export const SECTION_SPECS = [
  partnerships,
  agencies,
  themeSpec,
  notifications,
  reviews,
  informationRequests,
  referrals,
  reviewEngagements,
  audits,
  auditCases,
  section11Assessments,
  findings,
  recommendations,
  actions,
  trainingCourses,
  trainingSessions,
  attendances,
  learningProducts,
  obaResults,
  obaStrategies,
  measures,
] as unknown as readonly SectionSpec<unknown>[];
