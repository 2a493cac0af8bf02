import { AGE_BAND_LABELS, HARM_LABELS, REVIEW_TYPE_LABELS } from '@sli/analytics-api';
import type { ExportColumn, ExportValue } from '@sli/exports-domain';
import { AgeBand, Harm, ReviewType } from '@sli/reviews-api';
import { REFERRAL_CRITERIA_WORDS, REFERRAL_DECISION_WORDS, REFERRAL_ROUTE_WORDS } from '@sli/reviews-domain';
import type { FilterWords } from './describe-filters';
import { TRAINING_REGISTER_LIST } from './training-register-export';

/** A column the API can write, with how to read its value from a node of the list. */
export interface ListColumn<Node> extends ExportColumn {
  value: (node: Node) => ExportValue;
}

/**
 * A paged list of the dashboard that may be downloaded whole. The document is the list's GraphQL
 * query, run as the caller (same permission table, partnership scope and row-level security as the
 * screen); `$first` and `$after` are the API's to set, the other variables are the caller's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the allow-list holds lists of different node types
export interface ExportList<Node = any> {
  name: string;
  /** What the rows are, in words: the file's title and data sheet name. */
  title: string;
  document: string;
  /** The query's root field (a connection with totalCount, pageInfo, nodes). */
  field: string;
  /** The variables the caller may set; any other is refused, naming it. */
  variables: readonly string[];
  /** Whether the file depends on a day (its name then says "as of"). */
  asOfVariable?: string;
  columns: readonly ListColumn<Node>[];
  words?: FilterWords;
}

