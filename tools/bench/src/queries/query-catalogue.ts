import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationOf } from './query-variables';
// The keys the overview sends, from a file with no imports: the benchmark sends exactly what the page sends.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OVERVIEW_DETAIL_KEYS, OVERVIEW_TILE_KEYS, TREND_YEARS } from '../../../../libs/overview/feature/src/lib/headline-keys';

/** One query the benchmark measures. */
export interface CatalogueQuery {
  /** The operation's name, e.g. OverviewHeadlines. */
  name: string;
  source: 'dashboard' | 'analyst guide' | 'comparison';
  document: string;
  /** Variables the source gives (an analyst-guide example's `# variables:` line). */
  given?: Record<string, unknown>;
  /** Why the benchmark's user (an admin) cannot ask it, if so. */
  notForAdmin?: string;
  /** For a query of one record: the table its id is taken from (a record of the one partnership). */
  recordTable?: string;
}

/** The generated typed documents: every query the dashboard's pages send, exactly as sent. */
export const DASHBOARD_DOCUMENTS = 'libs/shared/data-access/src/gql/graphql.ts';
/** The analyst guide's examples (the integration test runs them too). */
export const ANALYST_EXAMPLES = 'docs/analyst-guide/examples';

/** Record queries: the table their id variable names a row of. */
const RECORD_TABLES: Record<string, string> = {
  ActionFormSource: 'reviews',
  ActionFormRecord: 'actions',
  ActionPlansAction: 'actions',
  ActionPlansReview: 'reviews',
  AssuranceToolPage: 'assurance_tools',
  AuditRecord: 'audits',
  AuditReturnForm: 'audit_agency_returns',
  AuditReturnsTracker: 'audits',
  GroupPage: 'groups',
  MeetingPage: 'meetings',
  ObaMeasureForm: 'measures',
  ObaMeasurePage: 'measures',
  InformationRequestToAnswer: 'information_requests',
  ReviewChronology: 'reviews',
  NotificationRecord: 'notifications',
  ReferralRecord: 'referrals',
  ReviewPageDetail: 'reviews',
  AgencyById: 'agencies',
  TrainingCourseRecord: 'training_courses',
  TrainingSessionRecord: 'training_sessions',
};

/** Variables a page sets itself rather than from the shared filters. */
const PAGE_VARIABLES: Record<string, Record<string, unknown>> = {
  OverviewHeadlines: { tileKeys: OVERVIEW_TILE_KEYS, detailKeys: OVERVIEW_DETAIL_KEYS, trendYears: TREND_YEARS },
  // The emerging-themes panel sends the year's range in the filter, not a financialYear as well.
  ThemesPageEmerging: { financialYear: null },
};

/** Queries only other roles' pages send. */
const NOT_FOR_ADMIN: Record<string, string> = { MyWork: 'agency leads and members only', MyAuditReturns: 'agency leads only' };

/**
 * The nested list the issue compares with PostGraphile (reviews with their actions and themes), 100
 * to a page, as apps/api/test/list-statements.int-spec.ts counts its statements.
 */
export const NESTED_REVIEW_LIST = `query NestedReviewList100($filter: ReviewFilter, $first: Int!) { reviews(filter: $filter, first: $first) {
  pageInfo { hasNextPage endCursor }
  nodes { id ref type status initiatedOn themes { code name } actions { ref status dueOn } } } }`;

/** Every query the benchmark measures: the dashboard's, the analyst guide's, and the nested list. */
export function queryCatalogue(root = '.'): CatalogueQuery[] {
  const queries: CatalogueQuery[] = [];
  const generated = readFileSync(join(root, DASHBOARD_DOCUMENTS), 'utf8');
  for (const m of generated.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)) {
    const document = m[2] as string;
    const op = operationOf(document);
    if (op.operation !== 'query') continue;
    const name = op.name?.value ?? (m[1] as string);
    queries.push({ name, source: 'dashboard', document, recordTable: RECORD_TABLES[name], given: PAGE_VARIABLES[name], notForAdmin: NOT_FOR_ADMIN[name] });
  }
  queries.push({ name: 'NestedReviewList100', source: 'comparison', document: NESTED_REVIEW_LIST, given: { first: 100 } });
  const dir = join(root, ANALYST_EXAMPLES);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const document = readFileSync(join(dir, file), 'utf8');
    // Named by file: the guide links its examples by file name.
    queries.push({ name: file.replace(/\.graphql$/, ''), source: 'analyst guide', document, given: givenVariables(document, file) });
  }
  const names = new Set<string>();
  for (const q of queries) {
    if (names.has(q.name)) throw new Error(`two catalogued queries are named ${q.name}`);
    names.add(q.name);
  }
  return queries;
}

/** An example's `# variables: {...}` first line. */
function givenVariables(text: string, file: string): Record<string, unknown> {
  const match = /^#\s*variables:\s*(\{.*\})\s*$/.exec(text.split('\n', 1)[0] ?? '');
  if (!match) return {};
  try {
    return JSON.parse(match[1] as string) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: the variables line is not JSON: ${(e as Error).message}`);
  }
}
