import { ActionStatus, AMBER_WINDOW_DAYS, Brag } from '@sli/actions-api';
import type { Disclosure } from '@sli/analytics-domain';
import { actionsAsOf } from '../actions-metrics/action-metrics.sql';
import { AgencySector } from '@sli/partnerships-api';
import { AgeBand, Harm, ReviewStatus } from '@sli/reviews-api';
import { RECOMMENDATION_RESPONSE_WORDS, REFERRAL_DECISION_WORDS, TIMESCALE_REASON_WORDS } from '@sli/reviews-domain';
import { REVIEW_TYPE_LABELS } from '../reviews-metrics/reviews-metrics.labels';
import { AnnualReportTableKey } from './annual-report.enums';
import type { Work } from './annual-report.kinds';

/** A row or column of a table: its stored value and its printed header. */
export interface Category {
  key: string;
  label: string;
}

/**
 * One table of the annual report. `records` is THE definition of the table: SQL returning one row
 * per record counted (partnership_id, id, ref, row_key, column_key) with $1 = partnership ids,
 * $2 = first and $3 = last day of the financial year, $4 = the report's as-of date (the year's last
 * day once it is over, today while it runs). Statuses are read as of $4 from the records' history
 * (review_status_on, action_status_on), never today's, so a past year's tables do not change.
 * Counts and drill-down both read it, so they cannot disagree.
 */
export interface TableSource {
  key: AnnualReportTableKey;
  title: string;
  /** What the rows are, as the heading of the row-header column. */
  rowHeading: string;
  /** What the table counts, in a sentence for the reader. */
  description: string;
  /** The sentence for a partnership that does not work with children, where `description` speaks of children's work. */
  descriptionWithoutChildren?: string;
  /** Only a partnership that does this work has the table (notifications: one that works with children). */
  work?: Work;
  kind: 'notification' | 'review' | 'action' | 'training-attendance' | 'recommendation' | 'referral';
  records: string;
  rows: readonly Category[];
  columns: readonly Category[];
  /** Long lists (review types, sectors) show only the rows with records; short fixed ones show every row. */
  onlyRowsWithRecords: boolean;
  /** What the table counts: the partnership's work (published as it is) or people by characteristic (suppressed). */
  disclosure: Disclosure;
  /** The grand total is a headline count of the partnership's work, published as it is: suppression may not rely on hiding it. */
  grandTotalPublished?: boolean;
}

const HARMS: Category[] = [
  { key: Harm.DEATH, label: 'Death' },
  { key: Harm.SERIOUS_HARM, label: 'Serious harm' },
];

const AGE_BANDS: Category[] = [
  { key: AgeBand.UNDER_1, label: 'Under 1' },
  { key: AgeBand.AGE_1_5, label: '1 to 5' },
  { key: AgeBand.AGE_6_10, label: '6 to 10' },
  { key: AgeBand.AGE_11_15, label: '11 to 15' },
  { key: AgeBand.AGE_16_17, label: '16 to 17' },
];

const REVIEW_STATUSES: Record<ReviewStatus, string> = {
  [ReviewStatus.PROPOSED]: 'Proposed',
  [ReviewStatus.SCOPING]: 'Scoping',
  [ReviewStatus.IN_PROGRESS]: 'In progress',
  [ReviewStatus.REPORT_DRAFTED]: 'Report drafted',
  [ReviewStatus.COMPLETED]: 'Completed',
  [ReviewStatus.PUBLISHED]: 'Published',
  [ReviewStatus.CLOSED_UNPUBLISHED]: 'Closed unpublished',
};

const SECTORS: Record<AgencySector, string> = {
  [AgencySector.POLICE]: 'Police',
  [AgencySector.HEALTH]: 'Health',
  [AgencySector.CHILDRENS_SOCIAL_CARE]: "Children's social care",
  [AgencySector.ADULT_SOCIAL_CARE]: 'Adult social care',
  [AgencySector.EDUCATION]: 'Education',
  [AgencySector.PROBATION]: 'Probation',
  [AgencySector.YOUTH_JUSTICE]: 'Youth justice',
  [AgencySector.HOUSING]: 'Housing',
  [AgencySector.AMBULANCE]: 'Ambulance',
  [AgencySector.VOLUNTARY_COMMUNITY]: 'Voluntary and community',
  [AgencySector.OTHER]: 'Other',
};

const BRAGS: Category[] = [
  { key: Brag.BLUE, label: 'Blue (completed)' },
  { key: Brag.RED, label: 'Red (overdue)' },
  { key: Brag.AMBER, label: 'Amber (due within 30 days)' },
  { key: Brag.GREEN, label: 'Green (on track)' },
];

const categories = (labels: Record<string, string>): Category[] => Object.entries(labels).map(([key, label]) => ({ key, label }));

