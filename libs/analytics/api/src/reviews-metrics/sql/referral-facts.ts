import type { SqlParams } from '../../common/sql-params';
import { type DimensionSql, type FactsFamily, type FactsQuery, rangeConditions, whereSql } from './metric-facts';

/** The referral figures: all referrals, each route, and each decision made as of the date. */
export type ReferralFigure =
  | 'referrals'
  | 'route-agency-safeguarding-lead'
  | 'route-panel'
  | 'route-other'
  | 'decided'
  | 'decided-notify'
  | 'decided-rapid-review'
  | 'decided-other-review'
  | 'decided-no-review';

export const REFERRAL_ROUTES = ['agency-safeguarding-lead', 'panel', 'other'] as const;
export const REFERRAL_DECISIONS = ['notify', 'rapid-review', 'other-review', 'no-review'] as const;

/**
 * Referrals, one row each, placed in a period by the day they were referred (referred_on).
 *
 * As of asOf, a referral is decided when decided_on <= asOf (a decision recorded later, or none,
 * leaves it awaited), and then counts under its decision.
 *   route-<route>       = referrals referred in the period by that route;
 *   decided-<decision>  = of those, the ones decided that way as of asOf;
 *   working days to decision = working_days_between(referred_on, decided_on) of each decided referral
 *     (0 when decided the day it was referred); the median (percentile_cont 0.5) and the mean of those.
 *
 * Filters: partnershipIds; from/to on referred_on; agencyId on the referring agency; reviewTypes keep
 * referrals whose review is of one of the types; themeId keeps referrals whose notification or review
 * is tagged with the theme (a referral holds no themes of its own).
 */
export const REFERRAL_FACTS: FactsFamily<ReferralFigure, 'partnership'> = {
  facts(p: SqlParams, q: FactsQuery, dim: DimensionSql): string {
    const asOf = `${p.add(q.asOf)}::date`;
    const f = q.filter;
    const where = rangeConditions(p, f, 'rf.referred_on');
    if (f.partnershipIds) where.push(`rf.partnership_id = ANY(${p.add(f.partnershipIds)}::uuid[])`);
    if (f.agencyId) where.push(`rf.referring_agency_id = ${p.add(f.agencyId)}::uuid`);
    if (f.reviewTypes) where.push(`EXISTS (SELECT 1 FROM reviews fr WHERE fr.id = rf.review_id AND fr.type = ANY(${p.add(f.reviewTypes)}::text[]))`);
    if (f.themeId) {
      const theme = `${p.add(f.themeId)}::uuid`;
      where.push(`(EXISTS (SELECT 1 FROM notification_themes ft WHERE ft.notification_id = rf.notification_id AND ft.theme_id = ${theme})
               OR EXISTS (SELECT 1 FROM review_themes ft WHERE ft.review_id = rf.review_id AND ft.theme_id = ${theme}))`);
    }
    return `
      SELECT rf.id, rf.referred_on AS period_date, rf.route,
             CASE WHEN rf.decided_on <= ${asOf} THEN rf.decision END AS decision,
             CASE WHEN rf.decided_on <= ${asOf} THEN working_days_between(rf.referred_on, rf.decided_on) END AS working_days,
             ${dim.key} AS key, ${dim.label} AS label
        FROM referrals rf
        ${dim.join}
        ${whereSql(where)}`;
  },
  dimensions: {
    partnership: { join: 'JOIN partnerships dp ON dp.id = rf.partnership_id', key: 'rf.partnership_id::text', label: 'dp.name' },
  },
  figures: {
    referrals: 'true',
    'route-agency-safeguarding-lead': `f.route = 'agency-safeguarding-lead'`,
    'route-panel': `f.route = 'panel'`,
    'route-other': `f.route = 'other'`,
    decided: 'f.decision IS NOT NULL',
    'decided-notify': `f.decision = 'notify'`,
    'decided-rapid-review': `f.decision = 'rapid-review'`,
    'decided-other-review': `f.decision = 'other-review'`,
    'decided-no-review': `f.decision = 'no-review'`,
  },
  extras: {
    // One row per referral (no breakdown splits one), so each weighs once.
    median_working_days: 'percentile_cont(0.5) WITHIN GROUP (ORDER BY f.working_days)::float8',
    mean_working_days: 'avg(f.working_days)::float8',
  },
};
