import { RAPID_REVIEW_WITHIN_WORKING_DAYS, ReviewType } from '@sli/reviews-api';
import type { SqlParams } from '../../common/sql-params';
import { RapidReviewMetricFigure, RapidReviewMetricsDimension } from '../models/reviews-metrics.enums';
import {
  type DimensionSql,
  type FactsFamily,
  type FactsQuery,
  rangeConditions,
  REVIEW_DIMENSIONS,
  reviewConditions,
  whereSql,
} from './metric-facts';

/**
 * Rapid reviews, one row each (each theme / agency when split by them), placed in a period by their
 * notification's date aware (by their initiation when they have no notification).
 *
 * due_on = the 15th working day after the clock start: the notification's date notified, else its
 * date aware, else the review's initiation (the same rule as Review.rapidReviewDueOn).
 * As of asOf, a rapid review is:
 *   on-time  when sent to the panel on or before asOf, on or before due_on;
 *   late     when sent on or before asOf, after due_on;
 *   overdue  when not sent as of asOf and asOf > due_on;
 *   due      when not sent as of asOf and asOf <= due_on.
 * The on-time rate is on-time / (on-time + late); those not yet sent are counted apart.
 *
 * Filters: partnershipIds; from/to on the date that places it (date aware); agencyId and themeId on
 * the review's own agencies and themes; reviewTypes counts rapid reviews only if it names `rapid-review`.
 */
export const RAPID_REVIEW_FACTS: FactsFamily<RapidReviewMetricFigure, RapidReviewMetricsDimension> = {
  facts(p: SqlParams, q: FactsQuery, dim: DimensionSql): string {
    const asOf = `${p.add(q.asOf)}::date`;
    const where = [`r.type = ${p.add(ReviewType.RAPID_REVIEW)}`, ...reviewConditions(p, q.filter)];
    where.push(...rangeConditions(p, q.filter, 'coalesce(n.date_aware, r.initiated_on)'));
    // Classified once per rapid review (MATERIALIZED), then joined to the breakdown.
    return `
      WITH b AS MATERIALIZED (
        SELECT r.id, coalesce(n.date_aware, r.initiated_on) AS period_date,
               CASE WHEN r.sent_to_panel_on <= ${asOf} THEN CASE WHEN r.sent_to_panel_on <= c.due_on THEN 'on-time' ELSE 'late' END
                    WHEN ${asOf} > c.due_on THEN 'overdue'
                    ELSE 'due' END AS timeliness
          FROM reviews r
          LEFT JOIN notifications n ON n.id = r.notification_id
          CROSS JOIN LATERAL (
            SELECT add_working_days(coalesce(n.date_notified, n.date_aware, r.initiated_on), ${RAPID_REVIEW_WITHIN_WORKING_DAYS}) AS due_on
          ) c
          ${whereSql(where)})
      SELECT b.*, ${dim.key} AS key, ${dim.label} AS label
        FROM b
        JOIN reviews r ON r.id = b.id
        LEFT JOIN notifications n ON n.id = r.notification_id
        ${dim.join}`;
  },
  dimensions: {
    [RapidReviewMetricsDimension.PARTNERSHIP]: REVIEW_DIMENSIONS.partnership,
    [RapidReviewMetricsDimension.HARM]: { join: '', key: 'n.harm', label: 'NULL::text' },
    [RapidReviewMetricsDimension.AGE_BAND]: { join: '', key: 'n.age_band', label: 'NULL::text' },
    [RapidReviewMetricsDimension.THEME]: REVIEW_DIMENSIONS.theme,
    [RapidReviewMetricsDimension.AGENCY]: REVIEW_DIMENSIONS.agency,
  },
  figures: {
    [RapidReviewMetricFigure.RAPID_REVIEWS]: 'true',
    [RapidReviewMetricFigure.SENT]: `f.timeliness IN ('on-time', 'late')`,
    [RapidReviewMetricFigure.ON_TIME]: `f.timeliness = 'on-time'`,
    [RapidReviewMetricFigure.LATE]: `f.timeliness = 'late'`,
    [RapidReviewMetricFigure.OVERDUE]: `f.timeliness = 'overdue'`,
    [RapidReviewMetricFigure.DUE]: `f.timeliness = 'due'`,
  },
};