export const TABLE_SOURCES: readonly TableSource[] = [
  {
    key: AnnualReportTableKey.NOTIFICATIONS_BY_HARM_AND_AGE,
    title: 'Serious incident notifications by harm and age of child',
    rowHeading: 'Harm',
    description: "Serious incident notifications whose date aware is in the year, by harm and the child's age band.",
    kind: 'notification',
    work: 'children',
    // Notifications whose date aware falls in the year, by harm and the child's age band.
    records: `
      SELECT n.partnership_id, n.id, n.ref, n.harm AS row_key, n.age_band AS column_key
      FROM notifications n
      WHERE n.partnership_id = ANY($1::uuid[]) AND n.date_aware BETWEEN $2::date AND $3::date`,
    rows: HARMS,
    columns: AGE_BANDS,
    onlyRowsWithRecords: false,
    // Children by type of harm and age band: people by their characteristics. Its grand total is the
    // headline count of notifications made (work), so it is shown and never relied on to hide a cell.
    disclosure: 'people-by-characteristic',
    grandTotalPublished: true,
  },
  {
    key: AnnualReportTableKey.REVIEWS_BY_TYPE_AND_STATUS,
    title: 'Reviews started in the year by type and status',
    rowHeading: 'Review type',
    description: 'Reviews of every type, rapid reviews included, initiated in the year, by type and status.',
    descriptionWithoutChildren: 'Reviews of every type initiated in the year, by type and status.',
    kind: 'review',
    // Reviews of every type (rapid reviews included) initiated in the year, by type and their
    // status on the as-of date, from the review's status history (proposed when none is recorded).
    records: `
      SELECT r.partnership_id, r.id, r.ref, r.type AS row_key,
        coalesce(review_status_on(r.id, $4::date), '${ReviewStatus.PROPOSED}') AS column_key
      FROM reviews r
      WHERE r.partnership_id = ANY($1::uuid[]) AND r.initiated_on BETWEEN $2::date AND $3::date`,
    rows: categories(REVIEW_TYPE_LABELS),
    columns: categories(REVIEW_STATUSES),
    onlyRowsWithRecords: true,
    // The partnership's reviews: its work.
    disclosure: 'work',
  },
  {
    key: AnnualReportTableKey.ACTIONS_BY_SECTOR_AND_BRAG,
    title: 'Actions by owner agency sector and BRAG status at the end of the year',
    rowHeading: 'Owner agency sector',
    description: "The action plan on the year's last day: blue completed, red overdue, amber due within 30 days, green on track; by the owner agency's sector.",
    kind: 'action',
    // The action plan as it stood on the as-of date D ($4: the year's last day, or today while the
    // year runs): actions whose source review had been initiated (or source audit started) by D, not
    // cancelled on D, and not already completed before the year began. Status and BRAG as of D
    // (action_status_on), so the table does not drift as actions move on later: blue = complete on
    // D; red = otherwise due before D; amber = due from D to D + 30 days; green = due later.
    records: `
      SELECT a.partnership_id, a.id, a.ref, ag.sector AS row_key,
        CASE WHEN a.status IN ('${ActionStatus.COMPLETED}', '${ActionStatus.IMPACT_EVIDENCED}') THEN '${Brag.BLUE}'
             WHEN a.due_on < $4::date THEN '${Brag.RED}'
             WHEN a.due_on <= $4::date + ${AMBER_WINDOW_DAYS} THEN '${Brag.AMBER}'
             ELSE '${Brag.GREEN}' END AS column_key
      FROM ${actionsAsOf('$4')} a
      JOIN agencies ag ON ag.partnership_id = a.partnership_id AND ag.id = a.owner_agency_id
      LEFT JOIN reviews r ON r.partnership_id = a.partnership_id AND r.id = a.review_id
      LEFT JOIN audits au ON au.partnership_id = a.partnership_id AND au.id = a.audit_id
      WHERE a.partnership_id = ANY($1::uuid[])
        AND a.status <> '${ActionStatus.CANCELLED}'
        AND COALESCE(r.initiated_on, au.started_on) <= $4::date
        AND (a.completed_on IS NULL OR a.completed_on >= $2::date)`,
    rows: categories(SECTORS),
    columns: BRAGS,
    onlyRowsWithRecords: true,
    // The partnership's action plan: its work.
    disclosure: 'work',
  },
  {
    key: AnnualReportTableKey.TRAINING_ATTENDANCE_BY_SECTOR,
    title: 'Training places booked by agency sector: attended and did not attend',
    rowHeading: 'Agency sector',
    description: "Places booked on training sessions held in the year, by the attendee's agency sector: attended and did not attend.",
    kind: 'training-attendance',
    // Registrations for sessions held in the year, by the attendee's agency sector and whether they came.
    records: `
      SELECT t.partnership_id, t.id, t.ref, ag.sector AS row_key,
        CASE WHEN t.attended THEN 'attended' ELSE 'did-not-attend' END AS column_key
      FROM training_attendances t
      JOIN training_sessions s ON s.partnership_id = t.partnership_id AND s.id = t.session_id
      JOIN agencies ag ON ag.partnership_id = t.partnership_id AND ag.id = t.agency_id
      WHERE t.partnership_id = ANY($1::uuid[]) AND s.session_date BETWEEN $2::date AND $3::date`,
    rows: categories(SECTORS),
    columns: [
      { key: 'attended', label: 'Attended' },
      { key: 'did-not-attend', label: 'Did not attend' },
    ],
    onlyRowsWithRecords: true,
    // Training the partnership ran, by the agencies that booked it: its work.
    disclosure: 'work',
  },
  {
    key: AnnualReportTableKey.RECOMMENDATIONS_BY_RESPONSE,
    title: 'Responses to the recommendations of reviews and audits completed in the year',
    rowHeading: 'Made by',
    description:
      "Recommendations of the reviews and audits completed in the year, by the partnership's response on the year's last day: " +
      'accepted, accepted in part, not accepted (the reasons are on each recommendation) or still awaited.',
    kind: 'recommendation',
    // A recommendation counts in the year its review (or audit) was completed, under the response it
    // had on the as-of date: one given later is still awaited then, so a past year's table does not change.
    records: `
      SELECT rc.partnership_id, rc.id, rc.ref, COALESCE(r.type, 'audit') AS row_key,
        CASE WHEN rc.response IS NOT NULL AND rc.responded_on <= $4::date THEN rc.response ELSE 'awaited' END AS column_key
      FROM recommendations rc
      LEFT JOIN reviews r ON r.partnership_id = rc.partnership_id AND r.id = rc.review_id
      LEFT JOIN audits au ON au.partnership_id = rc.partnership_id AND au.id = rc.audit_id
      WHERE rc.partnership_id = ANY($1::uuid[]) AND COALESCE(r.completed_on, au.completed_on) BETWEEN $2::date AND $3::date`,
    rows: [...categories(REVIEW_TYPE_LABELS), { key: 'audit', label: 'Audits' }],
    columns: [
      ...headed(RECOMMENDATION_RESPONSE_WORDS),
      { key: 'awaited', label: 'Awaited' },
    ],
    onlyRowsWithRecords: true,
    // The partnership's answers to its own reviews: its work.
    disclosure: 'work',
  },
  {
    key: AnnualReportTableKey.REFERRALS_BY_ROUTE_AND_DECISION,
    title: 'Cases referred for consideration in the year, and what was decided',
    rowHeading: 'Referred by',
    description:
      'Referrals received in the year (by the day referred), by how they came and the decision on the year\'s last day: notify the Panel, ' +
      'a rapid review, another review, no review (a decision, with reasons, not an overdue notification), or awaiting a decision.',
    kind: 'referral',
    // A decision made after the as-of date is still awaited then, so a past year's table does not change.
    records: `
      SELECT rf.partnership_id, rf.id, rf.ref, rf.route AS row_key,
        CASE WHEN rf.decision IS NOT NULL AND rf.decided_on <= $4::date THEN rf.decision ELSE 'awaiting' END AS column_key
      FROM referrals rf
      WHERE rf.partnership_id = ANY($1::uuid[]) AND rf.referred_on BETWEEN $2::date AND $3::date`,
    rows: [
      { key: 'agency-safeguarding-lead', label: "An agency's safeguarding lead" },
      { key: 'panel', label: 'The national Panel' },
      { key: 'other', label: 'Another route' },
    ],
    columns: [
      ...headed(REFERRAL_DECISION_WORDS),
      { key: 'awaiting', label: 'Awaiting a decision' },
    ],
    onlyRowsWithRecords: true,
    // The partnership's decisions on the cases referred to it, not people by characteristic: its work.
    disclosure: 'work',
  },
  {
    key: AnnualReportTableKey.REVIEW_TIMESCALE_CHANGES_BY_REASON,
    title: 'Reviews paused or given more time in the year, and why',
    rowHeading: 'Reason',
    description:
      'Reviews with a pause (the six-month clock stops) or an agreed extension (a later due date; the original stays on record) ' +
      'that started in the year, by reason. A review paused twice for the same reason counts once.',
    kind: 'review',
    records: `
      SELECT DISTINCT c.partnership_id, r.id, r.ref, c.reason AS row_key, c.kind AS column_key
      FROM review_timescale_changes c
      JOIN reviews r ON r.partnership_id = c.partnership_id AND r.id = c.review_id
      WHERE c.partnership_id = ANY($1::uuid[]) AND c.starts_on BETWEEN $2::date AND LEAST($3::date, $4::date)`,
    rows: headed(TIMESCALE_REASON_WORDS),
    columns: [
      { key: 'pause', label: 'Paused' },
      { key: 'extension', label: 'Extended' },
    ],
    onlyRowsWithRecords: true,
    // The partnership's management of its own reviews: its work.
    disclosure: 'work',
  },
];

/** The domain's words for each value ("no review") as a table's headings ("No review"), in the same order. */
function headed(words: Record<string, string>): { key: string; label: string }[] {
  return Object.entries(words).map(([key, word]) => ({ key, label: word.charAt(0).toUpperCase() + word.slice(1) }));
}

export function tableSource(key: AnnualReportTableKey): TableSource {
  const found = TABLE_SOURCES.find((t) => t.key === key);
  if (!found) throw new Error(`No annual report table ${key}`);
  return found;
}
