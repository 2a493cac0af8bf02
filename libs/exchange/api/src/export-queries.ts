import type { Section } from './bundle-references';
import { AUDIT_RETURNS_EXPORT } from './audit-returns-exchange';

/*
 * One query per bundle section, each returning rows whose columns are the bundle's field names in
 * the bundle's order. Refs replace ids (joins); link sets come back as sorted arrays (array_agg)
 * and nested records as JSON (json_agg). `$1` is the partnership refs to export, or null for all.
 * Sorting uses the "C" collation so the document is the same byte for byte on any server.
 */

export interface SectionQuery {
  sql: string;
  /** Values the importer assumes for an absent field; export leaves such fields out. */
  defaults?: Record<string, unknown>;
}

const inScope = (p = 'p') => `($1::text[] IS NULL OR ${p}.ref = ANY($1::text[]))`;
const byRef = (alias: string) => `ORDER BY p.ref COLLATE "C", ${alias}.ref COLLATE "C"`;
const owned = (table: string, alias: string) => `FROM ${table} ${alias} JOIN partnerships p ON p.id = ${alias}.partnership_id`;

/** The refs (or codes) an owner links to, sorted; null when none. */
const linked = (field: string, linkTable: string, ownerColumn: string, owner: string, targetColumn: string, targetTable: string, key = 'ref') =>
  `(SELECT array_agg(x.${key} ORDER BY x.${key} COLLATE "C") FROM ${linkTable} l JOIN ${targetTable} x ON x.id = l.${targetColumn}
    WHERE l.${ownerColumn} = ${owner}.id) AS "${field}"`;
const themes = (linkTable: string, ownerColumn: string, owner: string) =>
  linked('themes', linkTable, ownerColumn, owner, 'theme_id', 'themes', 'code');

/** A ref of another record, by its id column (LEFT JOIN named `alias`). */
const refOf = (alias: string, field: string) => `${alias}.ref AS "${field}"`;
const join = (table: string, alias: string, column: string) => `LEFT JOIN ${table} ${alias} ON ${alias}.id = ${column}`;

/** An instant as ISO 8601 UTC, with milliseconds, or microseconds when it has them, so it re-imports exactly. */
export const instant = (column: string) => {
  const utc = `(${column} AT TIME ZONE 'UTC')`;
  return `to_char(${utc}, 'YYYY-MM-DD"T"HH24:MI:SS') || CASE WHEN extract(microseconds FROM ${column})::bigint % 1000 = 0
    THEN to_char(${utc}, '.MS') ELSE to_char(${utc}, '.US') END || 'Z'`;
};

