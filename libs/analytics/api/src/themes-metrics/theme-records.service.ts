import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodOf } from '@sli/analytics-domain';
import { ANALYTICS_READS, InputError, type Page } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params';
import type { ThemeRecordKind, ThemeRecordsBehindArgs } from './dto/theme-metrics.args';
import type { ThemeMetricsRecord } from './models/theme-metrics.models';
import { checkRange, scopeOf, themeRecordsCte } from './theme-records.sql';

interface RecordRow {
  kind: ThemeRecordKind;
  id: string;
  partnershipId: string;
  ref: string;
  title: string;
  type: string;
  date: string;
  themeCodes: string[];
}

const encodeCursor = (date: string, id: string) => Buffer.from(JSON.stringify([date, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === 'string')) return parsed as [string, string];
  } catch {
    // fall through to the error below
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Drill-down: the reviews and audits behind a theme figure, for the same scope. A trend cell is
 * (themes: [one], grain + periodStart); a co-occurrence pair is (themes: [two]); the share's
 * denominator is (no theme, grain + periodStart). Newest first, cursor-paginated.
 */
@Injectable()
export class ThemeRecordsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async behind(args: ThemeRecordsBehindArgs): Promise<Page<ThemeMetricsRecord>> {
    checkRange(args.filter?.from, args.filter?.to);
    if ((args.grain === undefined) !== (args.periodStart === undefined)) {
      const field = args.grain === undefined ? 'grain' : 'periodStart';
      throw new InputError([{ field, message: 'is needed with grain and periodStart together' }]);
    }
    const p = new SqlParams();
    // A page of records out of every tagged one: inlined, so the planner joins by the tables' statistics.
    const cte = themeRecordsCte(p, scopeOf(args), { inline: true });
    const conditions: string[] = [];
    if (args.grain && args.periodStart) {
      const period = periodOf(args.periodStart, args.grain);
      conditions.push(`s.on_date BETWEEN ${p.add(period.start)}::date AND ${p.add(period.end)}::date`);
    }
    // Tagged with every theme asked for, each matched by its code.
    const tagged = (code: string) =>
      `EXISTS (SELECT 1 FROM record_tags rt WHERE rt.kind = s.kind AND rt.id = s.id AND rt.code = ${code})`;
    for (const id of new Set(args.themeIds ?? [])) conditions.push(tagged(`(SELECT code FROM themes WHERE id = ${p.add(id)}::uuid)`));
    for (const code of new Set(args.themeCodes ?? [])) conditions.push(tagged(`${p.add(code)}::text`));

    const page: string[] = [];
    if (args.after) {
      const [date, id] = decodeCursor(args.after);
      page.push(`(w.on_date, w.id) < (${p.add(date)}::date, ${p.add(id)}::uuid)`);
    }
    const [result]: { total: number; nodes: RecordRow[] | null }[] = await this.dataSource.query(
      `WITH ${cte},
       wanted AS (SELECT s.* FROM scoped_records s WHERE ${conditions.join(' AND ') || 'true'}),
       page AS (
         SELECT w.kind, w.id, w.partnership_id AS "partnershipId", coalesce(r.ref, a.ref) AS ref, coalesce(r.title, a.title) AS title,
                coalesce(r.type, a.type) AS type, to_char(w.on_date, 'YYYY-MM-DD') AS date,
                ARRAY(SELECT rt.code FROM record_tags rt WHERE rt.kind = w.kind AND rt.id = w.id ORDER BY rt.code COLLATE "C") AS "themeCodes"
         FROM wanted w
         LEFT JOIN reviews r ON w.kind = 'review' AND r.id = w.id
         LEFT JOIN audits a ON w.kind = 'audit' AND a.id = w.id
         WHERE ${page.join(' AND ') || 'true'}
         ORDER BY w.on_date DESC, w.id DESC
         LIMIT ${p.add(args.first + 1)}::int
       )
       SELECT (SELECT count(*)::int FROM wanted) AS total,
              (SELECT json_agg(page ORDER BY page.date DESC, page.id DESC) FROM page) AS nodes`,
      p.values,
    );
    const rows = result?.nodes ?? [];
    const hasNextPage = rows.length > args.first;
    const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: result?.total ?? 0,
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last.date, last.id) : undefined },
    };
  }
}
