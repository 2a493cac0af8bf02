import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gradeDistribution, qualityDirection, rate, shareChange } from '@sli/analytics-domain';
import { compareRounds, type ComparedRound } from '@sli/audits-domain';
import { AuditType, type AuditCaseEntity, type OfstedGrade } from '@sli/audits-api';
import { ANALYTICS_READS, SortDirection, type Page, type PageArgs } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { decodeOffset } from '../common/offset-cursor';
import { assertRange, narrowToPeriod, seriesPeriods } from '../common/period-series';
import { AuditListSort, AuditQualityDirection, AuditRoundComparability } from './audit-metrics.enums';
import type { GradeCountRow } from './audit-metrics.scope';
import { casesBehind } from './audit-drilldown.sql';
import { agencyDomainGrades, domainCatalogue, type DomainCatalogueRow } from './audit-domains.sql';
import { auditList, domainGradesOfAudits } from './audit-list.sql';
import { domainGradesBy, overallGradesBy, roundsWithPrevious, type AuditQualityKey, type DomainGradesRow, type RoundRow } from './audit-quality.sql';
import type { AuditAgencyGradesArgs, AuditCasesBehindArgs, AuditListArgs, AuditQualityArgs, AuditQualityRoundsArgs } from './dto/audit-metrics.args';
import type {
  AuditAgencyDomainGrades,
  AuditDomainQuality,
  AuditGradeDistribution,
  AuditQualityAuditRow,
  AuditQualityPeriod,
  AuditQualityRound,
} from './models/audit-quality.models';

const NO_GRADES: GradeCountRow = { total: 0, outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };

/** Graded-case counts (from SQL) as the GraphQL distribution: every grade, its share, good or better. */
export function toDistribution(row: GradeCountRow): AuditGradeDistribution {
  const d = gradeDistribution({
    outstanding: row.outstanding,
    good: row.good,
    'requires-improvement': row.requires_improvement,
    inadequate: row.inadequate,
  });
  return { ...d, grades: d.grades.map((g) => ({ ...g, grade: g.grade as OfstedGrade })) };
}

/**
 * The partnerships' domains in reading order: every one in use, zeros where a key has no grades in
 * it, and a retired one only where it has grades. A code graded but missing from the catalogue
 * (a domain of a partnership outside the filter) comes last, named by its code.
 */
function domainsOf(catalogue: readonly DomainCatalogueRow[], rows: DomainGradesRow[] | undefined): AuditDomainQuality[] {
  const listed = catalogue.flatMap((d) => {
    const row = rows?.find((r) => r.domain === d.code);
    if (d.retired && !row) return [];
    return [{ domain: d.code, label: d.name, retired: d.retired, distribution: toDistribution(row ?? NO_GRADES) }];
  });
  const known = new Set(catalogue.map((d) => d.code));
  const others = (rows ?? []).filter((r) => !known.has(r.domain)).map((r) => ({ domain: r.domain, label: r.domain, retired: false, distribution: toDistribution(r) }));
  return [...listed, ...others];
}

/** A round as the comparison rule sees it: its tool (from `key:code,code`), its themes, its graded cases. */
function comparedRound(toolSig: string | null, themes: string[] | null, cases: number): ComparedRound {
  const [key = '', codes = ''] = toolSig ? toolSig.split(':') : [];
  return { tool: toolSig ? { key, standardCodes: codes ? codes.split(',') : [] } : null, themes: themes ?? [], cases };
}

/** Whether a round may be compared with the one before it (audits-domain compareRounds); null for a first round. */
function comparisonOf(row: RoundRow) {
  if (row.previous_total === null) return null;
  return compareRounds(comparedRound(row.previous_tool_sig, row.previous_themes, row.previous_total), comparedRound(row.tool_sig, row.themes, row.total));
}

