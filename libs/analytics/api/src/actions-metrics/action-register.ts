import { ActionStatus, Brag } from '@sli/actions-api';
import { countWhenAsked, InputError, type FieldProblem, type Page } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { decodeOffset, encodeOffset } from '../common/offset-cursor';
import { SqlParams } from '../common/sql-params';
import { ActionPlanGroupBy, ActionRegisterSort } from './action-metrics.enums';
import { actionsFrom, bragSql, daysOverdueSql, DIMENSIONS, filterSql, inList, IS_COMPLETE } from './action-metrics.sql';
import type { ActionMetricsItem } from './models/action-metrics.models';

type Row = Record<string, unknown>;

/** Which actions the register lists, in what order, and which slice of them. */
export interface ActionRegisterQuery {
  filter?: MetricFilter;
  asOf: string;
  /** Status as of asOf, any of these. */
  statuses?: readonly ActionStatus[];
  /** BRAG as of asOf, any of these. */
  brags?: readonly Brag[];
  reviewId?: string;
  group?: { by: ActionPlanGroupBy; key: string | null };
  sort: ActionRegisterSort;
  descending: boolean;
  offset: number;
  first: number;
}

const ordinal = (expr: string, order: readonly string[]) =>
  `CASE ${expr} ${order.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${order.length} END`;

/** Statuses in their life order; BRAG by urgency (red first, cancelled's "none" last). */
const STATUS_ORDER = [ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED, ActionStatus.IMPACT_EVIDENCED, ActionStatus.CANCELLED];
const BRAG_ORDER = [Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE];

/** The SQL each sort reads; ties then fall to due date, ref and id, always ascending, so pages never overlap. */
function sortSql(sort: ActionRegisterSort, asOf: string): string {
  switch (sort) {
    case ActionRegisterSort.DUE_ON:
      return 'a.due_on';
    case ActionRegisterSort.REF:
      return 'a.ref COLLATE "C"';
    case ActionRegisterSort.OWNER_AGENCY:
      return 'ag.name COLLATE "C"';
    case ActionRegisterSort.STATUS:
      return ordinal('a.status', STATUS_ORDER);
    case ActionRegisterSort.BRAG:
      return ordinal(`(${bragSql(asOf)})`, BRAG_ORDER);
    case ActionRegisterSort.DAYS_OVERDUE:
      return daysOverdueSql(asOf);
  }
}

/** Problems with a register query, each naming its argument. */
export function registerProblems(q: Pick<ActionRegisterQuery, 'filter' | 'offset'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (q.filter?.from && q.filter.to && q.filter.to < q.filter.from) problems.push({ field: 'filter.to', message: 'must be on or after filter.from' });
  if (!Number.isInteger(q.offset) || q.offset < 0) problems.push({ field: 'offset', message: 'must be a whole number, 0 or more' });
  return problems;
}

/**
 * Every action the filters select, with BRAG and days overdue as of asOf: the status, BRAG and
 * filter predicates are the action metrics' own (action-metrics.sql.ts), so the register behind a
 * chart segment lists exactly the actions the segment counts. Sorted on the server; paged by offset
 * (the cursor is the offset of the next page, so the export's cursor loop works too).
 */
export async function actionRegister(m: EntityManager, q: ActionRegisterQuery): Promise<Page<ActionMetricsItem> & { offset: number }> {
  const problems = registerProblems(q);
  if (problems.length > 0) throw new InputError(problems);
  const build = (p: SqlParams) => {
    const at = p.add(q.asOf);
    const from = `${actionsFrom(at)} ${q.group ? DIMENSIONS[q.group.by].joins : ''}`;
    const conditions = filterSql(q.filter, p);
    if (q.statuses?.length) conditions.push(`a.status ${inList(p, q.statuses, 'text')}`);
    if (q.brags?.length) conditions.push(`(${bragSql(at)}) ${inList(p, q.brags, 'text')}`);
    if (q.reviewId) conditions.push(`a.review_id = ${p.add(q.reviewId)}::uuid`);
    if (q.group) conditions.push(`${DIMENSIONS[q.group.by].key} IS NOT DISTINCT FROM ${p.add(q.group.key)}::text`);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    return { from, where, at };
  };
  const c = new SqlParams();
  const counting = build(c);
  // DISTINCT: a theme group joins one row per theme of the action.
  const totalCount = countWhenAsked(async () => {
    const [counted] = (await m.query(`SELECT count(DISTINCT a.id) AS n FROM ${counting.from} ${counting.where}`, c.values)) as Row[];
    return Number(counted?.['n'] ?? 0);
  });

  const p = new SqlParams();
  const { from, where, at } = build(p);
  const dir = q.descending ? 'DESC' : 'ASC';
  const rows = (await m.query(
    `SELECT DISTINCT a.id, a.partnership_id AS "partnershipId", a.ref, a.title, a.review_id AS "reviewId", a.audit_id AS "auditId",
       a.recommendation_id AS "recommendationId", a.owner_agency_id AS "ownerAgencyId", a.due_on AS "dueOn", a.status,
       a.completed_on AS "completedOn", a.cancelled_on AS "cancelledOn", a.impact_evidence AS "impactEvidence", a.monitoring_committee AS "monitoringCommittee",
       a.signed_off_on AS "signedOffOn", a.signed_off_by AS "signedOffBy", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
       ${bragSql(at)} AS brag, ${daysOverdueSql(at)} AS "daysOverdue",
       CASE WHEN ${IS_COMPLETE} THEN a.completed_on <= a.due_on END AS "completedOnTime",
       ${sortSql(q.sort, at)} AS sort_key, a.ref COLLATE "C" AS ref_key
     FROM ${from} ${where}
     ORDER BY sort_key ${dir}, "dueOn", ref_key, a.id
     OFFSET ${p.add(q.offset)} LIMIT ${p.add(q.first + 1)}`,
    p.values,
  )) as Row[];
  const hasNextPage = rows.length > q.first;
  const nodes = rows.slice(0, q.first).map(toItem);
  return {
    nodes,
    offset: q.offset,
    totalCount,
    pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeOffset(q.offset + nodes.length) : undefined },
  };
}

function toItem(r: Row): ActionMetricsItem {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the sort keys are the query's, not the item's
  const { brag, daysOverdue, completedOnTime, sort_key, ref_key, ...action } = r;
  return {
    action: action as unknown as ActionMetricsItem['action'],
    brag: (brag as Brag | null) ?? null,
    daysOverdue: Number(daysOverdue ?? 0),
    completedOnTime: (completedOnTime as boolean | null) ?? null,
  };
}

/** The offset an `after` cursor of the register stands for. */
export const decodeRegisterOffset = (cursor: string): number => decodeOffset(cursor, 'the action register');
