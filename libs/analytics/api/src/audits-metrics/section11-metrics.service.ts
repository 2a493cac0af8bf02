import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RagRating, type Section11AssessmentEntity } from '@sli/audits-api';
import { ANALYTICS_READS, type Page, type PageArgs } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { assertRange } from '../common/period-series';
import { Section11ModerationChange } from './audit-metrics.enums';
import { assessmentsBehind } from './audit-drilldown.sql';
import type { Section11AssessmentsBehindArgs } from './dto/audit-metrics.args';
import type { Section11Grid, Section11RatingCounts } from './models/section11-grid.models';
import { section11AuditIds, section11Cells, section11Counts, section11Standards, type Section11CountRow } from './section11.sql';

const NONE: Section11RatingCounts = { total: 0, red: 0, amber: 0, green: 0, moderated: 0, up: 0, down: 0, changed: 0 };

function countsOf(row: Section11CountRow | undefined): Section11RatingCounts {
  if (!row) return NONE;
  const { total, red, amber, green, moderated, up, down } = row;
  return { total, red, amber, green, moderated, up, down, changed: up + down };
}

/** Section 11 audits as agency × standard grids, with counts by final rating and by moderation. */
@Injectable()
export class Section11MetricsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async grids(filter: MetricFilter | undefined, auditId?: string): Promise<Section11Grid[]> {
    assertRange(filter);
    const m = this.dataSource.manager;
    const [auditIds, cells, counts] = await Promise.all([
      section11AuditIds(m, filter, auditId),
      section11Cells(m, filter, auditId),
      section11Counts(m, filter, auditId),
    ]);
    const standards = await section11Standards(m, auditIds);
    // Each audit's rows by one pass over each list: filtering every list per audit was audits × cells
    // (100 × 8,296 for the national rounds of a year, about 20 ms of each request in a CPU profile).
    const cellsOf = groupBy(cells, (c) => c.auditId);
    const countsByAudit = groupBy(counts, (c) => c.audit_id);
    const standardsOf = groupBy(standards, (s) => s.audit_id);
    return auditIds.map((id) => {
      const mine = countsByAudit.get(id) ?? [];
      const byStandard = new Map(mine.filter((c) => c.grouping === 1).map((c) => [c.standard, c] as const).reverse()); // the first row of a standard wins, as find did
      return {
        auditId: id,
        cells: (cellsOf.get(id) ?? []).map((c) => ({
          ...c,
          selfRating: c.selfRating as RagRating,
          moderatedRating: c.moderatedRating as RagRating | null,
          finalRating: c.finalRating as RagRating,
          moderation: c.moderation as Section11ModerationChange,
        })),
        byStandard: (standardsOf.get(id) ?? []).map((s) => ({ standard: s.code, title: s.title, counts: countsOf(byStandard.get(s.code)) })),
        byAgency: mine.filter((c) => c.grouping === 2).map((c) => ({ agencyId: c.agency_id as string, counts: countsOf(c) })),
        overall: countsOf(mine.find((c) => c.grouping === 3)),
      };
    });
  }

  assessmentsBehind(args: Section11AssessmentsBehindArgs, page: PageArgs): Promise<Page<Section11AssessmentEntity>> {
    assertRange(args.filter);
    return assessmentsBehind(
      this.dataSource.manager,
      { filter: args.filter, auditId: args.auditId, standard: args.standard, finalRating: args.finalRating, moderation: args.moderation },
      page,
    );
  }
}

/** The items of a list by a key, in their order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
