import type { NotificationRecord, ReferralDecider, ReferralRecord, ReviewRecord } from '@sli/exchange-domain';
import { coreAgencies, type PartnershipContext } from './context';
import { addWorkingDays, type Day, iso, onWorkingDay, toDay } from './dates';

/*
 * The referrals behind the partnership's cases, written after everything else and drawn from each
 * record's ref (never from the random stream), so every other demo figure stays as it was:
 * - each notification was referred the day the local authority became aware, and decided the day it
 *   was notified (a rapid review when one came of it, else notify); awaited while not yet notified;
 * - each safeguarding adults review and domestic homicide review was referred three to eight weeks
 *   before it was initiated and decided ("another review") the day it was;
 * - about one case in three beside them was considered and decided "no review", with the reasons.
 */

/** A small, stable number from a ref. */
function hashOf(ref: string): number {
  let hash = 0;
  for (const ch of ref) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return hash;
}

const DECIDERS: readonly ReferralDecider[] = ['independent-scrutineer', 'independent-scrutineer', 'chair', 'executive'];

const NO_REVIEW_REASONS = [
  'The criteria were not met: abuse or neglect was not known or suspected to have caused the harm.',
  'The criteria were not met; the learning is being taken forward through a single-agency review.',
  'The case was considered and the learning is already being addressed by an existing action plan.',
];

const REFERRERS = ['CSC', 'POLICE', 'ICB', 'ACUTE', 'EDUCATION', 'ASC'];

/** A referring agency of the partnership (its safeguarding lead referred), or none when the Panel or another route did. */
function referredBy(ctx: PartnershipContext, hash: number): Pick<ReferralRecord, 'route' | 'referringAgency'> {
  if (hash % 9 === 4) return { route: 'panel', referringAgency: null };
  if (hash % 11 === 7) return { route: 'other', referringAgency: null };
  const core = coreAgencies(ctx);
  const candidates = REFERRERS.filter((a) => core.includes(a));
  const pool = candidates.length > 0 ? candidates : core;
  return { route: 'agency-safeguarding-lead', referringAgency: pool[hash % pool.length] ?? null };
}

/** The referrer is told one to three days after the decision, when that day has come. */
const toldOn = (ctx: PartnershipContext, decided: Day, hash: number) => {
  const day = addWorkingDays(decided, 1 + (hash % 3));
  return day <= ctx.asOf ? iso(day) : null;
};

export function writeReferrals(ctx: PartnershipContext): void {
  const partnership = ctx.partnership.ref;
  const reviews = ctx.out.reviews;
  for (const n of ctx.out.notifications) writeNotified(ctx, n, reviews.find((r) => r.type === 'rapid-review' && r.notification === n.ref));
  for (const r of reviews.filter((x) => x.type === 'sar' || x.type === 'dhr')) writeReviewed(ctx, r);
  // Cases considered and not taken further: one beside about every third case above.
  for (const referral of [...ctx.out.referrals]) {
    const hash = hashOf(referral.ref);
    if (hash % 3 !== 0) continue;
    const referred = onWorkingDay(toDay(referral.referredOn) + 10 + (hash % 40));
    if (referred > ctx.asOf) continue;
    const decided = addWorkingDays(referred, 3 + (hash % 8));
    const known = decided <= ctx.asOf;
    ctx.out.referrals.push({
      partnership,
      ref: `${referral.ref}-NR`,
      referredOn: iso(referred),
      ...referredBy(ctx, hash + 1),
      criteria: referral.criteria === 'children-serious-incident' ? 'children-local-review' : referral.criteria,
      groupRecommendation: 'no-review',
      ...(known
        ? {
            decision: 'no-review' as const,
            reasons: NO_REVIEW_REASONS[hash % NO_REVIEW_REASONS.length] as string,
            decidedBy: DECIDERS[hash % DECIDERS.length] as ReferralDecider,
            decidedOn: iso(decided),
            referrerToldOn: toldOn(ctx, decided, hash),
          }
        : {}),
    });
  }
}

function writeNotified(ctx: PartnershipContext, n: NotificationRecord, rapid: ReviewRecord | undefined): void {
  const ref = `RF-${n.ref}`;
  const hash = hashOf(ref);
  const decided = n.dateNotified ? toDay(n.dateNotified) : null;
  const decision = rapid ? 'rapid-review' : 'notify';
  ctx.out.referrals.push({
    partnership: ctx.partnership.ref,
    ref,
    referredOn: n.dateAware,
    ...referredBy(ctx, hash),
    criteria: 'children-serious-incident',
    groupRecommendation: decision,
    ...(decided !== null
      ? {
          decision,
          decidedBy: DECIDERS[hash % DECIDERS.length] as ReferralDecider,
          decidedOn: iso(decided),
          referrerToldOn: toldOn(ctx, decided, hash),
          // The Panel answers once the rapid review reached it.
          panelResponse: rapid?.sentToPanelOn ? (hash % 10 === 0 ? ('disagrees' as const) : ('agrees' as const)) : ('awaited' as const),
          notification: n.ref,
          review: rapid?.ref ?? null,
        }
      : {}),
  });
}

function writeReviewed(ctx: PartnershipContext, r: ReviewRecord): void {
  const ref = `RF-${r.ref}`;
  const hash = hashOf(ref);
  const decided = toDay(r.initiatedOn);
  const referred = onWorkingDay(decided - 21 - (hash % 36));
  ctx.out.referrals.push({
    partnership: ctx.partnership.ref,
    ref,
    referredOn: iso(Math.min(referred, decided)),
    ...referredBy(ctx, hash),
    criteria: r.type === 'sar' ? 'adults-care-act-s44' : 'domestic-homicide',
    groupRecommendation: 'other-review',
    decision: 'other-review',
    decidedBy: DECIDERS[hash % DECIDERS.length] as ReferralDecider,
    decidedOn: r.initiatedOn,
    referrerToldOn: toldOn(ctx, decided, hash),
    review: r.ref,
  });
}
