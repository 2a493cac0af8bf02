import { FamilyParticipation, ReviewType, SIX_MONTH_REVIEW_TYPES } from '@sli/reviews-api';
import type { SqlParams } from '../../common/sql-params';
import { ReviewMetricFigure, ReviewMetricsDimension } from '../models/reviews-metrics.enums';
import { completionDue } from './completion-due';
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
 * Reviews of every type as events: one row per review and event (started on initiated_on,
 * completed on completed_on, published on published_on; each theme / agency when split by them),
 * placed in a period by the event's own date. So:
 *   started   = reviews initiated in the period;
 *   completed = reviews completed in the period;
 *   published = reviews published in the period;
 *   median working days to complete = the median, over reviews completed in the period, of
 *     working_days_between(initiated_on, completed_on);
 *   completed within six months = of the LCSPR, SAR, DHR and PLR completed in the period, those
 *     completed on or before their due date: initiated_on + 6 calendar months (31 Aug + 6 months =
 *     28/29 Feb), moved on by the days the review was paused (the clock stops), or the due date of an
 *     agreed extension (see completion-due.ts) — the same date the review page shows, so a review the
 *     page calls on time counts here as within six months;
 *   completed by the original due date = of those, completed on or before initiated_on + 6 calendar
 *     months, no pause or extension counted (the original stays visible);
 *   family participation = of the reviews completed in the period where it applies (not a rapid review,
 *     and the family's participation not recorded as "not appropriate"), those whose family took part.
 *
 * Filters: partnershipIds; from/to on the event's date; reviewTypes; agencyId and themeId on the
 * review's agencies and themes.
 */
export const REVIEW_FACTS: FactsFamily<ReviewMetricFigure, ReviewMetricsDimension> = {
  facts(p: SqlParams, q: FactsQuery, dim: DimensionSql): string {
    const due = completionDue(p);
    const where = ['e.on_date IS NOT NULL', ...reviewConditions(p, q.filter), ...rangeConditions(p, q.filter, 'e.on_date')];
    // Implied by the event's date in the range, but on the review alone: reviews with no event in the
    // range are left out before their extensions and pauses are read (a year of the national data's
    // 8,243 reviews has about 2,000 with an event; the look-ups were half the statement).
    const anyEvent = ['r.initiated_on', 'r.completed_on', 'r.published_on'].map((d) => rangeConditions(p, q.filter, d).join(' AND '));
    if (anyEvent.every((c) => c !== '')) where.push(`(${anyEvent.map((c) => `(${c})`).join(' OR ')})`);
    // Only the median reads the working days: 50 µs a completed review, most of the statement over
    // every year to a date (reviews in progress: 6,000 completed reviews, 320 of its 475 ms).
    const workingDays = q.figuresOnly ? 'NULL::int' : `CASE WHEN e.event = 'completed' THEN working_days_between(r.initiated_on, r.completed_on) END`;
    // One row per review and event (MATERIALIZED, so the working days are counted once), then
    // joined to the breakdown.
    return `
      WITH b AS MATERIALIZED (
        SELECT r.id, e.event, e.on_date AS period_date,
               ${workingDays} AS working_days,
               r.type = ANY(${p.add(SIX_MONTH_REVIEW_TYPES)}::text[]) AS six_month_type,
               r.completed_on <= ${due.dueOn} AS within_six_months,
               r.completed_on <= ${due.originalDueOn} AS by_original_due_on,
               r.type <> ${p.add(ReviewType.RAPID_REVIEW)}
                 AND r.family_participation <> ${p.add(FamilyParticipation.NOT_APPROPRIATE)} AS family_applies,
               r.family_participation = ${p.add(FamilyParticipation.TOOK_PART)} AS family_took_part
          FROM reviews r ${due.join}
          CROSS JOIN LATERAL (VALUES ('started', r.initiated_on), ('completed', r.completed_on), ('published', r.published_on)) AS e(event, on_date)
          ${whereSql(where)})
      SELECT b.*, ${dim.key} AS key, ${dim.label} AS label
        FROM b JOIN reviews r ON r.id = b.id
        ${dim.join}`;
  },
  dimensions: {
    [ReviewMetricsDimension.PARTNERSHIP]: REVIEW_DIMENSIONS.partnership,
    [ReviewMetricsDimension.REVIEW_TYPE]: { join: '', key: 'r.type', label: 'NULL::text' },
    [ReviewMetricsDimension.THEME]: REVIEW_DIMENSIONS.theme,
    [ReviewMetricsDimension.AGENCY]: REVIEW_DIMENSIONS.agency,
  },
  figures: {
    [ReviewMetricFigure.STARTED]: `f.event = 'started'`,
    [ReviewMetricFigure.COMPLETED]: `f.event = 'completed'`,
    [ReviewMetricFigure.PUBLISHED]: `f.event = 'published'`,
    [ReviewMetricFigure.SIX_MONTH_COMPLETIONS]: `f.event = 'completed' AND f.six_month_type`,
    [ReviewMetricFigure.COMPLETED_WITHIN_SIX_MONTHS]: `f.event = 'completed' AND f.six_month_type AND f.within_six_months`,
    [ReviewMetricFigure.COMPLETED_BY_ORIGINAL_DUE_DATE]: `f.event = 'completed' AND f.six_month_type AND f.by_original_due_on`,
    [ReviewMetricFigure.FAMILY_PARTICIPATION_APPLIES]: `f.event = 'completed' AND f.family_applies`,
    [ReviewMetricFigure.FAMILY_TOOK_PART]: `f.event = 'completed' AND f.family_applies AND f.family_took_part`,
  },
  extras: {
    // One row per review and dimension value, so a review weighs once in each cell's median.
    median_working_days: `percentile_cont(0.5) WITHIN GROUP (ORDER BY f.working_days) FILTER (WHERE f.event = 'completed')`,
  },
};
