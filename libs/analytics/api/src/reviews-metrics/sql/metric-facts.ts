import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../../common/metric-args';
import { periodStartSql, SqlParams } from '../../common/sql-params';

/*
 * Each metric family of this folder is written once, as "facts": a SELECT with one row per record
 * (per record and dimension value when split by a theme or agency) carrying its id, the date that
 * places it in a period, the dimension key and label, and the columns its figures test. Figures are
 * SQL conditions on those rows. The same facts and conditions give both the aggregate (COUNT DISTINCT
 * id FILTER (condition), grouped by period and key) and the drill-down (the ids meeting the
 * condition), so a listed record is always one that was counted.
 */

export interface FactsQuery {
  filter: MetricFilter;
  /** The date timeliness is judged on; families without "as of" figures ignore it. */
  asOf: string | null;
  /**
   * Figures only: `aggregate` leaves the family's extras out, so `facts` may leave out the columns only
   * they read (the review families' working days, a function call per completed review). Catalogue
   * counts and rates set it.
   */
  figuresOnly?: boolean;
}

/** How a family joins and names one breakdown; `key` and `label` are SQL text expressions. */
export interface DimensionSql {
  join: string;
  key: string;
  label: string;
}

export const NO_DIMENSION: DimensionSql = { join: '', key: 'NULL::text', label: 'NULL::text' };

export interface FactsFamily<Figure extends string, Dimension extends string> {
  /** Must select `id`, `period_date` (date), `key` and `label`, from records passing the filter. */
  facts(p: SqlParams, q: FactsQuery, dim: DimensionSql): string;
  dimensions: Record<Dimension, DimensionSql>;
  /** Figure → condition on a facts row `f`. */
  figures: Record<Figure, string>;
  /** Further aggregate expressions over `f`, by output column name. */
  extras?: Record<string, string>;
}

export type AggregateRow<Figure extends string> = {
  period_start: string | null;
  key: string | null;
  label: string | null;
} & Record<Figure, number> &
  Record<string, number | string | null>;

/** The family's figures by period (none when grain is null) and dimension value. */
export function aggregate<Figure extends string, Dimension extends string>(
  manager: EntityManager,
  family: FactsFamily<Figure, Dimension>,
  q: FactsQuery,
  grain: PeriodGrain | null,
  dimension: Dimension | null,
): Promise<AggregateRow<Figure>[]> {
  const p = new SqlParams();
  const facts = family.facts(p, q, dimension ? family.dimensions[dimension] : NO_DIMENSION);
  const columns = [
    ...Object.entries<string>(family.figures).map(([name, cond]) => `count(DISTINCT f.id) FILTER (WHERE ${cond})::int AS "${name}"`),
    ...Object.entries<string>(q.figuresOnly ? {} : (family.extras ?? {})).map(([name, expr]) => `${expr} AS "${name}"`),
  ];
  const period = grain ? `(${periodStartSql(grain, 'f.period_date')})::text` : 'NULL::text';
  return manager.query(
    `SELECT ${period} AS period_start, f.key, f.label, ${columns.join(', ')}
       FROM (${facts}) f
      GROUP BY 1, 2, 3`,
    p.values,
  );
}

export interface Behind<Dimension extends string> {
  /** Inclusive range of the period asked about; the whole filter range when absent. */
  period: { start: string; end: string } | null;
  dimension: Dimension | null;
  /** With a dimension: its value, null for the records with none. */
  key: string | null;
}

/** The ids of the records behind one figure of one cell: the same facts and condition as `aggregate`. */
export async function idsBehind<Figure extends string, Dimension extends string>(
  manager: EntityManager,
  family: FactsFamily<Figure, Dimension>,
  q: FactsQuery,
  figure: Figure,
  behind: Behind<Dimension>,
): Promise<string[]> {
  const p = new SqlParams();
  const facts = family.facts(p, q, behind.dimension ? family.dimensions[behind.dimension] : NO_DIMENSION);
  const where = [family.figures[figure]];
  if (behind.period) where.push(`f.period_date BETWEEN ${p.add(behind.period.start)}::date AND ${p.add(behind.period.end)}::date`);
  if (behind.dimension) where.push(`f.key IS NOT DISTINCT FROM ${p.add(behind.key)}::text`);
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT f.id FROM (${facts}) f WHERE ${where.map((w) => `(${w})`).join(' AND ')}`,
    p.values,
  );
  return rows.map((r) => r.id);
}

/** Conditions on reviews `r` shared by every review-based family: partnership, type, agency and theme. */
export function reviewConditions(p: SqlParams, filter: MetricFilter, r = 'r'): string[] {
  const where: string[] = [];
  if (filter.partnershipIds) where.push(`${r}.partnership_id = ANY(${p.add(filter.partnershipIds)}::uuid[])`);
  if (filter.reviewTypes) where.push(`${r}.type = ANY(${p.add(filter.reviewTypes)}::text[])`);
  if (filter.agencyId) {
    where.push(`EXISTS (SELECT 1 FROM review_agencies fa WHERE fa.review_id = ${r}.id AND fa.agency_id = ${p.add(filter.agencyId)}::uuid)`);
  }
  if (filter.themeId) {
    where.push(`EXISTS (SELECT 1 FROM review_themes ft WHERE ft.review_id = ${r}.id AND ft.theme_id = ${p.add(filter.themeId)}::uuid)`);
  }
  return where;
}

/** `from` / `to` of the filter on a date expression. */
export function rangeConditions(p: SqlParams, filter: MetricFilter, date: string): string[] {
  const where: string[] = [];
  if (filter.from) where.push(`${date} >= ${p.add(filter.from)}::date`);
  if (filter.to) where.push(`${date} <= ${p.add(filter.to)}::date`);
  return where;
}

export const whereSql = (conditions: readonly string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** Joins shared by the review-based families (reviews aliased `r`). */
export const REVIEW_DIMENSIONS = {
  partnership: { join: 'JOIN partnerships dp ON dp.id = r.partnership_id', key: 'r.partnership_id::text', label: 'dp.name' },
  theme: {
    join: 'LEFT JOIN review_themes drt ON drt.review_id = r.id LEFT JOIN themes dt ON dt.id = drt.theme_id',
    key: 'dt.id::text',
    label: 'dt.name',
  },
  agency: {
    join: 'LEFT JOIN review_agencies dra ON dra.review_id = r.id LEFT JOIN agencies da ON da.id = dra.agency_id',
    key: 'da.id::text',
    label: 'da.name',
  },
} satisfies Record<string, DimensionSql>;
