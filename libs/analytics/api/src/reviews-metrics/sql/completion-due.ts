import { COMPLETION_WITHIN_MONTHS } from '@sli/reviews-api';
import type { SqlParams } from '../../common/sql-params';

/**
 * Joins, for each review `r`, its six-month due date as of the day it was completed, as the review
 * page's completionClock computes it (@sli/reviews-domain completion-clock.ts):
 *   extension = the latest extension agreed on or before the completion day;
 *   due       = (the extension's agreed due date, else initiated_on + 6 calendar months)
 *               + the days paused, on or before the completion day, after the day the extension was agreed;
 * where a pause covers its first day up to, not including, the day the review restarted (a pause
 * still open counts to the completion day). `join` goes after `FROM reviews r`; `dueOn` and
 * `originalDueOn` are expressions over it (null comparisons while the review is not completed).
 */
export function completionDue(p: SqlParams): { join: string; dueOn: string; originalDueOn: string } {
  const originalDueOn = `(r.initiated_on + ${p.add(`${COMPLETION_WITHIN_MONTHS} months`)}::interval)::date`;
  const join = `
    LEFT JOIN LATERAL (
      SELECT x.starts_on, x.agreed_due_on FROM review_timescale_changes x
       WHERE x.review_id = r.id AND x.kind = 'extension' AND x.starts_on <= r.completed_on
       ORDER BY x.starts_on DESC LIMIT 1
    ) ext ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(sum(GREATEST(0,
               LEAST(coalesce(x.ends_on, r.completed_on + 1), r.completed_on + 1)
               - GREATEST(x.starts_on, coalesce(ext.starts_on + 1, x.starts_on)))), 0)::int AS days
        FROM review_timescale_changes x
       WHERE x.review_id = r.id AND x.kind = 'pause' AND x.starts_on <= r.completed_on
    ) paused ON true`;
  return { join, dueOn: `coalesce(ext.agreed_due_on, ${originalDueOn}) + paused.days`, originalDueOn };
}
