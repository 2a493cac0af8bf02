import { Injectable } from '@nestjs/common';
import { ANALYTICS_READS } from '@sli/shared/api-core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params';
import { ThemeRecordSource, type ThemesByAgencyArgs } from './dto/theme-metrics.args';
import type { ThemeAgencyCount } from './models/theme-metrics.models';
import { themeOrCode, themesByCode } from './theme-counts';
import { checkRange, themeCodeCondition } from './theme-records.sql';

/**
 * Theme × agency: which themes each agency meets, from two sides.
 *
 * - findings = distinct findings tagged with the theme whose review or audit involved the agency
 *   (review_agencies; audit_agencies or the audit's lead). A finding falls in the range by its
 *   review's initiation or its audit's start.
 * - actions = distinct actions (not cancelled) tagged with the theme and owned by the agency. An
 *   action falls in the range by its due date.
 *
 * Filters: partnershipIds; from/to as above; agencyId (rows of that agency only); reviewTypes
 * (only findings and actions from reviews of those types); themeId (only findings/actions tagged
 * with that theme's code); source (from reviews, audits or both).
 */
@Injectable()
export class ThemeAgenciesService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async byAgency(args: ThemesByAgencyArgs): Promise<ThemeAgencyCount[]> {
    const f = args.filter ?? {};
    checkRange(f.from, f.to);
    const p = new SqlParams();
    const partnerships = f.partnershipIds?.length ? p.add(f.partnershipIds) : null;
    const from = f.from ? p.add(f.from) : null;
    const to = f.to ? p.add(f.to) : null;
    const agency = f.agencyId ? p.add(f.agencyId) : null;
    const reviewTypes = f.reviewTypes?.length ? p.add(f.reviewTypes) : null;
    const themeCode = f.themeId ? `(SELECT code FROM themes WHERE id = ${p.add(f.themeId)}::uuid)` : null;
    const and = (conditions: (string | false | null)[]) => conditions.filter((c): c is string => Boolean(c)).join(' AND ') || 'true';

    // Which source records an item may come from (source and reviewTypes), given its review_id / audit_id.
    const fromSource = (alias: string) =>
      and([
        args.source === ThemeRecordSource.REVIEWS && `${alias}.review_id IS NOT NULL`,
        args.source === ThemeRecordSource.AUDITS && `${alias}.audit_id IS NOT NULL`,
        reviewTypes && `r.type = ANY(${reviewTypes}::text[])`,
      ]);
    const taggedWith = (linkTable: string, ownerColumn: string, alias: string) =>
      themeCode &&
      `EXISTS (SELECT 1 FROM ${linkTable} lx JOIN themes tx ON tx.id = lx.theme_id WHERE lx.${ownerColumn} = ${alias}.id AND tx.code = ${themeCode})`;
    const codes = themeCodeCondition(p, 't.code', args);

    const rows: { code: string; agency_id: string; findings: number; actions: number }[] = await this.dataSource.query(
      `WITH finding_scope AS (
         SELECT fi.id, fi.review_id, fi.audit_id
         FROM findings fi LEFT JOIN reviews r ON r.id = fi.review_id LEFT JOIN audits au ON au.id = fi.audit_id
         WHERE ${and([
           partnerships && `fi.partnership_id = ANY(${partnerships}::uuid[])`,
           from && `coalesce(r.initiated_on, au.started_on) >= ${from}::date`,
           to && `coalesce(r.initiated_on, au.started_on) <= ${to}::date`,
           fromSource('fi'),
           taggedWith('finding_themes', 'finding_id', 'fi'),
         ])}
       ),
       finding_agencies AS (
         SELECT fs.id, ra.agency_id FROM finding_scope fs JOIN review_agencies ra ON ra.review_id = fs.review_id
         UNION
         SELECT fs.id, aa.agency_id FROM finding_scope fs JOIN audit_agencies aa ON aa.audit_id = fs.audit_id
         UNION
         SELECT fs.id, au.lead_agency_id FROM finding_scope fs JOIN audits au ON au.id = fs.audit_id WHERE au.lead_agency_id IS NOT NULL
       ),
       finding_counts AS (
         SELECT t.code, fa.agency_id, count(DISTINCT fa.id)::int AS n
         FROM finding_agencies fa JOIN finding_themes ft ON ft.finding_id = fa.id JOIN themes t ON t.id = ft.theme_id
         WHERE ${and([agency && `fa.agency_id = ${agency}::uuid`, codes])}
         GROUP BY 1, 2
       ),
       action_counts AS (
         SELECT t.code, ac.owner_agency_id AS agency_id, count(DISTINCT ac.id)::int AS n
         FROM actions ac JOIN action_themes atl ON atl.action_id = ac.id JOIN themes t ON t.id = atl.theme_id
         LEFT JOIN reviews r ON r.id = ac.review_id
         WHERE ${and([
           `ac.status <> 'cancelled'`,
           partnerships && `ac.partnership_id = ANY(${partnerships}::uuid[])`,
           from && `ac.due_on >= ${from}::date`,
           to && `ac.due_on <= ${to}::date`,
           agency && `ac.owner_agency_id = ${agency}::uuid`,
           fromSource('ac'),
           taggedWith('action_themes', 'action_id', 'ac'),
           codes,
         ])}
         GROUP BY 1, 2
       )
       SELECT coalesce(fc.code, acn.code) AS code, coalesce(fc.agency_id, acn.agency_id) AS agency_id,
              coalesce(fc.n, 0) AS findings, coalesce(acn.n, 0) AS actions
       FROM finding_counts fc FULL JOIN action_counts acn ON acn.code = fc.code AND acn.agency_id = fc.agency_id
       ORDER BY coalesce(fc.n, 0) + coalesce(acn.n, 0) DESC, coalesce(fc.code, acn.code) COLLATE "C", coalesce(fc.agency_id, acn.agency_id)
       LIMIT ${p.add(args.limit)}::int`,
      p.values,
    );
    const themes = await themesByCode(this.dataSource.manager, args.filter, { codes: [...new Set(rows.map((r) => r.code))] });
    return rows.map((r) => ({ theme: themeOrCode(themes, r.code), agencyId: r.agency_id, findings: r.findings, actions: r.actions }));
  }
}
