import { ActionStatus, Brag } from '@sli/actions-api';
import { periodOf, periodsBetween, rate } from '@sli/analytics-domain';
import { InputError, isIsoDate, type Page, type PageArgs } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import { periodStartSql, SqlParams } from '../common/sql-params';
import { ActionMetricsCell, ActionPlanGroupBy } from './action-metrics.enums';
import { groupLabel } from './action-metrics.labels';
import { actionsFrom, bragSql, cellSql, daysOverdueSql, DIMENSIONS, filterSql, IS_COMPLETE } from './action-metrics.sql';
import type { ActionCompletionPeriod, ActionMetricsItem, ActionPlanSummaryRow } from './models/action-metrics.models';

type Row = Record<string, unknown>;

const STATUSES = Object.values(ActionStatus);
const BRAGS = Object.values(Brag);
const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');
const int = (v: unknown) => Number(v ?? 0);
const count = (name: string, condition: string) => `count(*) FILTER (WHERE ${condition}) AS ${name}`;

/**
 * Action plan figures as of `asOf`, overall (groupBy null: one row, zeros when nothing matches) or
 * one row per group of `groupBy`. Per row:
 * - total = all actions; byStatus counts each status, so its counts sum to total;
 * - byBrag counts each BRAG (bragSql), summing to total minus cancelled; overdue = open and due
 *   before asOf, the same actions as red;
 * - completedOnTime = complete with completedOn <= dueOn / actions whose outcome is known as of asOf:
 *   completed, or open and overdue. An open action not yet overdue has not failed: it is left out
 *   (DESIGN section 4: no action is overdue before its due date);
 * - impactEvidenced = impact evidenced / completed or impact evidenced.
 */
export async function actionSummary(
  m: EntityManager,
  filter: MetricFilter | undefined,
  asOf: string,
  groupBy: ActionPlanGroupBy | null,
): Promise<ActionPlanSummaryRow[]> {
  const p = new SqlParams();
  const at = p.add(asOf);
  const asOfParam = () => at;
  const dim = groupBy ? DIMENSIONS[groupBy] : { joins: '', key: 'NULL::text', label: 'NULL::text' };
  // COLLATE "C": one label per group whatever the server's collation (committee spellings differ in case).
  const sql = `
    SELECT ${groupBy ? 'a.group_key' : 'NULL::text'} AS key, min(a.group_label COLLATE "C") AS label, count(*) AS total,
      ${count('open', cellSql(ActionMetricsCell.OPEN, asOfParam))},
      ${count('completed', cellSql(ActionMetricsCell.COMPLETED, asOfParam))},
      ${count('overdue', cellSql(ActionMetricsCell.OVERDUE, asOfParam))},
      ${count('due', cellSql(ActionMetricsCell.DUE, asOfParam))},
      ${count('on_time', cellSql(ActionMetricsCell.COMPLETED_ON_TIME, asOfParam))},
      ${count('impact', cellSql(ActionMetricsCell.IMPACT_EVIDENCED, asOfParam))},
      ${STATUSES.map((s, i) => count(`status_${i}`, `a.status = '${s}'`)).join(',\n      ')},
      ${BRAGS.map((b, i) => count(`brag_${i}`, `a.brag = '${b}'`)).join(',\n      ')}
    FROM (
      SELECT a.id, a.status, a.due_on, a.completed_on, ${dim.key} AS group_key, ${dim.label} AS group_label, ${bragSql(at)} AS brag
      FROM ${actionsFrom(at)} ${dim.joins}
      ${where(filterSql(filter, p))}
    ) a
    ${groupBy ? 'GROUP BY a.group_key' : 'GROUP BY ()'}`;
  const rows = (await m.query(sql, p.values)) as Row[];
  const out = rows.map((r): ActionPlanSummaryRow => {
    const key = (r['key'] as string | null) ?? null;
    const statusCount = (s: ActionStatus) => int(r[`status_${STATUSES.indexOf(s)}`]);
    const bragCount = (b: Brag) => int(r[`brag_${BRAGS.indexOf(b)}`]);
    return {
      groupBy,
      key,
      label: groupBy ? groupLabel(groupBy, key, (r['label'] as string | null) ?? null) : 'All actions',
      total: int(r['total']),
      open: int(r['open']),
      completed: int(r['completed']),
      overdue: int(r['overdue']),
      byStatus: {
        notStarted: statusCount(ActionStatus.NOT_STARTED),
        inProgress: statusCount(ActionStatus.IN_PROGRESS),
        completed: statusCount(ActionStatus.COMPLETED),
        impactEvidenced: statusCount(ActionStatus.IMPACT_EVIDENCED),
        cancelled: statusCount(ActionStatus.CANCELLED),
      },
      byBrag: { blue: bragCount(Brag.BLUE), red: bragCount(Brag.RED), amber: bragCount(Brag.AMBER), green: bragCount(Brag.GREEN) },
      completedOnTime: rate(int(r['on_time']), int(r['completed']) + int(r['overdue'])),
      impactEvidenced: rate(int(r['impact']), int(r['completed'])),
    };
  });
  // "None recorded" last; the rest by label.
  return out.sort((x, y) => (x.key === null ? 1 : 0) - (y.key === null ? 1 : 0) || x.label.localeCompare(y.label));
}