export const EXPORT_QUERIES: Record<Section, SectionQuery> = {
  partnerships: {
    sql: `SELECT p.ref, p.name, p.kind, p.region, p.suppression_threshold AS "suppressionThreshold", p.follow_up_weeks AS "followUpWeeks"
          FROM partnerships p WHERE ${inScope()} ORDER BY p.ref COLLATE "C"`,
    defaults: { suppressionThreshold: 5, followUpWeeks: 8 },
  },
  agencies: {
    sql: `SELECT p.ref AS partnership, a.ref, a.name, a.sector, a.is_core_member AS "isCoreMember"
          ${owned('agencies', 'a')} WHERE ${inScope()} ${byRef('a')}`,
    defaults: { isCoreMember: true },
  },
  // Only the partnership's own themes and default themes whose wording it changed: a new
  // partnership is given the catalogue's, so listing those would add nothing.
  themes: {
    sql: `SELECT p.ref AS partnership, t.code, t.name, t.theme_group AS "group", t.description
          ${owned('themes', 't')} LEFT JOIN theme_catalogue c ON c.code = t.code
          WHERE ${inScope()} AND (c.code IS NULL OR (t.name, t.theme_group, t.description) IS DISTINCT FROM (c.name, c.theme_group, c.description))
          ORDER BY p.ref COLLATE "C", t.code COLLATE "C"`,
  },
  notifications: {
    sql: `SELECT p.ref AS partnership, n.ref, n.date_aware AS "dateAware", n.date_notified AS "dateNotified", n.harm, n.age_band AS "ageBand",
            n.decision, n.summary, ${themes('notification_themes', 'notification_id', 'n')}
          ${owned('notifications', 'n')} WHERE ${inScope()} ${byRef('n')}`,
    defaults: { decision: 'pending' },
  },
  reviews: {
    sql: `SELECT p.ref AS partnership, r.ref, r.type, r.title, r.status, ${refOf('n', 'notification')}, ${refOf('sr', 'sourceReview')},
            r.initiated_on AS "initiatedOn", r.terms_agreed_on AS "termsAgreedOn", r.completed_on AS "completedOn",
            r.published_on AS "publishedOn", r.unpublished_reason AS "unpublishedReason", r.independent_reviewer AS "independentReviewer",
            r.family_participation AS "familyParticipation", r.practitioners_involved AS "practitionersInvolved",
            r.reviewers, r.method, r.method_details AS "methodDetails", r.report_shared_on AS "reportSharedOn",
            r.planned_publication_on AS "plannedPublicationOn",
            ${linked('agencies', 'review_agencies', 'review_id', 'r', 'agency_id', 'agencies')},
            ${themes('review_themes', 'review_id', 'r')},
            r.info_requested_on AS "infoRequestedOn", r.meeting_on AS "meetingOn", r.sent_to_panel_on AS "sentToPanelOn",
            r.rapid_review_outcome AS "rapidReviewOutcome", r.national_review_recommended AS "nationalReviewRecommended",
            (SELECT json_agg(json_build_object('status', c.status, 'changedOn', c.changed_on, 'recordedAt', ${instant('c.recorded_at')},
                 'recordedBy', c.recorded_by, 'derived', CASE WHEN c.derived THEN true END) ORDER BY c.changed_on, c.id)
             FROM review_status_changes c WHERE c.review_id = r.id) AS "statusHistory",
            (SELECT json_agg(json_strip_nulls(json_build_object('kind', x.kind, 'reason', x.reason, 'reasonDetails', x.reason_details,
                 'startsOn', x.starts_on, 'endsOn', x.ends_on, 'agreedDueOn', x.agreed_due_on, 'agreedBy', x.agreed_by)) ORDER BY x.starts_on, x.kind)
             FROM review_timescale_changes x WHERE x.review_id = r.id) AS "timescaleChanges"
          ${owned('reviews', 'r')} ${join('notifications', 'n', 'r.notification_id')} ${join('reviews', 'sr', 'r.source_review_id')}
          WHERE ${inScope()} ${byRef('r')}`,
    defaults: { independentReviewer: false, familyParticipation: 'not-yet-offered' },
  },
  informationRequests: {
    sql: `SELECT p.ref AS partnership, i.ref, ${refOf('r', 'review')}, ${refOf('a', 'agency')}, i.kind, i.sent_on AS "sentOn", i.due_on AS "dueOn",
            i.reminded_on AS "remindedOn", i.returned_on AS "returnedOn",
            (SELECT json_strip_nulls(json_build_object('knownToAgency', x.known_to_agency, 'involvedFrom', x.involved_from, 'involvedTo', x.involved_to,
               'involvement', x.involvement, 'analysis', x.analysis, 'notes', x.notes, 'submittedOn', x.submitted_on, 'submittedBy', x.submitted_by))
             FROM information_request_answers x WHERE x.information_request_id = i.id) AS "answer",
            (SELECT json_agg(json_strip_nulls(json_build_object('occurredOn', c.occurred_on, 'agency', ca.ref, 'event', c.event, 'source', c.source)) ORDER BY c.position)
             FROM chronology_entries c JOIN agencies ca ON ca.id = c.agency_id WHERE c.information_request_id = i.id) AS "chronology"
          ${owned('information_requests', 'i')} ${join('reviews', 'r', 'i.review_id')} ${join('agencies', 'a', 'i.agency_id')}
          WHERE ${inScope()} ${byRef('i')}`,
  },
  referrals: {
    sql: `SELECT p.ref AS partnership, rf.ref, rf.referred_on AS "referredOn", rf.route, ${refOf('a', 'referringAgency')}, rf.criteria,
            rf.group_recommendation AS "groupRecommendation", rf.decision, rf.reasons, rf.decided_by AS "decidedBy", rf.decided_on AS "decidedOn",
            rf.referrer_told_on AS "referrerToldOn", rf.panel_response AS "panelResponse", ${refOf('n', 'notification')}, ${refOf('r', 'review')}, rf.summary
          ${owned('referrals', 'rf')} ${join('agencies', 'a', 'rf.referring_agency_id')} ${join('notifications', 'n', 'rf.notification_id')}
          ${join('reviews', 'r', 'rf.review_id')} WHERE ${inScope()} ${byRef('rf')}`,
  },
  reviewEngagements: {
    sql: `SELECT p.ref AS partnership, e.ref, ${refOf('r', 'review')}, e.engaged_on AS "engagedOn", e.party, e.family_role AS "familyRole",
            ${refOf('a', 'agency')}, e.outcome
          ${owned('review_engagements', 'e')} ${join('reviews', 'r', 'e.review_id')} ${join('agencies', 'a', 'e.agency_id')}
          WHERE ${inScope()} ${byRef('e')}`,
  },
  audits: {
    sql: `SELECT p.ref AS partnership, au.ref, au.type, au.title, au.round, ${refOf('la', 'leadAgency')}, au.started_on AS "startedOn",
            au.completed_on AS "completedOn", au.summary, ${linked('agencies', 'audit_agencies', 'audit_id', 'au', 'agency_id', 'agencies')},
            ${themes('audit_themes', 'audit_id', 'au')}, ${AUDIT_RETURNS_EXPORT}
          ${owned('audits', 'au')} ${join('agencies', 'la', 'au.lead_agency_id')} WHERE ${inScope()} ${byRef('au')}`,
  },
  auditCases: {
    sql: `SELECT p.ref AS partnership, c.ref, ${refOf('au', 'audit')}, c.overall_grade AS "overallGrade", c.narrative,
            (SELECT json_agg(CASE WHEN ga.ref IS NULL THEN json_build_object('domain', g.domain, 'grade', g.grade, 'narrative', g.narrative)
                   ELSE json_build_object('domain', g.domain, 'agency', ga.ref, 'grade', g.grade, 'narrative', g.narrative) END
               ORDER BY gd.position, g.domain, ga.ref NULLS FIRST)
             FROM audit_case_domain_grades g
             LEFT JOIN audit_domains gd ON gd.partnership_id = g.partnership_id AND gd.code = g.domain
             LEFT JOIN agencies ga ON ga.id = g.agency_id
             WHERE g.audit_case_id = c.id) AS "domainGrades"
          ${owned('audit_cases', 'c')} ${join('audits', 'au', 'c.audit_id')} WHERE ${inScope()} ${byRef('c')}`,
  },
  section11Assessments: {
    sql: `SELECT p.ref AS partnership, s.ref, ${refOf('au', 'audit')}, ${refOf('a', 'agency')}, s.standard, s.self_rating AS "selfRating",
            s.moderated_rating AS "moderatedRating", s.narrative, s.evidence, s.moderation_note AS "moderationNote"
          ${owned('section11_assessments', 's')} ${join('audits', 'au', 's.audit_id')} ${join('agencies', 'a', 's.agency_id')}
          WHERE ${inScope()} ${byRef('s')}`,
  },
  findings: {
    sql: `SELECT p.ref AS partnership, f.ref, ${refOf('r', 'review')}, ${refOf('au', 'audit')}, f.kind, f.text,
            ${themes('finding_themes', 'finding_id', 'f')}
          ${owned('findings', 'f')} ${join('reviews', 'r', 'f.review_id')} ${join('audits', 'au', 'f.audit_id')}
          WHERE ${inScope()} ${byRef('f')}`,
  },
  recommendations: {
    sql: `SELECT p.ref AS partnership, rc.ref, ${refOf('r', 'review')}, ${refOf('au', 'audit')}, ${refOf('f', 'finding')}, rc.text,
            rc.response, rc.response_reasons AS "responseReasons", rc.responded_on AS "respondedOn"
          ${owned('recommendations', 'rc')} ${join('reviews', 'r', 'rc.review_id')} ${join('audits', 'au', 'rc.audit_id')}
          ${join('findings', 'f', 'rc.finding_id')} WHERE ${inScope()} ${byRef('rc')}`,
  },
  actions: {
    sql: `SELECT p.ref AS partnership, ac.ref, ${refOf('r', 'review')}, ${refOf('au', 'audit')}, ${refOf('rc', 'recommendation')},
            ${refOf('o', 'ownerAgency')}, ac.title, ac.due_on AS "dueOn", ac.status, ac.completed_on AS "completedOn",
            ac.cancelled_on AS "cancelledOn", ac.impact_evidence AS "impactEvidence", ac.monitoring_committee AS "monitoringCommittee", ac.signed_off_on AS "signedOffOn",
            ac.signed_off_by AS "signedOffBy", ${refOf('ia', 'impactAudit')}, ${refOf('im', 'impactMeasure')}, ${themes('action_themes', 'action_id', 'ac')},
            (SELECT json_agg(json_build_object('changedAt', ${instant('u.changed_at')}, 'changedBy', u.changed_by,
                 'fromStatus', u.from_status, 'toStatus', u.to_status, 'note', u.note) ORDER BY u.changed_at)
             FROM action_updates u WHERE u.action_id = ac.id) AS "updates"
          ${owned('actions', 'ac')} ${join('reviews', 'r', 'ac.review_id')} ${join('audits', 'au', 'ac.audit_id')}
          ${join('recommendations', 'rc', 'ac.recommendation_id')} ${join('agencies', 'o', 'ac.owner_agency_id')}
          ${join('audits', 'ia', 'ac.impact_audit_id')} ${join('measures', 'im', 'ac.impact_measure_id')}
          WHERE ${inScope()} ${byRef('ac')}`,
  },
  trainingCourses: {
    sql: `SELECT p.ref AS partnership, tc.ref, tc.title, tc.multi_agency AS "multiAgency", tc.duration_hours AS "durationHours", tc.description,
            ${themes('training_course_themes', 'course_id', 'tc')}
          ${owned('training_courses', 'tc')} WHERE ${inScope()} ${byRef('tc')}`,
    defaults: { multiAgency: true },
  },
  trainingSessions: {
    sql: `SELECT p.ref AS partnership, ts.ref, ${refOf('tc', 'course')}, ts.session_date AS "sessionDate", ts.capacity, ts.delivery
          ${owned('training_sessions', 'ts')} ${join('training_courses', 'tc', 'ts.course_id')} WHERE ${inScope()} ${byRef('ts')}`,
    defaults: { delivery: 'in-person' },
  },
  attendances: {
    sql: `SELECT p.ref AS partnership, ta.ref, ${refOf('ts', 'session')}, ${refOf('a', 'agency')}, ta.attended, ta.role,
            (SELECT json_build_object('confidenceBefore', e.confidence_before, 'confidenceAfter', e.confidence_after,
               'satisfaction', e.satisfaction, 'comment', e.comment, 'submittedOn', e.submitted_on)
             FROM training_evaluations e WHERE e.attendance_id = ta.id) AS "evaluation",
            (SELECT json_build_object('sentOn', fu.sent_on, 'respondedOn', fu.responded_on, 'changedPractice', fu.changed_practice,
               'example', fu.example)
             FROM training_follow_ups fu WHERE fu.attendance_id = ta.id) AS "followUp"
          ${owned('training_attendances', 'ta')} ${join('training_sessions', 'ts', 'ta.session_id')} ${join('agencies', 'a', 'ta.agency_id')}
          WHERE ${inScope()} ${byRef('ta')}`,
  },
  learningProducts: {
    sql: `SELECT p.ref AS partnership, lp.ref, lp.kind, lp.title, lp.published_on AS "publishedOn", lp.reach,
            ${linked('reviews', 'learning_product_reviews', 'learning_product_id', 'lp', 'review_id', 'reviews')},
            ${themes('learning_product_themes', 'learning_product_id', 'lp')}
          ${owned('learning_products', 'lp')} WHERE ${inScope()} ${byRef('lp')}`,
  },
  obaResults: {
    sql: `SELECT p.ref AS partnership, r.ref, r.title, r.population, r.description, r.position
          ${owned('oba_results', 'r')} WHERE ${inScope()} ${byRef('r')}`,
    defaults: { position: 0 },
  },
  obaStrategies: {
    sql: `SELECT p.ref AS partnership, s.ref, ${refOf('r', 'result')}, s.title, s.description, s.position,
            ${linked('partners', 'oba_strategy_partners', 'strategy_id', 's', 'agency_id', 'agencies')},
            ${linked('actions', 'oba_strategy_actions', 'strategy_id', 's', 'action_id', 'actions')}
          ${owned('oba_strategies', 's')} ${join('oba_results', 'r', 's.result_id')} WHERE ${inScope()} ${byRef('s')}`,
    defaults: { position: 0 },
  },
  measures: {
    sql: `SELECT p.ref AS partnership, me.ref, me.name, me.description, me.quadrant, me.polarity, me.unit, me.periodicity, me.source,
            me.metric, me.headline, me.target, me.baseline, me.baseline_period_start AS "baselinePeriodStart", ${refOf('a', 'agency')},
            me.kind, ${refOf('mr', 'result')}, ${refOf('ms', 'strategy')},
            (SELECT json_agg(json_build_object('periodStart', v.period_start, 'value', v.value) ORDER BY v.period_start)
             FROM measure_values v WHERE v.measure_id = me.id) AS "values",
            (SELECT json_agg(json_build_object('periodStart', mn.period_start, 'writtenOn', mn.written_on, 'author', mn.author, 'text', mn.text)
               ORDER BY mn.written_on, mn.text COLLATE "C")
             FROM measure_notes mn WHERE mn.measure_id = me.id) AS "notes"
          ${owned('measures', 'me')} ${join('agencies', 'a', 'me.agency_id')} ${join('oba_results', 'mr', 'me.result_id')}
          ${join('oba_strategies', 'ms', 'me.strategy_id')} WHERE ${inScope()} ${byRef('me')}`,
    defaults: { headline: false, kind: 'performance-measure' },
  },
};

/**
 * A row as a bundle record: nulls, empty lists and values equal to the import's defaults are left
 * out (at every depth), so export → import → export gives the same document.
 */
export function compact(row: Record<string, unknown>, defaults: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.map((v) => (isPlainObject(v) ? compact(v) : v));
    } else if (isPlainObject(value)) {
      out[key] = compact(value);
    } else if (!(key in defaults && defaults[key] === value)) {
      out[key] = value;
    }
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
