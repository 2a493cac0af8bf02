import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { kirkpatrickLevels, rate, trainingImpactFigures, type TrainingImpactTotals } from '@sli/analytics-domain';
import { ANALYTICS_READS, InputError, type Page, type PageArgs } from '@sli/shared/api-core';
import type { TrainingAttendanceEntity, TrainingSessionEntity } from '@sli/training-api';
import { DataSource } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import type { PeriodModel } from '../common/metric.models';
import { assertRange, narrowToPeriod, seriesPeriods } from '../common/period-series';
import { attendancesBehind, sessionsBehind, type TrainingBehind } from './training-drilldown.sql';
import { AS_OF_MEASURES, TrainingKirkpatrickLevelName, TrainingMetricsGroupBy } from './training-metrics.enums';
import { SECTOR_LABELS } from './training-metrics.scope';
import { impactRows, reachRows, type ImpactRow, type ReachRow } from './training-metrics.sql';
import type {
  TrainingAttendancesBehindArgs,
  TrainingImpactArgs,
  TrainingKirkpatrickArgs,
  TrainingReachArgs,
  TrainingSessionsBehindArgs,
} from './dto/training-metrics.args';
import type { TrainingImpactRow, TrainingKirkpatrickLevel, TrainingMetricsGroup, TrainingReachRow } from './models/training-metrics.models';

interface Grouped {
  period_start: string;
  group_key: string | null;
  group_label: string | null;
}

/**
 * A dense time series: every period of the range × every group that has data anywhere in it,
 * so periods (and groups) without records show zeros.
 */
function fillSeries<R extends Grouped, T>(
  rows: R[],
  filter: MetricFilter | undefined,
  grain: PeriodGrain,
  by: TrainingMetricsGroupBy,
  build: (period: PeriodModel, group: TrainingMetricsGroup | null, row: R | undefined) => T,
): T[] {
  const groups = new Map<string, TrainingMetricsGroup>();
  for (const r of rows) {
    if (r.group_key !== null) {
      const label = by === TrainingMetricsGroupBy.SECTOR ? (SECTOR_LABELS[r.group_key] ?? r.group_key) : (r.group_label ?? r.group_key);
      groups.set(r.group_key, { key: r.group_key, label });
    }
  }
  const groupList: (TrainingMetricsGroup | null)[] =
    by === TrainingMetricsGroupBy.NONE ? [null] : [...groups.values()].sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  const index = new Map(rows.map((r) => [`${r.period_start}|${r.group_key ?? ''}`, r]));
  return seriesPeriods(filter, grain, rows.map((r) => r.period_start)).flatMap((period) =>
    groupList.map((group) => build(period, group, index.get(`${period.start}|${group?.key ?? ''}`))),
  );
}

const NO_REACH = { sessions: 0, places: 0, bookings: 0, attendances: 0, did_not_attend: 0, multi_agency_sessions: 0, multi_agency_attendances: 0 };

/** SQL's impact sums and counts in the domain's terms. */
export function impactTotals(row: ImpactRow | undefined): TrainingImpactTotals {
  return {
    evaluations: row?.evaluations ?? 0,
    confidenceBeforeSum: row?.confidence_before_sum ?? 0,
    confidenceAfterSum: row?.confidence_after_sum ?? 0,
    satisfactionResponses: row?.satisfaction_responses ?? 0,
    satisfactionSum: row?.satisfaction_sum ?? 0,
    followUpsSent: row?.follow_ups_sent ?? 0,
    followUpsResponded: row?.follow_ups_responded ?? 0,
    changedPractice: row?.changed_practice ?? 0,
  };
}

/** Training reach and impact (DESIGN.md section 4), with Kirkpatrick's levels and drill-downs. */
@Injectable()
export class TrainingMetricsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async reach(args: TrainingReachArgs): Promise<TrainingReachRow[]> {
    assertRange(args.filter);
    const rows = await reachRows(this.dataSource.manager, args.filter, args.grain, args.groupBy);
    return fillSeries(rows, args.filter, args.grain, args.groupBy, (period, group, row?: ReachRow) => {
      const r = row ?? NO_REACH;
      return {
        period,
        group,
        sessions: r.sessions,
        places: r.places,
        bookings: r.bookings,
        attendances: r.attendances,
        didNotAttend: r.did_not_attend,
        didNotAttendRate: rate(r.did_not_attend, r.bookings),
        multiAgencySessions: r.multi_agency_sessions,
        multiAgencyAttendances: r.multi_agency_attendances,
        multiAgencyShare: rate(r.multi_agency_attendances, r.attendances),
      };
    });
  }

  async impact(args: TrainingImpactArgs): Promise<TrainingImpactRow[]> {
    assertRange(args.filter);
    const rows = await impactRows(this.dataSource.manager, args.filter, args.grain, args.groupBy, args.asOf);
    return fillSeries(rows, args.filter, args.grain, args.groupBy, (period, group, row?: ImpactRow) => {
      const totals = impactTotals(row);
      const attendances = row?.attendances ?? 0;
      return {
        period,
        group,
        attendances,
        evaluations: totals.evaluations,
        evaluationRate: rate(totals.evaluations, attendances),
        satisfactionResponses: totals.satisfactionResponses,
        followUpsSent: totals.followUpsSent,
        followUpsResponded: totals.followUpsResponded,
        changedPractice: totals.changedPractice,
        ...trainingImpactFigures(totals),
      };
    });
  }

  async kirkpatrick(args: TrainingKirkpatrickArgs): Promise<TrainingKirkpatrickLevel[]> {
    assertRange(args.filter);
    const [row] = await impactRows(this.dataSource.manager, args.filter, null, TrainingMetricsGroupBy.NONE, args.asOf);
    return kirkpatrickLevels(impactTotals(row)).map((l) => ({ ...l, level: l.level as TrainingKirkpatrickLevelName }));
  }

  sessionsBehind(args: TrainingSessionsBehindArgs, page: PageArgs): Promise<Page<TrainingSessionEntity>> {
    return sessionsBehind(this.dataSource.manager, this.behind(args), page);
  }

  attendancesBehind(args: TrainingAttendancesBehindArgs, page: PageArgs): Promise<Page<TrainingAttendanceEntity>> {
    const behind = this.behind(args);
    if (AS_OF_MEASURES.includes(args.measure) && !args.asOf) {
      throw new InputError([{ field: 'asOf', message: `is required for the measure ${args.measure}` }]);
    }
    return attendancesBehind(this.dataSource.manager, { ...behind, measure: args.measure, asOf: args.asOf }, page);
  }

  private behind(args: TrainingSessionsBehindArgs): TrainingBehind {
    assertRange(args.filter);
    if (args.groupBy !== TrainingMetricsGroupBy.NONE && args.groupKey === undefined) {
      throw new InputError([{ field: 'groupKey', message: 'is required when groupBy is not NONE' }]);
    }
    return { filter: narrowToPeriod(args.filter, args.grain, args.periodStart), groupBy: args.groupBy, groupKey: args.groupKey };
  }
}