/**
 * Per period of `grain` (an action falls in the period of its due date), as of `asOf`:
 * due = not cancelled = completedOnTime (completedOn <= dueOn) + completedLate (completedOn > dueOn)
 * + outstanding (open); overdue = outstanding and due before asOf; cancelled apart. onTimeRate =
 * completedOnTime / (completedOnTime + completedLate + overdue): open actions not yet due are left out. Periods from
 * filter.from (else the earliest due date) to filter.to (else the latest), empty ones as zeros.
 */
export async function actionCompletionSeries(
  m: EntityManager,
  filter: MetricFilter | undefined,
  grain: PeriodGrain,
  asOf: string,
): Promise<ActionCompletionPeriod[]> {
  const p = new SqlParams();
  const at = p.add(asOf);
  const asOfParam = () => at;
  const sql = `
    SELECT a.period_start,
      ${count('due', cellSql(ActionMetricsCell.DUE, asOfParam))},
      ${count('on_time', cellSql(ActionMetricsCell.COMPLETED_ON_TIME, asOfParam))},
      ${count('late', cellSql(ActionMetricsCell.COMPLETED_LATE, asOfParam))},
      ${count('outstanding', cellSql(ActionMetricsCell.OPEN, asOfParam))},
      ${count('overdue', cellSql(ActionMetricsCell.OVERDUE, asOfParam))},
      ${count('cancelled', `NOT ${cellSql(ActionMetricsCell.DUE, asOfParam)}`)}
    FROM (
      SELECT a.id, a.status, a.due_on, a.completed_on, ${periodStartSql(grain, 'a.due_on')} AS period_start
      FROM ${actionsFrom(at)}
      ${where(filterSql(filter, p))}
    ) a
    GROUP BY a.period_start
    ORDER BY a.period_start`;
  const rows = (await m.query(sql, p.values)) as Row[];
  const byStart = new Map(rows.map((r) => [String(r['period_start']), r]));
  const first = filter?.from ?? (rows[0]?.['period_start'] as string | undefined) ?? filter?.to;
  const last = filter?.to ?? (rows[rows.length - 1]?.['period_start'] as string | undefined) ?? first;
  if (!first || !last) return [];
  return periodsBetween(first, last, grain).map((period) => {
    const r = byStart.get(period.start) ?? {};
    const due = int(r['due']);
    const onTime = int(r['on_time']);
    return {
      period: { ...period, grain },
      due,
      completedOnTime: onTime,
      completedLate: int(r['late']),
      outstanding: int(r['outstanding']),
      overdue: int(r['overdue']),
      cancelled: int(r['cancelled']),
      onTimeRate: rate(onTime, onTime + int(r['late']) + int(r['overdue'])),
    };
  });
}