const STATUS_WORDS: Record<string, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  IMPACT_EVIDENCED: 'Impact evidenced',
  CANCELLED: 'Cancelled',
};
const BRAG_WORDS: Record<string, string> = { BLUE: 'Blue', RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

/** Words for an enum value the API has no label table for: `IN_PROGRESS` → `In progress`, `startedOn` → `Started on`. */
export function humanise(value: string): string {
  const s = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `lcspr` (a metric filter) or `LCSPR` (GraphQL's name) in words, as the annual report prints it. */
/** The printed name of a GraphQL enum value (`SERIOUS_HARM`), through the enum's own labels. */
function enumWords(values: Record<string, string>, labels: Record<string, string>, value: string): string {
  return labels[values[value] ?? value] ?? humanise(value);
}

export function reviewTypeWords(value: string): string {
  return enumWords(ReviewType, REVIEW_TYPE_LABELS, value);
}

const ITEM = `brag daysOverdue completedOnTime
  action { id ref title dueOn completedOn status monitoringCommittee impactEvidence ownerAgency { name } review { ref } audit { ref } recommendation { ref } }`;

interface ActionItemNode {
  brag: string | null;
  daysOverdue: number | null;
  completedOnTime: boolean | null;
  action: {
    ref: string;
    title: string;
    dueOn: string;
    completedOn: string | null;
    status: string;
    monitoringCommittee: string | null;
    impactEvidence: string | null;
    ownerAgency: { name: string };
    review: { ref: string } | null;
    audit: { ref: string } | null;
    recommendation: { ref: string } | null;
  };
}

/**
 * The columns of an action list, by the keys the dashboard's action table uses. Their headers are
 * ones the action-plan spreadsheet import recognises (libs/exchange/domain/src/spreadsheets), so a
 * downloaded list imports back to the same state; BRAG and days overdue are computed and ignored.
 */
const ACTION_COLUMNS: ListColumn<ActionItemNode>[] = [
  { key: 'ref', header: 'Ref', type: 'text', width: 14, value: (n) => n.action.ref },
  { key: 'title', header: 'Action', type: 'text', width: 60, value: (n) => n.action.title },
  { key: 'owner', header: 'Owner agency', type: 'text', width: 30, value: (n) => n.action.ownerAgency.name },
  { key: 'source', header: 'Source', type: 'text', width: 14, value: (n) => n.action.review?.ref ?? n.action.audit?.ref ?? null },
  { key: 'committee', header: 'Committee', type: 'text', width: 28, value: (n) => n.action.monitoringCommittee },
  { key: 'due', header: 'Due', type: 'date', value: (n) => n.action.dueOn },
  { key: 'status', header: 'Status', type: 'text', width: 18, value: (n) => STATUS_WORDS[n.action.status] ?? humanise(n.action.status) },
  { key: 'brag', header: 'BRAG', type: 'text', width: 10, value: (n) => (n.brag ? (BRAG_WORDS[n.brag] ?? n.brag) : 'Not rated') },
  { key: 'completed', header: 'Completed on', type: 'date', value: (n) => n.action.completedOn },
  { key: 'days', header: 'Days overdue', type: 'number', value: (n) => n.daysOverdue },
  { key: 'recommendation', header: 'Recommendation', type: 'text', width: 16, value: (n) => n.action.recommendation?.ref ?? null },
  { key: 'impact', header: 'Evidence of impact', type: 'text', width: 60, value: (n) => n.action.impactEvidence },
];

interface ReviewNode {
  ref: string;
  title: string;
  type: string;
  status: string;
  initiatedOn: string | null;
  completedOn: string | null;
  publishedOn: string | null;
  completionDueOn: string | null;
  completionTimeliness: string | null;
  rapidReviewDueOn: string | null;
  rapidReviewTimeliness: string | null;
  notification: { ref: string } | null;
  sourceReview: { ref: string } | null;
  termsAgreedOn: string | null;
  infoRequestedOn: string | null;
  meetingOn: string | null;
  sentToPanelOn: string | null;
  rapidReviewOutcome: string | null;
  nationalReviewRecommended: boolean | null;
  unpublishedReason: string | null;
  independentReviewer: boolean;
  familyParticipation: string;
  practitionersInvolved: number | null;
  agencies: { name: string }[];
  themes: { name: string }[];
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No');
/** Names in one cell, as the spreadsheet import reads a list back: separated by semicolons. */
const names = (items: readonly { name: string }[]) => (items.length === 0 ? null : items.map((i) => i.name).join('; '));

const REVIEW_COLUMNS: ListColumn<ReviewNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 14, value: (n) => n.ref },
  { key: 'title', header: 'Title', type: 'text', width: 40, value: (n) => n.title },
  { key: 'type', header: 'Type', type: 'text', width: 30, value: (n) => reviewTypeWords(n.type) },
  { key: 'status', header: 'Status', type: 'text', width: 18, value: (n) => humanise(n.status) },
  { key: 'initiatedOn', header: 'Initiated', type: 'date', value: (n) => n.initiatedOn },
  { key: 'completedOn', header: 'Completed', type: 'date', value: (n) => n.completedOn },
  { key: 'publishedOn', header: 'Published', type: 'date', value: (n) => n.publishedOn },
  { key: 'dueOn', header: 'Completion due', type: 'date', value: (n) => n.rapidReviewDueOn ?? n.completionDueOn },
  {
    key: 'timeliness',
    header: 'Timeliness at the as-of date',
    type: 'text',
    width: 22,
    value: (n) => {
      const t = n.rapidReviewTimeliness ?? n.completionTimeliness;
      return t ? humanise(t) : null;
    },
  },
  // The rest of the record, under headers the reviews-register import reads, so the download imports back to the same state.
  { key: 'notification', header: 'Notification', type: 'text', width: 14, value: (n) => n.notification?.ref ?? null },
  { key: 'sourceReview', header: 'Arising from', type: 'text', width: 14, value: (n) => n.sourceReview?.ref ?? null },
  { key: 'termsAgreedOn', header: 'Terms agreed', type: 'date', value: (n) => n.termsAgreedOn },
  { key: 'infoRequestedOn', header: 'Information requested', type: 'date', value: (n) => n.infoRequestedOn },
  { key: 'meetingOn', header: 'Meeting', type: 'date', value: (n) => n.meetingOn },
  { key: 'sentToPanelOn', header: 'Sent to the Panel', type: 'date', value: (n) => n.sentToPanelOn },
  { key: 'rapidReviewOutcome', header: 'Rapid review outcome', type: 'text', width: 22, value: (n) => (n.rapidReviewOutcome === 'LCSPR' ? 'LCSPR' : n.rapidReviewOutcome ? humanise(n.rapidReviewOutcome) : null) },
  { key: 'nationalReviewRecommended', header: 'National review recommended', type: 'text', width: 12, value: (n) => yesNo(n.nationalReviewRecommended) },
  { key: 'unpublishedReason', header: 'Reason not published', type: 'text', width: 30, value: (n) => n.unpublishedReason },
  { key: 'independentReviewer', header: 'Independent reviewer', type: 'text', width: 12, value: (n) => yesNo(n.independentReviewer) },
  { key: 'familyParticipation', header: 'Family participation', type: 'text', width: 18, value: (n) => humanise(n.familyParticipation) },
  { key: 'practitionersInvolved', header: 'Practitioners involved', type: 'number', value: (n) => n.practitionersInvolved },
  { key: 'agencies', header: 'Agencies involved', type: 'text', width: 40, value: (n) => names(n.agencies) },
  { key: 'themes', header: 'Themes', type: 'text', width: 40, value: (n) => names(n.themes) },
];

interface NotificationNode {
  ref: string;
  dateAware: string;
  dateNotified: string | null;
  harm: string;
  ageBand: string;
  decision: string;
  summary: string | null;
  themes: { name: string }[];
}

const DECISION_WORDS: Record<string, string> = { PENDING: 'Pending', RAPID_REVIEW: 'Rapid review', NO_RAPID_REVIEW: 'No rapid review' };

/** The columns of the notifications list on the reviews page, as shown there. */
const NOTIFICATION_COLUMNS: ListColumn<NotificationNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 14, value: (n) => n.ref },
  { key: 'dateAware', header: 'Date aware', type: 'date', value: (n) => n.dateAware },
  { key: 'dateNotified', header: 'Date notified', type: 'date', value: (n) => n.dateNotified },
  { key: 'harm', header: 'Harm', type: 'text', width: 14, value: (n) => enumWords(Harm, HARM_LABELS, n.harm) },
  { key: 'ageBand', header: 'Age band', type: 'text', width: 12, value: (n) => enumWords(AgeBand, AGE_BAND_LABELS, n.ageBand) },
  { key: 'decision', header: 'Decision', type: 'text', width: 18, value: (n) => DECISION_WORDS[n.decision] ?? humanise(n.decision) },
  // Under headers the notifications-register import reads, so the download imports back to the same state.
  { key: 'summary', header: 'Summary', type: 'text', width: 50, value: (n) => n.summary },
  { key: 'themes', header: 'Themes', type: 'text', width: 40, value: (n) => names(n.themes) },
];

