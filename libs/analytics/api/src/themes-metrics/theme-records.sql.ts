import { InputError } from '@sli/shared/api-core';
import type { MetricFilter } from '../common/metric-args';
import type { SqlParams } from '../common/sql-params';
import { ThemeRecordSource, type ThemeTaggingArgs } from './dto/theme-metrics.args';

/** Which reviews and audits the theme metrics count, and how a record counts as tagged. */
export interface ThemeScope {
  filter?: MetricFilter;
  source: ThemeRecordSource;
  includeFindingThemes: boolean;
  /** Overrides filter.from / filter.to (emerging themes span two periods). */
  range?: { from?: string; to?: string };
}

/** The themes to report: by id (matched by the theme's code) or by code; everything when both are empty. */
export interface ThemeSelection {
  themeIds?: string[];
  themeCodes?: string[];
}

/** The scope of a query's arguments. */
export function scopeOf(args: ThemeTaggingArgs): ThemeScope {
  return { filter: args.filter, source: args.source, includeFindingThemes: args.includeFindingThemes };
}

/** A range ending before it starts is an input error naming `field`. */
export function checkRange(from: string | undefined, to: string | undefined, field = 'filter.to'): void {
  if (from && to && to < from) throw new InputError([{ field, message: 'must be on or after filter.from' }]);
}

/** True when the selection names no theme. */
export const selectsAll = (s: ThemeSelection) => !s.themeIds?.length && !s.themeCodes?.length;

/** SQL condition: the theme code in `column` is one the selection names. */
export function themeCodeCondition(p: SqlParams, column: string, s: ThemeSelection): string {
  if (selectsAll(s)) return 'true';
  const byId = s.themeIds?.length ? `${column} IN (SELECT code FROM themes WHERE id = ANY(${p.add(s.themeIds)}::uuid[]))` : 'false';
  const byCode = s.themeCodes?.length ? `${column} = ANY(${p.add(s.themeCodes)}::text[])` : 'false';
  return `(${byId} OR ${byCode})`;
}

/**
 * Common table expressions shared by every theme metric over reviews and audits:
 *
 * - `scoped_records (kind, id, partnership_id, on_date)`: the reviews (dated by initiation) and
 *   audits (dated by start) in scope. Filters: partnershipIds; from/to on that date; agencyId =
 *   involved (review_agencies; audit_agencies or the audit's lead); reviewTypes keeps reviews of
 *   those types and drops audits (they have no review type); themeId keeps records tagged with a
 *   theme of that theme's code.
 * - `record_tags (kind, id, on_date, code)`: one row per record in scope and theme code it is
 *   tagged with (its own themes, plus its findings' themes when asked), so counting rows counts
 *   distinct records.
 *
 * `inline` writes them NOT MATERIALIZED, for a statement that picks a few records out of them: materialised,
 * the planner sees a CTE's rows only as a guess (34 reviews where there were 8,243) and ran "records
 * tagged with neglect" across the national data as a nested loop over two CTE scans, 3.5 million row
 * pairs (12 s); inlined, it reads the tables' own statistics and joins by hash (230 ms). Counts over every
 * record (co-occurrence's self-join of record_tags) stay faster materialised, so that stays the default.
 */