/** Which actions a list returns: the figure, and optionally a status, BRAG, summary row and period. */
export interface ActionListQuery {
  filter?: MetricFilter;
  asOf: string;
  cell: ActionMetricsCell;
  status?: ActionStatus;
  brag?: Brag;
  group?: { by: ActionPlanGroupBy; key: string | null };
  /** Inclusive due-date bounds of a series period. */
  period?: { start: string; end: string };
}

/**
 * The actions behind a figure, by due date (so the most overdue come first), with BRAG and days
 * overdue as of asOf: the same predicates as the aggregates, as WHERE instead of FILTER.
 */
export async function listActions(m: EntityManager, q: ActionListQuery, page: PageArgs): Promise<Page<ActionMetricsItem>> {
  // Built twice, once for the count and once for the page; both read the actions as of asOf.
  const build = (p: SqlParams) => {
    const at = p.add(q.asOf);
    const asOf = () => at;
    const from = `${actionsFrom(at)} ${q.group ? DIMENSIONS[q.group.by].joins : ''}`;
    const conditions = [...filterSql(q.filter, p), cellSql(q.cell, asOf)];
    if (q.status) conditions.push(`a.status = ${p.add(q.status)}`);
    if (q.brag) conditions.push(`(${bragSql(asOf())}) = ${p.add(q.brag)}`);
    if (q.group) conditions.push(`${DIMENSIONS[q.group.by].key} IS NOT DISTINCT FROM ${p.add(q.group.key)}::text`);
    if (q.period) conditions.push(`a.due_on BETWEEN ${p.add(q.period.start)}::date AND ${p.add(q.period.end)}::date`);
    return { from, conditions, asOf };
  };
  const cursor = page.after ? decodeCursor(page.after) : undefined;

  const c = new SqlParams();
  const counting = build(c);
  const [counted] = (await m.query(`SELECT count(*) AS n FROM ${counting.from} ${where(counting.conditions)}`, c.values)) as Row[];

  const p = new SqlParams();
  const { from, conditions, asOf } = build(p);
  if (cursor) {
    const [dueOn, id] = cursor;
    conditions.push(`(a.due_on, a.id) > (${p.add(dueOn)}::date, ${p.add(id)}::uuid)`);
  }
  const rows = (await m.query(
    `SELECT a.id, a.partnership_id AS "partnershipId", a.ref, a.title, a.review_id AS "reviewId", a.audit_id AS "auditId",
       a.recommendation_id AS "recommendationId", a.owner_agency_id AS "ownerAgencyId", a.due_on AS "dueOn", a.status,
       a.completed_on AS "completedOn", a.cancelled_on AS "cancelledOn", a.impact_evidence AS "impactEvidence", a.monitoring_committee AS "monitoringCommittee",
       a.signed_off_on AS "signedOffOn", a.signed_off_by AS "signedOffBy", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
       ${bragSql(asOf())} AS brag, ${daysOverdueSql(asOf())} AS "daysOverdue",
       CASE WHEN ${IS_COMPLETE} THEN a.completed_on <= a.due_on END AS "completedOnTime"
     FROM ${from} ${where(conditions)}
     ORDER BY a.due_on, a.id
     LIMIT ${p.add(page.first + 1)}`,
    p.values,
  )) as Row[];
  const hasNextPage = rows.length > page.first;
  const nodes = rows.slice(0, page.first).map(toItem);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount: int(counted?.['n']),
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last.action.dueOn, last.action.id) : undefined },
  };
}

/** A series period from any day in it. */
export function periodBounds(grain: PeriodGrain, day: string): { start: string; end: string } {
  const { start, end } = periodOf(day, grain);
  return { start, end };
}

function toItem(r: Row): ActionMetricsItem {
  const { brag, daysOverdue, completedOnTime, ...action } = r;
  return {
    action: action as unknown as ActionMetricsItem['action'],
    brag: (brag as Brag | null) ?? null,
    daysOverdue: int(daysOverdue),
    completedOnTime: (completedOnTime as boolean | null) ?? null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encodeCursor = (dueOn: string, id: string) => Buffer.from(JSON.stringify([dueOn, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && isIsoDate(parsed[0]) && typeof parsed[1] === 'string' && UUID.test(parsed[1])) {
      return parsed as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}
