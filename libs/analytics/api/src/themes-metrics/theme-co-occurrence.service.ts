import { Injectable } from '@nestjs/common';
import { ANALYTICS_READS } from '@sli/shared/api-core';
import { InjectDataSource } from '@nestjs/typeorm';
import { coOccurrenceMatrix } from '@sli/analytics-domain';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params';
import type { ThemeCoOccurrenceArgs, ThemeSelectionArgs } from './dto/theme-metrics.args';
import type { ThemeCoOccurrenceMatrix, ThemeCoOccurrencePair } from './models/theme-metrics.models';
import { themeOrCode, themesByCode } from './theme-counts';
import { checkRange, scopeOf, selectsAll, themeCodeCondition, themeRecordsCte } from './theme-records.sql';

interface PairRow {
  code_a: string;
  code_b: string;
  count: number;
  count_a: number;
  count_b: number;
  jaccard: number;
}

/**
 * Theme co-occurrence (DESIGN.md section 4): pairs of themes found on the same review (or audit,
 * with source AUDITS or BOTH) in the filter's range. A pair is counted once per record, whatever
 * the number of links, so a pair's count never exceeds either theme's own count.
 */
@Injectable()
export class ThemeCoOccurrenceService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  /**
   * Pairs by count, largest first. With themeIds/themeCodes, pairs involving at least one of
   * those themes ("what is found with domestic abuse?").
   * count = records tagged with both; countA/countB = records tagged with each;
   * jaccard = count / (countA + countB − count).
   */
  async pairs(args: ThemeCoOccurrenceArgs): Promise<ThemeCoOccurrencePair[]> {
    checkRange(args.filter?.from, args.filter?.to);
    const p = new SqlParams();
    const cte = themeRecordsCte(p, scopeOf(args));
    const involving = selectsAll(args) ? 'true' : `(${themeCodeCondition(p, 'a.code', args)} OR ${themeCodeCondition(p, 'b.code', args)})`;
    const rows: PairRow[] = await this.dataSource.query(
      `WITH ${cte},
       own AS (SELECT code, count(*)::int AS n FROM record_tags GROUP BY code),
       pairs AS (
         SELECT a.code AS code_a, b.code AS code_b, count(*)::int AS count
         FROM record_tags a JOIN record_tags b ON b.kind = a.kind AND b.id = a.id AND a.code COLLATE "C" < b.code COLLATE "C"
         WHERE ${involving}
         GROUP BY 1, 2
         HAVING count(*) >= ${p.add(args.minCount)}::int
       )
       SELECT pairs.*, oa.n AS count_a, ob.n AS count_b, pairs.count::float8 / (oa.n + ob.n - pairs.count) AS jaccard
       FROM pairs JOIN own oa ON oa.code = pairs.code_a JOIN own ob ON ob.code = pairs.code_b
       ORDER BY pairs.count DESC, pairs.code_a COLLATE "C", pairs.code_b COLLATE "C"
       LIMIT ${p.add(args.limit)}::int`,
      p.values,
    );
    const themes = await themesByCode(this.dataSource.manager, args.filter, {
      codes: [...new Set(rows.flatMap((r) => [r.code_a, r.code_b]))],
    });
    return rows.map((r) => ({
      themeA: themeOrCode(themes, r.code_a),
      themeB: themeOrCode(themes, r.code_b),
      count: r.count,
      countA: r.count_a,
      countB: r.count_b,
      jaccard: Number(r.jaccard),
    }));
  }

  /**
   * Themes × themes. The axis is the selected themes, or else every theme on at least one record
   * in scope, most used first; cell (i, j) = records tagged with both, diagonal = records tagged
   * with the theme.
   */
  async matrix(args: ThemeSelectionArgs): Promise<ThemeCoOccurrenceMatrix> {
    checkRange(args.filter?.from, args.filter?.to);
    const p = new SqlParams();
    const cte = themeRecordsCte(p, scopeOf(args));
    const selected = themeCodeCondition(p, 'code', args);
    const [stats]: { records: number; own: { code: string; n: number }[] | null; pairs: { a: string; b: string; n: number }[] | null }[] =
      await this.dataSource.query(
        `WITH ${cte},
         own AS (SELECT code, count(*)::int AS n FROM record_tags WHERE ${selected} GROUP BY code),
         pairs AS (
           SELECT a.code AS a, b.code AS b, count(*)::int AS n
           FROM record_tags a JOIN record_tags b ON b.kind = a.kind AND b.id = a.id AND a.code COLLATE "C" < b.code COLLATE "C"
           WHERE a.code IN (SELECT code FROM own) AND b.code IN (SELECT code FROM own)
           GROUP BY 1, 2
         )
         SELECT (SELECT count(*)::int FROM scoped_records) AS records,
                (SELECT json_agg(json_build_object('code', code, 'n', n)) FROM own) AS own,
                (SELECT json_agg(json_build_object('a', a, 'b', b, 'n', n)) FROM pairs) AS pairs`,
        p.values,
      );
    const own = new Map((stats?.own ?? []).map((o) => [o.code, o.n]));
    const themes = await themesByCode(this.dataSource.manager, args.filter, selectsAll(args) ? { codes: [...own.keys()] } : args);
    const axis = [...new Set([...themes.keys(), ...own.keys()])].map((code) => themeOrCode(themes, code));
    axis.sort((a, b) => (own.get(b.code) ?? 0) - (own.get(a.code) ?? 0) || a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
    const pairs = (stats?.pairs ?? []).map((x) => ({ codeA: x.a, codeB: x.b, count: x.n }));
    return {
      themes: axis,
      counts: coOccurrenceMatrix(
        axis.map((t) => t.code),
        own,
        pairs,
      ),
      records: stats?.records ?? 0,
    };
  }
}
