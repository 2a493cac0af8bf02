import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodOf, rate } from '@sli/analytics-domain';
import { NotificationEntity, ReviewEntity } from '@sli/reviews-api';
import { ANALYTICS_READS, type FieldProblem, InputError, PageArgs, paginate, type Page } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import {
  NotificationMetricsArgs,
  NotificationsBehindMetricArgs,
  RapidReviewMetricsArgs,
  RapidReviewsBehindMetricArgs,
  ReviewMetricsArgs,
  ReviewsBehindMetricArgs,
} from './dto/reviews-metrics.args';
import { NotificationMetricFigure as NF, RapidReviewMetricFigure as RF, ReviewMetricFigure as VF } from './models/reviews-metrics.enums';
import { NotificationMetricsRow, RapidReviewMetricsRow, ReviewMetricsRow } from './models/reviews-metrics.models';
import { type DimensionKind, REVIEW_TYPE_VALUES } from './reviews-metrics.labels';
import { fillSeries, grainOf } from './reviews-metrics.series';
import { type Behind, aggregate, idsBehind } from './sql/metric-facts';
import { NOTIFICATION_FACTS } from './sql/notification-facts';
import { RAPID_REVIEW_FACTS } from './sql/rapid-review-facts';
import { REVIEW_FACTS } from './sql/review-facts';

/**
 * Notifications, rapid reviews and reviews metrics (DESIGN.md section 4): the figures come from the
 * SQL in ./sql, one place per family; here they are checked, labelled and filled into time series.
 */
