import { ThemeGroup } from '@sli/themes-api';
import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { SqlParams } from '../common/sql-params';
import type { ThemeMetricsTheme } from './models/theme-metrics.models';
import { themeCodeCondition, themeNamesSql, themeRecordsCte, type ThemeScope, type ThemeSelection } from './theme-records.sql';

/** Records in one bucket (a period), overall when `code` is null, else tagged with that theme. */
export interface BucketCount {
  bucket: string;
  code: string | null;
  count: number;
  reviews: number;
  audits: number;
}

/**
 * Counts reviews and audits per bucket, once overall (the denominators) and once per theme code
 * (the tagged records). `bucketSql` maps the record's date `on_date` to its bucket, e.g. the
 * period start. Formula: count = distinct records in the bucket [tagged with the theme].
 */
export async function countByBucket(
  manager: EntityManager,
  scope: ThemeScope,
  selection: ThemeSelection,
  bucketSql: (dateColumn: string, p: SqlParams) => string,
): Promise<BucketCount[]> {
  const p = new SqlParams();
  const cte = themeRecordsCte(p, scope);
  const codes = themeCodeCondition(p, 'rt.code', selection);
  const rows: { bucket: string; code: string | null; count: number; reviews: number; audits: number }[] = await manager.query(
    `WITH ${cte}
     SELECT ${bucketSql('s.on_date', p)} AS bucket, NULL::text AS code, count(*)::int AS count,
            (count(*) FILTER (WHERE s.kind = 'review'))::int AS reviews, (count(*) FILTER (WHERE s.kind = 'audit'))::int AS audits
     FROM scoped_records s GROUP BY 1
     UNION ALL
     SELECT ${bucketSql('rt.on_date', p)}, rt.code, count(*)::int,
            (count(*) FILTER (WHERE rt.kind = 'review'))::int, (count(*) FILTER (WHERE rt.kind = 'audit'))::int
     FROM record_tags rt WHERE ${codes} GROUP BY 1, 2`,
    p.values,
  );
  return rows;
}

/** Theme names and groups by code, for the partnerships in scope. */
export async function themesByCode(
  manager: EntityManager,
  filter: MetricFilter | undefined,
  selection: ThemeSelection | { codes: string[] },
): Promise<Map<string, ThemeMetricsTheme>> {
  const p = new SqlParams();
  const condition = 'codes' in selection ? `code = ANY(${p.add(selection.codes)}::text[])` : themeCodeCondition(p, 'code', selection);
  const rows: { code: string; name: string; theme_group: ThemeGroup }[] = await manager.query(themeNamesSql(p, filter, condition), p.values);
  return new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, themeGroup: r.theme_group }]));
}

/** A theme known only by its code (e.g. renamed away in every partnership in scope). */
export function themeOrCode(themes: ReadonlyMap<string, ThemeMetricsTheme>, code: string): ThemeMetricsTheme {
  return themes.get(code) ?? { code, name: code, themeGroup: ThemeGroup.PRACTICE };
}
