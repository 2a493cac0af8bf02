/**
 * A user's partnerships and the agencies they act for, as two JSON arrays in one order (by partnership):
 * the same for the signed-in caller and for the users list. `u` is the `users` row.
 */
export const MEMBERSHIP_COLUMNS = `
  coalesce((SELECT json_agg(up.partnership_id ORDER BY up.partnership_id) FROM user_partnerships up WHERE up.user_id = u.id), '[]'::json) AS "partnershipIds",
  coalesce((SELECT json_agg(up.agency_id ORDER BY up.partnership_id) FROM user_partnerships up WHERE up.user_id = u.id AND up.agency_id IS NOT NULL), '[]'::json) AS "agencyIds"`;
