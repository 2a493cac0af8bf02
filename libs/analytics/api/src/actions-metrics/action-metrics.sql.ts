import { ActionStatus, AMBER_WINDOW_DAYS, Brag, isComplete, isOpen } from '@sli/actions-api';
import type { MetricFilter } from '../common/metric-args';
import type { SqlParams } from '../common/sql-params';
import { ActionMetricsCell, ActionPlanGroupBy } from './action-metrics.enums';

/*
 * The building blocks every action metric is made of. Each predicate reads a row aliased `a` with
 * the columns of `actions`, so the same text serves the aggregates (COUNT(*) FILTER (WHERE …)) and
 * the drill-downs (WHERE …): a figure and the list behind it cannot disagree.
 *
 * The status sets come from the TS rules in libs/actions/api/src/brag.ts (isOpen, isComplete) and
 * BRAG_SQL restates its `brag()` function; analytics-actions.int-spec.ts checks they agree.
 *
 * `a.status` is the action's status AS OF the figure's date, not today's (actionsFrom): an action
 * completed or cancelled after that date counts as open on it, so a past period's figures do not
 * change as actions move on (DESIGN section 2, "year-end truth").
 */

const quoted = (statuses: ActionStatus[]) => statuses.map((s) => `'${s}'`).join(', ');
const ALL_STATUSES = Object.values(ActionStatus);

/** Not started or in progress. */
export const IS_OPEN = `a.status IN (${quoted(ALL_STATUSES.filter(isOpen))})`;
/** Completed or impact evidenced. */
export const IS_COMPLETE = `a.status IN (${quoted(ALL_STATUSES.filter(isComplete))})`;
const IS_CANCELLED = `a.status = '${ActionStatus.CANCELLED}'`;

/**
 * BRAG as of `asOf` (a `$n` placeholder), mirroring `brag()`: none for a cancelled action; blue when
 * complete (even late); red when due before asOf; amber when due on asOf or up to 30 days after;
 * green otherwise. It reads `a.status`, which actionsFrom gives as of the same date.
 */
export function bragSql(asOf: string): string {
  return `CASE
    WHEN ${IS_CANCELLED} THEN NULL
    WHEN ${IS_COMPLETE} THEN '${Brag.BLUE}'
    WHEN a.due_on < ${asOf}::date THEN '${Brag.RED}'
    WHEN a.due_on <= ${asOf}::date + ${AMBER_WINDOW_DAYS} THEN '${Brag.AMBER}'
    ELSE '${Brag.GREEN}' END`;
}

/** Calendar days an open action is past due as of `asOf`; 0 otherwise (mirrors `daysOverdue()`). */
export function daysOverdueSql(asOf: string): string {
  return `CASE WHEN ${IS_OPEN} THEN greatest(0, ${asOf}::date - a.due_on) ELSE 0 END`;
}

/**
 * Which actions each figure counts, as of `asOf` (a function giving its `$n`, called only by the
 * figures that read it, so a statement never carries an unused, untyped parameter).
 * - overdue: open and due before asOf (exactly BRAG red).
 * - due: not cancelled. Cancelled actions leave every rate; they still count in `total` and `byStatus`.
 * - completed on time: complete with a completion date on or before the due date. An action that is
 *   due in the period but not yet complete (even one not due until after asOf) is in `due` and not
 *   in `completed on time`: it counts as not on time.
 * - impact evidenced: status impact-evidenced, out of the complete ones.
 */
export function cellSql(cell: ActionMetricsCell, asOf: () => string): string {
  switch (cell) {
    case ActionMetricsCell.ALL:
      return 'true';
    case ActionMetricsCell.OPEN:
      return IS_OPEN;
    case ActionMetricsCell.COMPLETED:
      return IS_COMPLETE;
    case ActionMetricsCell.OVERDUE:
      return `(${IS_OPEN} AND a.due_on < ${asOf()}::date)`;
    case ActionMetricsCell.DUE:
      return `NOT (${IS_CANCELLED})`;
    case ActionMetricsCell.COMPLETED_ON_TIME:
      return `(${IS_COMPLETE} AND a.completed_on <= a.due_on)`;
    case ActionMetricsCell.COMPLETED_LATE:
      return `(${IS_COMPLETE} AND a.completed_on > a.due_on)`;
    case ActionMetricsCell.IMPACT_EVIDENCED:
      return `a.status = '${ActionStatus.IMPACT_EVIDENCED}'`;
  }
}

/**
 * Every action as it stood on `asOf` (a `$n` placeholder): its columns, with `status` its status on
 * that day, by the rule of the database function action_status_on (complete only if completed_on <=
 * asOf, cancelled only if cancelled_on <= asOf, else the status its recorded updates give for that day),
 * written out here so the planner runs it inside the statement: the function, called once per action,
 * took 2.1 s over the 39,736 actions of the national data, this 0.6 s (same statuses). The updates of a
 * day are those before the next midnight in England. status-on-date.int-spec.ts checks both agree.
 * `OFFSET 0` keeps the look-up one column of a subquery: flattened, the planner copied its two sub-selects into
 * every use of `status` (each count's FILTER, BRAG), 208 subplans in the action summary, 166 ms to plan.
 */