interface ReferralNode {
  ref: string;
  referredOn: string;
  route: string;
  criteria: string;
  decision: string | null;
  decidedOn: string | null;
  referringAgency: { name: string } | null;
}

/** The domain's words for a GraphQL enum value (`NO_REVIEW` → "No review"), starting with a capital as a cell does. */
function domainWords(words: Record<string, string>, value: string): string {
  const text = words[value.toLowerCase().replace(/_/g, '-')] ?? humanise(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The columns of the referrals list on screen: the agency that referred, else the route. */
const REFERRAL_COLUMNS: ListColumn<ReferralNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 20, value: (n) => n.ref },
  { key: 'referredOn', header: 'Date referred', type: 'date', value: (n) => n.referredOn },
  { key: 'route', header: 'Referred by', type: 'text', width: 36, value: (n) => n.referringAgency?.name ?? domainWords(REFERRAL_ROUTE_WORDS, n.route) },
  { key: 'criteria', header: 'Criteria', type: 'text', width: 50, value: (n) => domainWords(REFERRAL_CRITERIA_WORDS, n.criteria) },
  { key: 'decision', header: 'Decision', type: 'text', width: 18, value: (n) => (n.decision ? domainWords(REFERRAL_DECISION_WORDS, n.decision) : 'Not decided yet') },
  { key: 'decidedOn', header: 'Decided', type: 'date', value: (n) => n.decidedOn },
];

interface ChronologyNode {
  occurredOn: string;
  event: string;
  source: string | null;
  agency: { name: string };
  informationRequest: { ref: string; agency: { name: string } };
}

/** The merged chronology on a review's page: every agency's submitted rows, by date of event. */
const CHRONOLOGY_COLUMNS: ListColumn<ChronologyNode>[] = [
  { key: 'occurredOn', header: 'Date', type: 'date', value: (n) => n.occurredOn },
  { key: 'agency', header: 'Agency', type: 'text', width: 30, value: (n) => n.agency.name },
  { key: 'event', header: 'Event', type: 'text', width: 80, value: (n) => n.event },
  { key: 'source', header: 'Source', type: 'text', width: 30, value: (n) => n.source },
  { key: 'givenBy', header: 'Given by', type: 'text', width: 30, value: (n) => n.informationRequest.agency.name },
  { key: 'request', header: 'Request', type: 'text', width: 24, value: (n) => n.informationRequest.ref },
];

