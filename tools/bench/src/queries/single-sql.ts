/** The scope a hand-written statement answers for: one partnership, or null for all the user's. */
export interface SingleScope {
  partnershipId: string | null;
  from: string;
  to: string;
  asOf: string;
  financialYear: string;
}

/** A hand-written single statement answering what a catalogued query answers. */
export type SingleSql = (scope: SingleScope) => { text: string; values: unknown[] };

/**
 * The nested review list in one statement: the page of 100 (and one more, for hasNextPage) newest
 * first, each review's themes and actions as JSON, in the orders the API gives them. Row-level
 * security (the request's own role and partnerships, set before it) limits "all" as it limits the API.
 */
const NESTED_REVIEW_LIST: SingleSql = (s) => ({
  text: `SELECT coalesce(json_agg(page ORDER BY page."initiatedOn" DESC, page.id DESC), '[]') AS nodes FROM (
      SELECT r.id, r.ref, r.type, r.status, r.initiated_on AS "initiatedOn",
        (SELECT coalesce(json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.name, t.id), '[]')
           FROM review_themes l JOIN themes t ON t.id = l.theme_id WHERE l.review_id = r.id) AS themes,
        (SELECT coalesce(json_agg(json_build_object('ref', a.ref, 'status', a.status, 'dueOn', a.due_on) ORDER BY a.due_on, a.id), '[]')
           FROM actions a WHERE a.review_id = r.id) AS actions
      FROM reviews r WHERE ($1::uuid IS NULL OR r.partnership_id = $1::uuid)
      ORDER BY r.initiated_on DESC, r.id DESC LIMIT 101) page`,
  values: [s.partnershipId],
});

export const SINGLE_SQL: Record<string, SingleSql> = { NestedReviewList100: NESTED_REVIEW_LIST };
