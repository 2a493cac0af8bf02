import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';
import type { ReviewTypeValue } from './review-values';

/*
 * A referral and its screening decision (DESIGN section 2), as the API's enums and the bundle hold
 * them (kebab-case), with the words a person reads.
 */

export type ReferralRouteValue = 'agency-safeguarding-lead' | 'panel' | 'other';
export type ReferralCriteriaValue = 'children-serious-incident' | 'children-local-review' | 'adults-care-act-s44' | 'domestic-homicide';
export type ReferralDecisionValue = 'notify' | 'rapid-review' | 'other-review' | 'no-review';
export type ReferralDeciderValue = 'independent-scrutineer' | 'chair' | 'executive' | 'other';
export type PanelResponseValue = 'agrees' | 'disagrees' | 'awaited';

export const REFERRAL_ROUTE_WORDS: Record<ReferralRouteValue, string> = {
  'agency-safeguarding-lead': "a practitioner through their agency's safeguarding lead",
  panel: 'the Child Safeguarding Practice Review Panel',
  other: 'another route',
};

export const REFERRAL_CRITERIA_WORDS: Record<ReferralCriteriaValue, string> = {
  'children-serious-incident': 'serious incident notification criteria (Working Together 2023)',
  'children-local-review': 'local child safeguarding practice review criteria (Working Together 2023)',
  'adults-care-act-s44': 'safeguarding adults review criteria (Care Act 2014 section 44)',
  'domestic-homicide': 'domestic homicide review statutory guidance',
};

export const REFERRAL_DECISION_WORDS: Record<ReferralDecisionValue, string> = {
  notify: 'notify the Panel',
  'rapid-review': 'rapid review',
  'other-review': 'another review',
  'no-review': 'no review',
};

export const REFERRAL_DECIDER_WORDS: Record<ReferralDeciderValue, string> = {
  'independent-scrutineer': 'independent scrutineer',
  chair: 'chair',
  executive: 'executive',
  other: 'other',
};

export const PANEL_RESPONSE_WORDS: Record<PanelResponseValue, string> = {
  agrees: 'agrees',
  disagrees: 'disagrees',
  awaited: 'awaited',
};

/** Decisions that lead to a notification to the Panel, and decisions that lead to a review. */
export const NOTIFYING_DECISIONS: readonly ReferralDecisionValue[] = ['notify', 'rapid-review'];
export const REVIEWING_DECISIONS: readonly ReferralDecisionValue[] = ['rapid-review', 'other-review'];
/** Criteria under which the national Panel responds (children's cases). */
export const CHILDREN_CRITERIA: readonly ReferralCriteriaValue[] = ['children-serious-incident', 'children-local-review'];

/** The fields of a referral its rules read, as it would be saved (an update merged with what it leaves alone). */
export interface ReferralRuleFields {
  ref?: string | null;
  referredOn?: string | null;
  route?: ReferralRouteValue | null;
  referringAgencyId?: string | null;
  criteria?: ReferralCriteriaValue | null;
  decision?: ReferralDecisionValue | null;
  reasons?: string | null;
  decidedBy?: ReferralDeciderValue | null;
  decidedOn?: string | null;
  referrerToldOn?: string | null;
  panelResponse?: PanelResponseValue | null;
  notificationId?: string | null;
  reviewId?: string | null;
}

/** The review a referral led to, as far as the referral's rules look at it. */
export interface ReferralReview {
  ref: string;
  type: ReviewTypeValue;
}

const REQUIRED = [
  ['ref', 'is required'],
  ['referredOn', 'is required: the day the referral was received'],
  ['route', 'is required: who referred the case'],
  ['criteria', 'is required: the criteria the case was screened against'],
] as const;

/**
 * A referral's rules on `today` (in England): what it needs; an agency referral names the agency; a
 * decision is dated and names who decided, on or after the referral, never in the future; the
 * reasons when the decision is "no review"; the referrer told on or after the decision; the Panel's
 * response only for children's criteria; the notification it led to only when the decision was to
 * notify (or hold a rapid review), and the review only when the decision was a review of that kind
 * (`review`, when it links one).
 */
export function referralProblems(r: ReferralRuleFields, today: string, review: ReferralReview | null = null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, message] of REQUIRED) {
    const value = r[field];
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) problems.push({ field, message });
  }
  if (r.route === 'agency-safeguarding-lead' && !r.referringAgencyId) {
    problems.push({ field: 'referringAgencyId', message: "is required when a practitioner referred through their agency's safeguarding lead" });
  }
  problems.push(...notInFuture('referredOn', r.referredOn, today));

  const decision = r.decision ?? null;
  if (decision) {
    if (!r.decidedOn) problems.push({ field: 'decidedOn', message: 'is required when the referral has a decision' });
    if (!r.decidedBy) problems.push({ field: 'decidedBy', message: 'is required when the referral has a decision' });
  } else {
    if (r.decidedOn) problems.push({ field: 'decision', message: 'is required when the referral has a decision date' });
    if (r.decidedBy) problems.push({ field: 'decision', message: 'is required when the referral names who decided' });
  }
  problems.push(...onOrAfter('decidedOn', r.decidedOn, r.referredOn, 'the date referred'), ...notInFuture('decidedOn', r.decidedOn, today));
  if (decision === 'no-review' && !r.reasons?.trim()) problems.push({ field: 'reasons', message: 'are required when the decision is no review' });

  if (r.referrerToldOn) {
    if (!r.decidedOn) problems.push({ field: 'referrerToldOn', message: 'needs the decision date: the referrer is told of a decision' });
    problems.push(...onOrAfter('referrerToldOn', r.referrerToldOn, r.decidedOn, 'the decision date'), ...notInFuture('referrerToldOn', r.referrerToldOn, today));
  }
  if (r.panelResponse && r.criteria && !CHILDREN_CRITERIA.includes(r.criteria)) {
    problems.push({ field: 'panelResponse', message: "is for children's cases only: the Panel responds to serious incident and local review decisions" });
  }

  if (r.notificationId && !(decision && NOTIFYING_DECISIONS.includes(decision))) {
    problems.push({ field: 'notificationId', message: 'is only for a referral decided for notification (notify the Panel or rapid review)' });
  }
  if (r.reviewId) {
    if (!(decision && REVIEWING_DECISIONS.includes(decision))) {
      problems.push({ field: 'reviewId', message: 'is only for a referral decided for a review (rapid review or another review)' });
    } else if (review && decision === 'rapid-review' && review.type !== 'rapid-review') {
      problems.push({ field: 'reviewId', message: `must be a rapid review when the decision is rapid review (${review.ref} is not)` });
    } else if (review && decision === 'other-review' && review.type === 'rapid-review') {
      problems.push({ field: 'reviewId', message: `must not be a rapid review when the decision is another review (${review.ref} is one)` });
    }
  }
  return problems;
}