interface ThemeRecordNode {
  kind: string;
  ref: string;
  title: string;
  type: string;
  date: string;
  themeCodes: string[];
  review: { status: string } | null;
}

const AUDIT_TYPES: Record<string, string> = {
  'multi-agency-case': 'Multi-agency case audit',
  'single-agency': 'Single-agency audit',
  'section-11': 'Section 11 audit',
  thematic: 'Thematic audit',
};

const THEME_RECORD_COLUMNS: ListColumn<ThemeRecordNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 14, value: (n) => n.ref },
  { key: 'title', header: 'Title', type: 'text', width: 40, value: (n) => n.title },
  { key: 'type', header: 'Type', type: 'text', width: 30, value: (n) => (n.kind === 'AUDIT' ? (AUDIT_TYPES[n.type] ?? `${humanise(n.type)} audit`) : reviewTypeWords(n.type)) },
  { key: 'status', header: 'Status', type: 'text', width: 18, value: (n) => (n.review ? humanise(n.review.status) : null) },
  { key: 'date', header: 'Date', type: 'date', value: (n) => n.date },
  { key: 'themes', header: 'Themes', type: 'text', width: 40, value: (n) => n.themeCodes.map(humanise).join('; ') },
];

interface CaseAuditNode {
  audit: { ref: string; title: string; type: string; startedOn: string; completedOn: string | null; partnership: { name: string } };
  overall: { total: number; grades: { grade: string; count: number }[]; goodOrBetter: { value: number | null } };
}

const GRADE_COLUMNS: [grade: string, header: string][] = [
  ['OUTSTANDING', 'Outstanding'],
  ['GOOD', 'Good'],
  ['REQUIRES_IMPROVEMENT', 'Requires improvement'],
  ['INADEQUATE', 'Inadequate'],
];

/** The columns of the case-audit list on the audits page, by its table's keys. */
const CASE_AUDIT_COLUMNS: ListColumn<CaseAuditNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 14, value: (n) => n.audit.ref },
  { key: 'title', header: 'Audit', type: 'text', width: 40, value: (n) => n.audit.title },
  { key: 'type', header: 'Type', type: 'text', width: 26, value: (n) => AUDIT_TYPES[n.audit.type] ?? `${humanise(n.audit.type)} audit` },
  { key: 'partnership', header: 'Partnership', type: 'text', width: 30, value: (n) => n.audit.partnership.name },
  { key: 'startedOn', header: 'Started', type: 'date', value: (n) => n.audit.startedOn },
  { key: 'completedOn', header: 'Completed', type: 'date', value: (n) => n.audit.completedOn },
  { key: 'gradedCases', header: 'Graded cases', type: 'number', value: (n) => n.overall.total },
  ...GRADE_COLUMNS.map<ListColumn<CaseAuditNode>>(([grade, header]) => ({
    key: grade.toLowerCase().replace(/_/g, '-'),
    header,
    type: 'number',
    value: (n) => n.overall.grades.find((g) => g.grade === grade)?.count ?? 0,
  })),
  { key: 'goodOrBetter', header: 'Share good or better', type: 'percent', value: (n) => n.overall.goodOrBetter.value },
];

interface TrainingSessionNode {
  ref: string;
  sessionDate: string;
  delivery: string;
  capacity: number;
  booked: number;
  attended: number;
  didNotAttend: number;
  course: { title: string; multiAgency: boolean };
}

/** The columns of the training-session list on the training page. */
const TRAINING_SESSION_COLUMNS: ListColumn<TrainingSessionNode>[] = [
  { key: 'ref', header: 'Reference', type: 'text', width: 14, value: (n) => n.ref },
  { key: 'course', header: 'Course', type: 'text', width: 40, value: (n) => n.course.title },
  { key: 'multiAgency', header: 'Multi-agency', type: 'text', width: 12, value: (n) => (n.course.multiAgency ? 'Yes' : 'No') },
  { key: 'sessionDate', header: 'Date', type: 'date', value: (n) => n.sessionDate },
  { key: 'delivery', header: 'Delivery', type: 'text', width: 14, value: (n) => humanise(n.delivery) },
  { key: 'capacity', header: 'Places', type: 'number', value: (n) => n.capacity },
  { key: 'booked', header: 'Booked', type: 'number', value: (n) => n.booked },
  { key: 'attended', header: 'Attended', type: 'number', value: (n) => n.attended },
  { key: 'didNotAttend', header: 'Did not attend', type: 'number', value: (n) => n.didNotAttend },
];