export function actionsAsOf(asOf: string): string {
  return `(SELECT x.id, x.partnership_id, x.ref, x.title, x.review_id, x.audit_id, x.recommendation_id, x.owner_agency_id,
      x.due_on,
      CASE
        WHEN x.cancelled_on <= ${asOf}::date THEN 'cancelled'
        WHEN x.completed_on <= ${asOf}::date THEN CASE WHEN h.h = 'impact-evidenced' THEN h.h ELSE 'completed' END
        WHEN h.h IN ('not-started', 'in-progress') THEN h.h
        WHEN h.h IN ('completed', 'impact-evidenced') AND x.completed_on IS NULL THEN h.h
        WHEN h.h = 'cancelled' AND x.cancelled_on IS NULL THEN h.h
        ELSE 'in-progress'
      END AS status,
      x.completed_on, x.cancelled_on, x.impact_evidence, x.monitoring_committee, x.signed_off_on, x.signed_off_by,
      x.created_at, x.updated_at
    FROM actions x
    CROSS JOIN LATERAL (SELECT coalesce(
      (SELECT u.to_status FROM action_updates u
        WHERE u.action_id = x.id AND u.changed_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE 'Europe/London')
        ORDER BY u.changed_at DESC LIMIT 1),
      (SELECT coalesce(u.from_status, u.to_status) FROM action_updates u
        WHERE u.action_id = x.id AND u.changed_at >= ((${asOf}::date + 1)::timestamp AT TIME ZONE 'Europe/London')
        ORDER BY u.changed_at LIMIT 1),
      x.status) AS h OFFSET 0) h)`;
}

/** Every action as of `asOf`, with its owner agency and its source review or audit, for filters and dimensions. */
export function actionsFrom(asOf: string): string {
  return `${actionsAsOf(asOf)} a
  JOIN agencies ag ON ag.id = a.owner_agency_id
  LEFT JOIN reviews r ON r.id = a.review_id
  LEFT JOIN audits au ON au.id = a.audit_id`;
}

/** `IN ($1, $2, …)`, one placeholder per value; an empty list matches nothing. */
export function inList(p: SqlParams, values: readonly string[], cast: string): string {
  return values.length === 0 ? 'IN (NULL)' : `IN (${values.map((v) => `${p.add(v)}::${cast}`).join(', ')})`;
}

/**
 * Conditions for a MetricFilter on actions:
 * - partnershipIds: the action's partnership;
 * - from / to: the due date (an action falls in a period by its due date);
 * - agencyId: the owner agency;
 * - reviewTypes: the type of the source review (actions from audits are left out when given);
 * - themeId: the action's own themes (action_themes).
 */
export function filterSql(filter: MetricFilter | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.partnershipIds) where.push(`a.partnership_id ${inList(p, filter.partnershipIds, 'uuid')}`);
  if (filter.from) where.push(`a.due_on >= ${p.add(filter.from)}::date`);
  if (filter.to) where.push(`a.due_on <= ${p.add(filter.to)}::date`);
  if (filter.agencyId) where.push(`a.owner_agency_id = ${p.add(filter.agencyId)}::uuid`);
  if (filter.reviewTypes) where.push(`r.type ${inList(p, filter.reviewTypes, 'text')}`);
  if (filter.themeId) {
    where.push(`EXISTS (SELECT 1 FROM action_themes ft WHERE ft.action_id = a.id AND ft.theme_id = ${p.add(filter.themeId)}::uuid)`);
  }
  return where;
}

/** How a dimension is read: extra joins, the group key (text, null for "none recorded") and its label. */
export interface Dimension {
  joins: string;
  key: string;
  label: string;
}

export const DIMENSIONS: Record<ActionPlanGroupBy, Dimension> = {
  [ActionPlanGroupBy.PARTNERSHIP]: { joins: 'JOIN partnerships gp ON gp.id = a.partnership_id', key: 'a.partnership_id::text', label: 'gp.name' },
  [ActionPlanGroupBy.REVIEW]: {
    joins: '',
    key: 'coalesce(a.review_id, a.audit_id)::text',
    label: `coalesce(r.title || ' (' || r.ref || ')', 'Audit: ' || au.title || ' (' || au.ref || ')')`,
  },
  [ActionPlanGroupBy.REVIEW_TYPE]: { joins: '', key: `coalesce(r.type, 'audit:' || au.type)`, label: `coalesce(r.type, 'audit:' || au.type)` },
  [ActionPlanGroupBy.OWNER_AGENCY]: { joins: '', key: 'a.owner_agency_id::text', label: 'ag.name' },
  [ActionPlanGroupBy.AGENCY_SECTOR]: { joins: '', key: 'ag.sector', label: 'ag.sector' },
  // Committees are free text: "LfP Group" and "lfp group " are one committee.
  [ActionPlanGroupBy.COMMITTEE]: {
    joins: '',
    key: `nullif(lower(btrim(a.monitoring_committee)), '')`,
    label: `nullif(btrim(a.monitoring_committee), '')`,
  },
  // By code, not id: each partnership has its own copy of a theme, and codes are shared across them.
  [ActionPlanGroupBy.THEME]: {
    joins: 'LEFT JOIN action_themes gat ON gat.action_id = a.id LEFT JOIN themes gt ON gt.id = gat.theme_id',
    key: 'gt.code',
    label: 'gt.name',
  },
};
