import type { Bundle } from '@sli/exchange-domain';
import type { RapidReviewSent, ReviewNotification, ReviewTypeValue } from '@sli/reviews-domain';
import type { EntityManager } from 'typeorm';
import type { DatabaseFacts, Lookups, Refused } from './bundle-checks';
import { pairKey } from './bundle-references';

/** Pairs per look-up. */
const CHUNK = 20000;

/**
 * What the record rules read of records the database holds and the bundle does not: the date
 * notified of the notifications its reviews arise from, the types of the reviews its referrals led to, the dates of the sessions its attendances
 * are booked on, and the rapid reviews already sent to the Panel of the notifications it holds.
 */
export async function databaseFacts(m: EntityManager, bundle: Bundle, wanted: Lookups, refused: Refused): Promise<DatabaseFacts> {
  const notifications = new Map<string, ReviewNotification>();
  for (const row of await lookUp<{ dateNotified: string | null }>(m, wanted.records.get('notifications'), 'notifications', 't.date_notified AS "dateNotified"')) {
    notifications.set(pairKey(row.partnership, row.key), { dateNotified: row.dateNotified });
  }
  const reviewTypes = new Map<string, ReviewTypeValue>();
  for (const row of await lookUp<{ type: ReviewTypeValue }>(m, wanted.records.get('reviews'), 'reviews', 't.type')) {
    reviewTypes.set(pairKey(row.partnership, row.key), row.type);
  }
  const sessionDates = new Map<string, string>();
  for (const row of await lookUp<{ sessionDate: string }>(m, wanted.records.get('trainingSessions'), 'training_sessions', 't.session_date AS "sessionDate"')) {
    sessionDates.set(pairKey(row.partnership, row.key), row.sessionDate);
  }
  const held = (bundle.notifications ?? []).filter((_, i) => !refused.has(`notifications[${i}]`)).map((n) => [n.partnership, n.ref] as [string, string]);
  const rapidReviews = new Map<string, RapidReviewSent[]>();
  const sent = await lookUp<RapidReviewSent>(
    m,
    held,
    'notifications',
    'r.ref, r.sent_to_panel_on AS "sentToPanelOn"',
    `JOIN reviews r ON r.notification_id = t.id AND r.type = 'rapid-review' AND r.sent_to_panel_on IS NOT NULL`,
  );
  for (const row of sent) {
    const key = pairKey(row.partnership, row.key);
    rapidReviews.set(key, [...(rapidReviews.get(key) ?? []), { ref: row.ref, sentToPanelOn: row.sentToPanelOn }]);
  }
  return { notifications, sessionDates, rapidReviews, reviewTypes };
}

/** Rows of `table` named by (partnership ref, ref) pairs, chunk by chunk, with the columns asked for. */
async function lookUp<T>(
  m: EntityManager,
  pairs: readonly (readonly [string, string])[] | undefined,
  table: string,
  columns: string,
  join = '',
): Promise<(T & { partnership: string; key: string })[]> {
  const rows: (T & { partnership: string; key: string })[] = [];
  for (let i = 0; pairs && i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    rows.push(
      ...((await m.query(
        `SELECT s.p AS partnership, s.k AS key, ${columns}
         FROM unnest($1::text[], $2::text[]) AS s (p, k)
         JOIN partnerships p ON p.ref = s.p JOIN ${table} t ON t.partnership_id = p.id AND t.ref = s.k ${join}`,
        [chunk.map(([p]) => p), chunk.map(([, k]) => k)],
      )) as (T & { partnership: string; key: string })[]),
    );
  }
  return rows;
}