@Injectable()
export class ReviewsMetricsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async notificationMetrics(args: NotificationMetricsArgs, manager = this.dataSource.manager): Promise<NotificationMetricsRow[]> {
    const filter = checkedFilter(args.filter);
    const rows = await aggregate(manager, NOTIFICATION_FACTS, { filter, asOf: args.asOf }, args.grain, args.groupBy ?? null);
    const series = await this.seriesOptions(manager, filter, args.grain, kindOf(args.groupBy));
    return fillSeries(rows, series, (cell, r) => {
      const onTime = r?.[NF.ON_TIME] ?? 0;
      const notified = r?.[NF.NOTIFIED] ?? 0;
      return {
        ...cell,
        notifications: r?.[NF.NOTIFICATIONS] ?? 0,
        notified,
        onTime,
        late: r?.[NF.LATE] ?? 0,
        overdue: r?.[NF.OVERDUE] ?? 0,
        due: r?.[NF.DUE] ?? 0,
        onTimeRate: rate(onTime, notified),
      };
    });
  }

  async rapidReviewMetrics(args: RapidReviewMetricsArgs, manager = this.dataSource.manager): Promise<RapidReviewMetricsRow[]> {
    const filter = checkedFilter(args.filter);
    const rows = await aggregate(manager, RAPID_REVIEW_FACTS, { filter, asOf: args.asOf }, args.grain, args.groupBy ?? null);
    const series = await this.seriesOptions(manager, filter, args.grain, kindOf(args.groupBy));
    return fillSeries(rows, series, (cell, r) => {
      const onTime = r?.[RF.ON_TIME] ?? 0;
      const sent = r?.[RF.SENT] ?? 0;
      return {
        ...cell,
        rapidReviews: r?.[RF.RAPID_REVIEWS] ?? 0,
        sent,
        onTime,
        late: r?.[RF.LATE] ?? 0,
        overdue: r?.[RF.OVERDUE] ?? 0,
        due: r?.[RF.DUE] ?? 0,
        onTimeRate: rate(onTime, sent),
      };
    });
  }

  async reviewMetrics(args: ReviewMetricsArgs, manager = this.dataSource.manager): Promise<ReviewMetricsRow[]> {
    const filter = checkedFilter(args.filter);
    const rows = await aggregate(manager, REVIEW_FACTS, { filter, asOf: null }, args.grain, args.groupBy ?? null);
    const series = await this.seriesOptions(manager, filter, args.grain, kindOf(args.groupBy));
    return fillSeries(rows, series, (cell, r) => {
      const median = r?.['median_working_days'];
      return {
        ...cell,
        started: r?.[VF.STARTED] ?? 0,
        completed: r?.[VF.COMPLETED] ?? 0,
        published: r?.[VF.PUBLISHED] ?? 0,
        medianWorkingDaysToComplete: typeof median === 'number' ? median : null,
        completedWithinSixMonths: rate(r?.[VF.COMPLETED_WITHIN_SIX_MONTHS] ?? 0, r?.[VF.SIX_MONTH_COMPLETIONS] ?? 0),
        familyParticipation: rate(r?.[VF.FAMILY_TOOK_PART] ?? 0, r?.[VF.FAMILY_PARTICIPATION_APPLIES] ?? 0),
      };
    });
  }

  /** The notifications behind one figure of `notificationMetrics`, most recent date aware first. */
  async notificationsBehind(args: NotificationsBehindMetricArgs, page: PageArgs): Promise<Page<NotificationEntity>> {
    const manager = this.dataSource.manager;
    const filter = checkedFilter(args.filter);
    const ids = await idsBehind(manager, NOTIFICATION_FACTS, { filter, asOf: args.asOf }, args.figure, behind(args));
    const qb = manager.getRepository(NotificationEntity).createQueryBuilder('n').where('n.id = ANY(CAST(:ids AS uuid[]))', { ids });
    return paginate(qb, page, { property: 'dateAware', sqlType: 'date', direction: 'DESC' }, (n) => n.dateAware);
  }

  /** The rapid reviews behind one figure of `rapidReviewMetrics`, most recently initiated first. */
  async rapidReviewsBehind(args: RapidReviewsBehindMetricArgs, page: PageArgs): Promise<Page<ReviewEntity>> {
    const filter = checkedFilter(args.filter);
    const ids = await idsBehind(this.dataSource.manager, RAPID_REVIEW_FACTS, { filter, asOf: args.asOf }, args.figure, behind(args));
    return this.reviewsPage(ids, page);
  }

  /** The reviews behind one figure of `reviewMetrics`, most recently initiated first. */
  async reviewsBehind(args: ReviewsBehindMetricArgs, page: PageArgs): Promise<Page<ReviewEntity>> {
    const filter = checkedFilter(args.filter);
    const ids = await idsBehind(this.dataSource.manager, REVIEW_FACTS, { filter, asOf: null }, args.figure, behind(args));
    return this.reviewsPage(ids, page);
  }

  private reviewsPage(ids: string[], page: PageArgs): Promise<Page<ReviewEntity>> {
    const qb = this.dataSource.manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.id = ANY(CAST(:ids AS uuid[]))', { ids });
    return paginate(qb, page, { property: 'initiatedOn', sqlType: 'date', direction: 'DESC' }, (r) => r.initiatedOn);
  }

  /** Range and keys of the series; the partnerships filtered on show even with no records. */
  private async seriesOptions(manager: EntityManager, filter: MetricFilter, grain: PeriodGrain, dimension: DimensionKind | null) {
    let alwaysKeys: Map<string, string> | undefined;
    if (dimension === 'partnership' && filter.partnershipIds?.length) {
      const named: { id: string; name: string }[] = await manager.query(
        'SELECT id::text AS id, name FROM partnerships WHERE id = ANY($1::uuid[]) ORDER BY name, id',
        [filter.partnershipIds],
      );
      alwaysKeys = new Map(named.map((p) => [p.id, p.name]));
    }
    return { grain, from: filter.from, to: filter.to, dimension, alwaysKeys };
  }
}

/** Cross-field checks of a metric filter, named by field; returns the filter to use. */
export function checkedFilter(filter: MetricFilter | undefined): MetricFilter {
  const f = filter ?? {};
  const problems: FieldProblem[] = [];
  if (f.from && f.to && f.to < f.from) problems.push({ field: 'filter.to', message: 'must be on or after from' });
  const unknown = (f.reviewTypes ?? []).filter((t) => !REVIEW_TYPE_VALUES.includes(t));
  if (unknown.length > 0) {
    problems.push({ field: 'filter.reviewTypes', message: `holds unknown review types: ${unknown.join(', ')}; use kebab-case values such as lcspr, sar, rapid-review` });
  }
  if (problems.length > 0) throw new InputError(problems);
  return f;
}

/** The dimension enums of this folder share their values with DimensionKind. */
const kindOf = (groupBy: string | undefined) => (groupBy ?? null) as DimensionKind | null;

function behind<D extends string>(args: { grain: PeriodGrain; groupBy?: D; periodStart?: string; key?: string | null }): Behind<D> {
  if (!args.groupBy && args.key != null) throw new InputError([{ field: 'key', message: 'needs groupBy: it is a value of that dimension' }]);
  const period = args.periodStart ? periodOf(args.periodStart, grainOf(args.grain)) : null;
  return { period: period && { start: period.start, end: period.end }, dimension: args.groupBy ?? null, key: args.key ?? null };
}