/** Byte order, as the SQL's COLLATE "C", so both databases and the sort agree. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

/** Audit quality (DESIGN.md section 4): case gradings distribution, % good or better, change between rounds. */
@Injectable()
export class AuditQualityService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  private async byKey(key: AuditQualityKey, filter: MetricFilter | undefined, types?: readonly AuditType[]) {
    assertRange(filter);
    const m = this.dataSource.manager;
    const [overall, domains, catalogue] = await Promise.all([
      overallGradesBy(m, key, filter, types),
      domainGradesBy(m, key, filter, types),
      domainCatalogue(m, filter?.partnershipIds),
    ]);
    return { overall, domains: groupBy(domains, (d) => d.key), catalogue };
  }

  /** A time series by the period of each audit's start, with empty periods as zeros. */
  async byPeriod(args: AuditQualityArgs): Promise<AuditQualityPeriod[]> {
    const { overall, domains, catalogue } = await this.byKey({ by: 'period', grain: args.grain }, args.filter, args.auditTypes);
    const rows = new Map(overall.map((r) => [r.key, r]));
    return seriesPeriods(args.filter, args.grain, [...rows.keys()]).map((period) => {
      const row = rows.get(period.start);
      return {
        period,
        audits: row?.audits ?? 0,
        gradedAudits: row?.graded_audits ?? 0,
        overall: toDistribution(row ?? NO_GRADES),
        domains: domainsOf(catalogue, domains.get(period.start)),
      };
    });
  }

  /** One row per audit in scope, by start date; audits not yet graded show zeros. */
  async byAudit(args: AuditQualityArgs): Promise<AuditQualityAuditRow[]> {
    const { overall, domains, catalogue } = await this.byKey({ by: 'audit' }, args.filter, args.auditTypes);
    return overall.map((row) => ({ auditId: row.key, overall: toDistribution(row), domains: domainsOf(catalogue, domains.get(row.key)) }));
  }

  /**
   * A page of the audits byAudit lists (same scope), sorted on the server: latest start first unless a
   * column is chosen (then ascending unless told otherwise), paged by an offset cursor.
   */
  async auditPage(args: AuditListArgs, page: PageArgs): Promise<Page<AuditQualityAuditRow>> {
    assertRange(args.filter);
    const m = this.dataSource.manager;
    const sort = args.sort ?? AuditListSort.startedOn;
    const direction = args.direction ?? (args.sort ? SortDirection.asc : SortDirection.desc);
    const listed = await auditList(m, {
      filter: args.filter,
      types: args.auditTypes,
      sort,
      descending: direction === SortDirection.desc,
      offset: page.after ? decodeOffset(page.after, 'the case-audit list') : 0,
      first: page.first,
    });
    const [grades, catalogue] = await Promise.all([domainGradesOfAudits(m, listed.nodes.map((r) => r.key)), domainCatalogue(m, args.filter?.partnershipIds)]);
    const domains = groupBy(grades, (d) => d.key);
    return {
      ...listed,
      nodes: listed.nodes.map((row) => ({ auditId: row.key, overall: toDistribution(row), domains: domainsOf(catalogue, domains.get(row.key)) })),
    };
  }

  /** Consecutive rounds of each partnership, each with the change in good or better since the one before. */
  async rounds(args: AuditQualityRoundsArgs): Promise<AuditQualityRound[]> {
    assertRange(args.filter);
    const types = args.auditTypes ?? [AuditType.MULTI_AGENCY_CASE];
    const rows = await roundsWithPrevious(this.dataSource.manager, args.basis, args.filter, types);
    return rows.map((row) => {
      const overall = toDistribution(row);
      const previous = row.previous_total === null ? null : rate(row.previous_good_or_better ?? 0, row.previous_total);
      const comparison = comparisonOf(row);
      // A change is called only between comparable rounds: same tool or topic, enough cases in each.
      const compared = previous && comparison?.comparability === 'comparable' ? previous : null;
      const direction = compared ? qualityDirection(compared, overall.goodOrBetter) : null;
      return {
        partnershipId: row.partnership_id,
        label: row.label,
        startedOn: row.started_on,
        auditIds: row.audit_ids,
        overall,
        previousLabel: row.previous_label,
        previousGoodOrBetter: previous,
        change: compared ? shareChange(compared, overall.goodOrBetter) : null,
        direction: direction ? (direction as AuditQualityDirection) : null,
        comparability: comparison ? (comparison.comparability as AuditRoundComparability) : null,
        comparisonNote: comparison?.note ?? null,
        themes: row.themes,
      };
    });
  }

  /**
   * Each agency's own grades by domain over the cases of the audits asked (an audit, or a round):
   * by agency name, then the domains' reading order. Agencies and domains without grades are left out.
   */
  async agencyGrades(args: AuditAgencyGradesArgs): Promise<AuditAgencyDomainGrades[]> {
    assertRange(args.filter);
    const m = this.dataSource.manager;
    const [rows, catalogue] = await Promise.all([
      agencyDomainGrades(m, { filter: args.filter, types: args.auditTypes, auditId: args.auditId, round: args.round }),
      domainCatalogue(m, args.filter?.partnershipIds),
    ]);
    const place = new Map(catalogue.map((d, i) => [d.code, i]));
    const names = new Map(catalogue.map((d) => [d.code, d.name]));
    return rows
      .map((r) => ({ agencyId: r.agency_id, agencyName: r.agency_name, domain: r.domain, label: names.get(r.domain) ?? r.domain, distribution: toDistribution(r) }))
      .sort((a, b) => byText(a.agencyName, b.agencyName) || byText(a.agencyId, b.agencyId) || (place.get(a.domain) ?? 1e9) - (place.get(b.domain) ?? 1e9));
  }

  /** The graded cases behind a figure, for the same filter, period and audit / round / grade. */
  casesBehind(args: AuditCasesBehindArgs, page: PageArgs): Promise<Page<AuditCaseEntity>> {
    assertRange(args.filter);
    return casesBehind(
      this.dataSource.manager,
      {
        filter: narrowToPeriod(args.filter, args.grain, args.periodStart),
        types: args.auditTypes,
        auditId: args.auditId,
        round: args.round,
        domain: args.domain,
        grade: args.grade,
        goodOrBetter: args.goodOrBetter,
      },
      page,
    );
  }
}
