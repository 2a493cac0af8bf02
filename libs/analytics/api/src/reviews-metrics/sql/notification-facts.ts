import { NOTIFY_WITHIN_WORKING_DAYS } from '@sli/reviews-api';
import type { SqlParams } from '../../common/sql-params';
import { NotificationMetricFigure, NotificationMetricsDimension } from '../models/reviews-metrics.enums';
import { type DimensionSql, type FactsFamily, type FactsQuery, rangeConditions, whereSql } from './metric-facts';

/**
 * Serious incident notifications, one row each (each theme when split by theme), placed in a period
 * by their date aware.
 *
 * due_on = the 5th working day after the date aware (add_working_days).
 * As of asOf, a notification is:
 *   on-time  when notified on or before asOf, on or before due_on;
 *   late     when notified on or before asOf, after due_on;
 *   overdue  when not notified as of asOf and asOf > due_on;
 *   due      when not notified as of asOf and asOf <= due_on.
 * The four partition the notifications. The on-time rate is on-time / (on-time + late): notifications
 * not yet notified are not in it (they have no result yet) and are counted apart as overdue or due.
 * Only notifications are counted: a referral decided "no review" or "other review" has none (the
 * referrals table refuses a notification link for those decisions), so a case considered and not
 * notified is never an overdue notification; a notification without a referral (older data) counts.
 *
 * Filters: partnershipIds; from/to on the date aware; themeId on the notification's themes;
 * agencyId and reviewTypes keep notifications with a review arising from them that involves the
 * agency / is of one of the types (e.g. notifications that led to an LCSPR).
 */
export const NOTIFICATION_FACTS: FactsFamily<NotificationMetricFigure, NotificationMetricsDimension> = {
  facts(p: SqlParams, q: FactsQuery, dim: DimensionSql): string {
    const asOf = `${p.add(q.asOf)}::date`;
    const f = q.filter;
    const where = rangeConditions(p, f, 'n.date_aware');
    if (f.partnershipIds) where.push(`n.partnership_id = ANY(${p.add(f.partnershipIds)}::uuid[])`);
    if (f.themeId) {
      where.push(`EXISTS (SELECT 1 FROM notification_themes ft WHERE ft.notification_id = n.id AND ft.theme_id = ${p.add(f.themeId)}::uuid)`);
    }
    if (f.reviewTypes || f.agencyId) {
      const arising = ['fr.notification_id = n.id'];
      if (f.reviewTypes) arising.push(`fr.type = ANY(${p.add(f.reviewTypes)}::text[])`);
      if (f.agencyId) {
        arising.push(`EXISTS (SELECT 1 FROM review_agencies fa WHERE fa.review_id = fr.id AND fa.agency_id = ${p.add(f.agencyId)}::uuid)`);
      }
      where.push(`EXISTS (SELECT 1 FROM reviews fr WHERE ${arising.join(' AND ')})`);
    }
    // Classified once per notification (MATERIALIZED), then joined to the breakdown, so a
    // notification with several themes runs the working-day arithmetic once.
    return `
      WITH b AS MATERIALIZED (
        SELECT n.id, n.date_aware AS period_date,
               CASE WHEN n.date_notified <= ${asOf} THEN CASE WHEN n.date_notified <= c.due_on THEN 'on-time' ELSE 'late' END
                    WHEN ${asOf} > c.due_on THEN 'overdue'
                    ELSE 'due' END AS timeliness
          FROM notifications n
          CROSS JOIN LATERAL (SELECT add_working_days(n.date_aware, ${NOTIFY_WITHIN_WORKING_DAYS}) AS due_on) c
          ${whereSql(where)})
      SELECT b.*, ${dim.key} AS key, ${dim.label} AS label
        FROM b JOIN notifications n ON n.id = b.id
        ${dim.join}`;
  },
  dimensions: {
    [NotificationMetricsDimension.PARTNERSHIP]: { join: 'JOIN partnerships dp ON dp.id = n.partnership_id', key: 'n.partnership_id::text', label: 'dp.name' },
    [NotificationMetricsDimension.HARM]: { join: '', key: 'n.harm', label: 'NULL::text' },
    [NotificationMetricsDimension.AGE_BAND]: { join: '', key: 'n.age_band', label: 'NULL::text' },
    [NotificationMetricsDimension.THEME]: {
      join: 'LEFT JOIN notification_themes dnt ON dnt.notification_id = n.id LEFT JOIN themes dt ON dt.id = dnt.theme_id',
      key: 'dt.id::text',
      label: 'dt.name',
    },
  },
  figures: {
    [NotificationMetricFigure.NOTIFICATIONS]: 'true',
    [NotificationMetricFigure.NOTIFIED]: `f.timeliness IN ('on-time', 'late')`,
    [NotificationMetricFigure.ON_TIME]: `f.timeliness = 'on-time'`,
    [NotificationMetricFigure.LATE]: `f.timeliness = 'late'`,
    [NotificationMetricFigure.OVERDUE]: `f.timeliness = 'overdue'`,
    [NotificationMetricFigure.DUE]: `f.timeliness = 'due'`,
  },
};