const actionsBehind = `query ExportActionsBehind($filter: MetricFilter, $asOf: Date!, $cell: ActionMetricsCell, $status: ActionStatus,
    $brag: Brag, $group: ActionGroupInput, $grain: PeriodGrain, $periodStart: Date, $first: Int!, $after: String) {
  actionsBehind(filter: $filter, asOf: $asOf, cell: $cell, status: $status, brag: $brag, group: $group, grain: $grain,
    periodStart: $periodStart, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ITEM} } } }`;
const BEHIND_VARIABLES = ['filter', 'asOf', 'cell', 'status', 'brag', 'group', 'grain', 'periodStart'] as const;

const ACTION_WORDS: FilterWords = { dates: 'Due dates', agency: 'Owner agency' };

/** The allow-list: only these lists may be downloaded whole, each through its own query. */
export const EXPORT_LISTS: Readonly<Record<string, ExportList>> = {
  'overdue-actions': {
    name: 'overdue-actions',
    title: 'Overdue actions',
    document: `query ExportOverdueActions($filter: MetricFilter, $asOf: Date!, $first: Int!, $after: String) {
      overdueActions(filter: $filter, asOf: $asOf, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ITEM} } } }`,
    field: 'overdueActions',
    variables: ['filter', 'asOf'],
    asOfVariable: 'asOf',
    columns: ACTION_COLUMNS.filter((c) => c.key !== 'brag' && c.key !== 'completed'),
    words: { dates: 'Due dates', noDates: 'Any, up to the as-of date', agency: 'Owner agency' },
  },
  'review-actions': {
    name: 'review-actions',
    title: "A review's actions",
    document: actionsBehind,
    field: 'actionsBehind',
    variables: BEHIND_VARIABLES,
    asOfVariable: 'asOf',
    columns: ACTION_COLUMNS,
    words: ACTION_WORDS,
  },
  'actions-behind': {
    name: 'actions-behind',
    title: 'Actions behind a figure',
    document: actionsBehind,
    field: 'actionsBehind',
    variables: BEHIND_VARIABLES,
    asOfVariable: 'asOf',
    columns: ACTION_COLUMNS,
    words: ACTION_WORDS,
  },
  'action-register': {
    name: 'action-register',
    title: 'Action register',
    document: `query ExportActionRegister($filter: MetricFilter, $asOf: Date!, $statuses: [ActionStatus!], $brags: [Brag!], $reviewId: ID,
        $group: ActionGroupInput, $sort: ActionRegisterSort, $descending: Boolean, $first: Int!, $after: String) {
      actionRegister(filter: $filter, asOf: $asOf, statuses: $statuses, brags: $brags, reviewId: $reviewId, group: $group, sort: $sort,
        descending: $descending, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ITEM} } } }`,
    field: 'actionRegister',
    variables: ['filter', 'asOf', 'statuses', 'brags', 'reviewId', 'group', 'sort', 'descending'],
    asOfVariable: 'asOf',
    columns: ACTION_COLUMNS,
    words: ACTION_WORDS,
  },
  'theme-records': {
    name: 'theme-records',
    title: 'Records behind a theme figure',
    document: `query ExportThemeRecords($filter: MetricFilter, $source: ThemeRecordSource, $themeCodes: [String!], $themeIds: [ID!],
        $grain: PeriodGrain, $periodStart: Date, $includeFindingThemes: Boolean, $first: Int!, $after: String) {
      themeRecordsBehind(filter: $filter, source: $source, themeCodes: $themeCodes, themeIds: $themeIds, grain: $grain,
        periodStart: $periodStart, includeFindingThemes: $includeFindingThemes, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { kind ref title type date themeCodes review { status } } } }`,
    field: 'themeRecordsBehind',
    variables: ['filter', 'source', 'themeCodes', 'themeIds', 'grain', 'periodStart', 'includeFindingThemes'],
    columns: THEME_RECORD_COLUMNS,
    words: { dates: 'Dated' },
  },
  reviews: {
    name: 'reviews',
    title: 'Reviews',
    document: `query ExportReviews($filter: ReviewFilter, $asOf: Date!, $first: Int!, $after: String, $sort: ReviewSortField, $direction: SortDirection) {
      reviews(filter: $filter, first: $first, after: $after, sort: $sort, direction: $direction) { totalCount pageInfo { hasNextPage endCursor }
        nodes { ref title type status initiatedOn completedOn publishedOn completionDueOn(asOf: $asOf) completionTimeliness(asOf: $asOf)
          rapidReviewDueOn rapidReviewTimeliness(asOf: $asOf) notification { ref } sourceReview { ref } termsAgreedOn infoRequestedOn meetingOn
          sentToPanelOn rapidReviewOutcome nationalReviewRecommended unpublishedReason independentReviewer familyParticipation practitionersInvolved
          agencies { name } themes { name } } } }`,
    field: 'reviews',
    variables: ['filter', 'asOf', 'sort', 'direction'],
    asOfVariable: 'asOf',
    columns: REVIEW_COLUMNS,
  },
  notifications: {
    name: 'notifications',
    title: 'Serious incident notifications',
    document: `query ExportNotifications($filter: NotificationFilter, $first: Int!, $after: String, $sort: NotificationSortField, $direction: SortDirection) {
      notifications(filter: $filter, first: $first, after: $after, sort: $sort, direction: $direction) { totalCount pageInfo { hasNextPage endCursor }
        nodes { ref dateAware dateNotified harm ageBand decision summary themes { name } } } }`,
    field: 'notifications',
    variables: ['filter', 'sort', 'direction'],
    columns: NOTIFICATION_COLUMNS,
  },
  'case-audits': {
    name: 'case-audits',
    title: 'Case audits and their grades',
    document: `query ExportCaseAudits($filter: MetricFilter, $auditTypes: [AuditType!], $sort: AuditListSort, $direction: SortDirection, $first: Int!, $after: String) {
      auditQualityAuditList(filter: $filter, auditTypes: $auditTypes, sort: $sort, direction: $direction, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { audit { ref title type startedOn completedOn partnership { name } } overall { total grades { grade count } goodOrBetter { value } } } } }`,
    field: 'auditQualityAuditList',
    variables: ['filter', 'auditTypes', 'sort', 'direction'],
    columns: CASE_AUDIT_COLUMNS,
    words: { dates: 'Started' },
  },
  'training-sessions': {
    name: 'training-sessions',
    title: 'Training sessions',
    document: `query ExportTrainingSessions($filter: TrainingSessionFilter, $sort: TrainingSessionSortField, $direction: SortDirection, $first: Int!, $after: String) {
      trainingSessions(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { ref sessionDate delivery capacity booked attended didNotAttend course { title multiAgency } } } }`,
    field: 'trainingSessions',
    variables: ['filter', 'sort', 'direction'],
    columns: TRAINING_SESSION_COLUMNS,
    words: { dates: 'Session dates', agency: 'Booked by' },
  },
  'training-register': TRAINING_REGISTER_LIST,
  referrals: {
    name: 'referrals',
    title: 'Referrals and screening decisions',
    document: `query ExportReferrals($filter: ReferralFilter, $first: Int!, $after: String) {
      referrals(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { ref referredOn route criteria decision decidedOn referringAgency { name } } } }`,
    field: 'referrals',
    variables: ['filter'],
    columns: REFERRAL_COLUMNS,
  },
  'review-chronology': {
    name: 'review-chronology',
    title: 'Merged chronology',
    document: `query ExportReviewChronology($reviewId: ID!, $first: Int!, $after: String) {
      reviewChronology(reviewId: $reviewId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { occurredOn event source agency { name } informationRequest { ref agency { name } } } } }`,
    field: 'reviewChronology',
    variables: ['reviewId'],
    columns: CHRONOLOGY_COLUMNS,
  },
};

/** The columns to write: those the caller names, in that order, or all of the list's. */
export function chooseColumns<Node>(list: ExportList<Node>, keys: readonly string[] | undefined): ListColumn<Node>[] {
  if (!keys || keys.length === 0) return [...list.columns];
  return keys.map((key) => {
    const column = list.columns.find((c) => c.key === key);
    if (!column) throw new Error(`columns: "${key}" is not a column of ${list.name} (${list.columns.map((c) => c.key).join(', ')})`);
    return column;
  });
}
