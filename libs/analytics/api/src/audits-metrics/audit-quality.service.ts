import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gradeDistribution, qualityDirection, rate, shareChange } from '@sli/analytics-domain';
import { compareRounds, type ComparedRound } from '@sli/audits-domain';
import { AuditDomain, AuditType, type AuditCaseEntity, type OfstedGrade } from '@sli/audits-api';
import { ANALYTICS_READS, SortDirection, type Page, type PageArgs } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { decodeOffset } from '../common/offset-cursor';
import { assertRange, narrowToPeriod, seriesPeriods } from '../common/period-series';
import { AuditListSort, AuditQualityDirection, AuditRoundComparability } from './audit-metrics.enums';
import type { GradeCountRow } from './audit-metrics.scope';
import { casesBehind } from './audit-drilldown.sql';
import { auditList, domainGradesOfAudits } from './audit-list.sql';
import { domainGradesBy, overallGradesBy, roundsWithPrevious, type AuditQualityKey, type DomainGradesRow, type RoundRow } from './audit-quality.sql';
import type { AuditCasesBehindArgs, AuditListArgs, AuditQualityArgs, AuditQualityRoundsArgs } from './dto/audit-metrics.args';
import type {
  AuditDomainQuality,
  AuditGradeDistribution,
  AuditQualityAuditRow,
  AuditQualityPeriod,
  AuditQualityRound,
} from './models/audit-quality.models';

const DOMAINS = Object.values(AuditDomain);
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

/** Every domain in reading order, zeros where a key has no grades in it. */
function domainsOf(rows: DomainGradesRow[] | undefined): AuditDomainQuality[] {
  return DOMAINS.map((domain) => ({ domain, distribution: toDistribution(rows?.find((r) => r.domain === domain) ?? NO_GRADES) }));
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
    const [overall, domains] = await Promise.all([overallGradesBy(m, key, filter, types), domainGradesBy(m, key, filter, types)]);
    return { overall, domains: groupBy(domains, (d) => d.key) };
  }

  /** A time series by the period of each audit's start, with empty periods as zeros. */
  async byPeriod(args: AuditQualityArgs): Promise<AuditQualityPeriod[]> {
    const { overall, domains } = await this.byKey({ by: 'period', grain: args.grain }, args.filter, args.auditTypes);
    const rows = new Map(overall.map((r) => [r.key, r]));
    return seriesPeriods(args.filter, args.grain, [...rows.keys()]).map((period) => {
      const row = rows.get(period.start);
      return {
        period,
        audits: row?.audits ?? 0,
        gradedAudits: row?.graded_audits ?? 0,
        overall: toDistribution(row ?? NO_GRADES),
        domains: domainsOf(domains.get(period.start)),
      };
    });
  }

  /** One row per audit in scope, by start date; audits not yet graded show zeros. */
  async byAudit(args: AuditQualityArgs): Promise<AuditQualityAuditRow[]> {
    const { overall, domains } = await this.byKey({ by: 'audit' }, args.filter, args.auditTypes);
    return overall.map((row) => ({ auditId: row.key, overall: toDistribution(row), domains: domainsOf(domains.get(row.key)) }));
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
    const domains = groupBy(await domainGradesOfAudits(m, listed.nodes.map((r) => r.key)), (d) => d.key);
    return {
      ...listed,
      nodes: listed.nodes.map((row) => ({ auditId: row.key, overall: toDistribution(row), domains: domainsOf(domains.get(row.key)) })),
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