export function themeRecordsCte(p: SqlParams, scope: ThemeScope, options: { inline?: boolean } = {}): string {
  const f = scope.filter ?? {};
  const from = scope.range ? scope.range.from : f.from;
  const to = scope.range ? scope.range.to : f.to;
  // Parameters are added when first used: PostgreSQL rejects a parameter the SQL never mentions.
  const lazy = (value: unknown) => {
    let placeholder: string | undefined;
    return () => (placeholder ??= p.add(value));
  };
  const partnerships = f.partnershipIds?.length ? lazy(f.partnershipIds) : null;
  const fromP = from ? lazy(from) : null;
  const toP = to ? lazy(to) : null;
  const agency = f.agencyId ? lazy(f.agencyId) : null;
  const reviewTypes = f.reviewTypes?.length ? lazy(f.reviewTypes) : null;

  const where = (alias: string, dateColumn: string, extra: string[]) =>
    [
      partnerships ? `${alias}.partnership_id = ANY(${partnerships()}::uuid[])` : null,
      fromP ? `${alias}.${dateColumn} >= ${fromP()}::date` : null,
      toP ? `${alias}.${dateColumn} <= ${toP()}::date` : null,
      ...extra,
    ]
      .filter((c): c is string => c !== null)
      .join(' AND ') || 'true';

  const withReviews = scope.source !== ThemeRecordSource.AUDITS;
  const withAudits = scope.source !== ThemeRecordSource.REVIEWS && !reviewTypes;
  const branches: string[] = [];
  if (withReviews) {
    branches.push(`
      SELECT 'review'::text AS kind, r.id, r.partnership_id, r.initiated_on AS on_date
      FROM reviews r
      WHERE ${where('r', 'initiated_on', [
        reviewTypes ? `r.type = ANY(${reviewTypes()}::text[])` : '',
        agency ? `EXISTS (SELECT 1 FROM review_agencies ra WHERE ra.review_id = r.id AND ra.agency_id = ${agency()}::uuid)` : '',
      ].filter(Boolean))}`);
  }
  if (withAudits) {
    branches.push(`
      SELECT 'audit'::text AS kind, a.id, a.partnership_id, a.started_on AS on_date
      FROM audits a
      WHERE ${where('a', 'started_on', [
        agency
          ? `(a.lead_agency_id = ${agency()}::uuid OR EXISTS (SELECT 1 FROM audit_agencies aa WHERE aa.audit_id = a.id AND aa.agency_id = ${agency()}::uuid))`
          : '',
      ].filter(Boolean))}`);
  }
  if (branches.length === 0) {
    // Audits only, but a review type asked for: nothing qualifies.
    branches.push(`SELECT NULL::text AS kind, NULL::uuid AS id, NULL::uuid AS partnership_id, NULL::date AS on_date WHERE false`);
  }

  // Links from each kind of record to theme ids; UNION below removes duplicates.
  const links: string[] = [];
  if (withReviews) {
    links.push(`SELECT c.kind, c.id, c.on_date, l.theme_id FROM candidate_records c JOIN review_themes l ON c.kind = 'review' AND l.review_id = c.id`);
    if (scope.includeFindingThemes) {
      links.push(`SELECT c.kind, c.id, c.on_date, ft.theme_id FROM candidate_records c
        JOIN findings fi ON c.kind = 'review' AND fi.review_id = c.id JOIN finding_themes ft ON ft.finding_id = fi.id`);
    }
  }
  if (withAudits) {
    links.push(`SELECT c.kind, c.id, c.on_date, l.theme_id FROM candidate_records c JOIN audit_themes l ON c.kind = 'audit' AND l.audit_id = c.id`);
    if (scope.includeFindingThemes) {
      links.push(`SELECT c.kind, c.id, c.on_date, ft.theme_id FROM candidate_records c
        JOIN findings fi ON c.kind = 'audit' AND fi.audit_id = c.id JOIN finding_themes ft ON ft.finding_id = fi.id`);
    }
  }
  const candidateTags = links.length
    ? links.map((l) => `SELECT x.kind, x.id, x.on_date, t.code FROM (${l}) x JOIN themes t ON t.id = x.theme_id`).join('\nUNION\n')
    : `SELECT NULL::text AS kind, NULL::uuid AS id, NULL::date AS on_date, NULL::text AS code WHERE false`;

  const theme = f.themeId ? p.add(f.themeId) : null;
  const onlyTagged = theme
    ? `WHERE EXISTS (SELECT 1 FROM candidate_tags ct WHERE ct.kind = c.kind AND ct.id = c.id
         AND ct.code = (SELECT code FROM themes WHERE id = ${theme}::uuid))`
    : '';

  const as = options.inline ? 'AS NOT MATERIALIZED' : 'AS';
  return `
    candidate_records ${as} (${branches.join('\nUNION ALL\n')}),
    candidate_tags ${as} (${candidateTags}),
    scoped_records ${as} (SELECT c.* FROM candidate_records c ${onlyTagged}),
    record_tags ${as} (
      SELECT ct.* FROM candidate_tags ct
      ${theme ? 'WHERE EXISTS (SELECT 1 FROM scoped_records s WHERE s.kind = ct.kind AND s.id = ct.id)' : ''}
    )`;
}

/** SQL for the names of the themes by code, restricted to the partnerships in scope. */
export function themeNamesSql(p: SqlParams, filter: MetricFilter | undefined, codeCondition: string): string {
  const partnerships = filter?.partnershipIds?.length ? `partnership_id = ANY(${p.add(filter.partnershipIds)}::uuid[])` : 'true';
  return `
    SELECT code, min(name) AS name, min(theme_group) AS theme_group
    FROM themes
    WHERE ${partnerships} AND ${codeCondition}
    GROUP BY code`;
}
