import type { ActionRecord, ActionStatus, ActionUpdateRecord, RecommendationRecord } from '@sli/exchange-domain';
import { agencyLead, existingAgencies, type PartnershipContext } from './context';
import { addMonths, type Day, iso, monthYear, timestamp } from './dates';
import type { Random } from './random';
import { actionTitle, findingText, impactEvidence, recommendationText } from './texts';

/** A review or audit whose report turns into findings, recommendations and an action plan. */
export interface LearningSource {
  review?: string;
  audit?: string;
  /** The review's or audit's ref: learning refs are built on it. */
  ref: string;
  /** When the report (or rapid review outcome) was agreed: the action plan starts here. */
  reportOn: Day;
  themes: readonly string[];
  /** Agencies that may own actions; a few go to non-core agencies regardless. */
  agencies: readonly string[];
  committee: string;
}

export interface LearningVolume {
  goodPractice: readonly [number, number];
  improvements: readonly [number, number];
  /** Share of areas for improvement that get a recommendation. */
  recommendationRate: number;
  actionsPerRecommendation: readonly [number, number];
}

export function writeLearning(ctx: PartnershipContext, rng: Random, source: LearningSource, volume: LearningVolume): void {
  const partnership = ctx.partnership.ref;
  const owner = { review: source.review ?? null, audit: source.audit ?? null };
  // Core members own most actions; about one in ten goes to a non-core agency (a domestic abuse
  // service, the GP federation…), as the design allows.
  const isCore = (ref: string) => ctx.agencies.some((a) => a.ref === ref && a.core);
  const coreOwners = source.agencies.filter(isCore);
  const owners = coreOwners.length > 0 ? coreOwners : existingAgencies(ctx, ['CSC', 'ASC']);
  const nonCore = ctx.agencies.filter((a) => !a.core).map((a) => a.ref);
  const nonCoreInvolved = source.agencies.filter((ref) => !isCore(ref));
  let findings = 0;
  let recommendations = 0;
  let actions = 0;

  const addFinding = (good: boolean) => {
    const themes = rng.sample(source.themes, rng.chance(0.4) ? 2 : 1);
    const ref = `${source.ref}/F${++findings}`;
    ctx.out.findings.push({
      partnership, ref, ...owner, kind: good ? 'good-practice' : 'area-for-improvement',
      text: findingText(rng, themes[0], good), themes,
    });
    return { ref, themes };
  };

  for (let i = rng.int(...volume.goodPractice); i > 0; i--) addFinding(true);
  for (let i = rng.int(...volume.improvements); i > 0; i--) {
    const finding = addFinding(false);
    if (!rng.chance(volume.recommendationRate)) continue;
    const recommendation = `${source.ref}/R${++recommendations}`;
    ctx.out.recommendations.push({
      partnership, ref: recommendation, ...owner, finding: finding.ref, text: recommendationText(rng, finding.themes[0]),
      ...responseTo(recommendation, source.reportOn, ctx.asOf),
    });
    for (let a = rng.int(...volume.actionsPerRecommendation); a > 0; a--) {
      const ownerAgency = rng.chance(0.1) && nonCore.length > 0 ? rng.pick(nonCoreInvolved.length > 0 ? nonCoreInvolved : nonCore) : rng.pick(owners);
      ctx.out.actions.push(
        action(ctx, rng, source, {
          partnership, ref: `${source.ref}/A${++actions}`, ...owner, recommendation, ownerAgency,
          title: actionTitle(rng, finding.themes[0]), themes: finding.themes,
        }),
      );
    }
  }
}

const PART_REASONS = [
  'Agreed in principle; the health partners will deliver it through their own single-agency plans rather than a multi-agency one.',
  'Accepted for children’s social care and the police; schools will take it forward through the education safeguarding forum.',
  'The training element is accepted; the proposed new protocol is not, as the existing escalation policy already covers it.',
];

/**
 * The partnership's response to a recommendation, three to six weeks after the report (none yet when
 * that is after the data's date): most accepted, about one in eight accepted in part, with its reason.
 * Every recommendation seeded has actions, so none is "not accepted". Drawn from the ref, not from the
 * random stream, so the rest of the data stays as it was.
 */
function responseTo(ref: string, reportOn: Day, asOf: Day): Pick<RecommendationRecord, 'response' | 'respondedOn' | 'responseReasons'> {
  let hash = 0;
  for (const ch of ref) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  const day = reportOn + 21 + (hash % 22);
  if (day > asOf) return {};
  if (hash % 8 === 3) return { response: 'accepted-in-part', respondedOn: iso(day), responseReasons: PART_REASONS[hash % PART_REASONS.length] as string };
  return { response: 'accepted', respondedOn: iso(day) };
}

type ActionIdentity = Pick<ActionRecord, 'partnership' | 'ref' | 'review' | 'audit' | 'recommendation' | 'ownerAgency' | 'title' | 'themes'>;

interface Event {
  day: Day;
  to: ActionStatus;
  by: string;
  note: string;
}

/**
 * Plays an action forward from its report date and keeps what has happened by `asOf`: agreed, started,
 * completed (most on time, some late), impact evidenced later, a few cancelled, a few stuck and so
 * overdue. Status, completion date and update history all come from the same events.
 */
function action(ctx: PartnershipContext, rng: Random, source: LearningSource, identity: ActionIdentity): ActionRecord {
  const agreed = Math.min(ctx.asOf, source.reportOn + rng.int(0, 14));
  const dueOn = addMonths(source.reportOn, rng.int(3, 12));
  const lead = agencyLead(ctx, identity.ownerAgency);
  const events: Event[] = [{ day: agreed, to: 'not-started', by: ctx.businessUnit, note: `Agreed by the ${source.committee}.` }];

  const fate = rng.weighted([['done', 0.88], ['stuck', 0.07], ['cancelled', 0.05]] as const);
  // Due dates are 3+ months after the report, so completion is always weeks after agreement.
  const completed = Math.max(agreed + 14, dueOn + (rng.chance(0.7) ? -rng.int(0, 60) : rng.int(1, 150)));
  const started = Math.min(agreed + rng.int(7, 60), completed - 7);
  const cancelled = agreed + rng.int(30, 200);
  if (fate === 'done' || (fate === 'stuck' && rng.chance(0.6)) || (fate === 'cancelled' && started < cancelled)) {
    events.push({ day: started, to: 'in-progress', by: lead, note: 'Work started; lead officer assigned.' });
  }
  if (fate === 'done') {
    events.push({ day: completed, to: 'completed', by: lead, note: 'Completed; evidence uploaded for sign-off.' });
    if (rng.chance(0.45)) {
      events.push({ day: completed + rng.int(30, 150), to: 'impact-evidenced', by: ctx.businessUnit, note: `Impact evidence accepted by the ${source.committee}.` });
    }
  } else if (fate === 'cancelled') {
    events.push({ day: cancelled, to: 'cancelled', by: ctx.businessUnit, note: 'Cancelled: superseded by a partnership-wide action.' });
  }

  // Events are already in order of day; keep those that have happened by the generation date.
  const happened = events.filter((e) => e.day <= ctx.asOf);
  const updates: ActionUpdateRecord[] = [];
  let minute = 0;
  let lastDay = -1;
  for (const e of happened) {
    // Office hours, strictly increasing even when two changes fall on one day.
    minute = e.day === lastDay ? minute + rng.int(5, 40) : rng.int(9 * 60, 15 * 60);
    lastDay = e.day;
    const from = updates.length > 0 ? updates[updates.length - 1].toStatus : null;
    updates.push({ changedAt: timestamp(e.day, minute), changedBy: e.by, fromStatus: from, toStatus: e.to, note: e.note });
  }

  const status = updates[updates.length - 1].toStatus;
  const done = status === 'completed' || status === 'impact-evidenced';
  const completedOn = done ? completedDay(happened) : null;
  const signedOff = completedOn !== null ? completedOn + rng.int(7, 42) : null;
  const signedOffKnown = signedOff !== null && signedOff <= ctx.asOf;
  const impactDay = happened.find((e) => e.to === 'impact-evidenced')?.day;
  return {
    ...identity,
    dueOn: iso(dueOn),
    status,
    completedOn: completedOn !== null ? iso(completedOn) : null,
    cancelledOn: status === 'cancelled' ? iso(cancelled) : null,
    impactEvidence:
      status === 'impact-evidenced' && impactDay !== undefined ? impactEvidence(rng, identity.themes?.[0] ?? 'multi-agency-working', monthYear(impactDay)) : null,
    monitoringCommittee: source.committee,
    signedOffOn: signedOffKnown ? iso(signedOff) : null,
    signedOffBy: signedOffKnown ? source.committee : null,
    updates,
  };
}

function completedDay(events: readonly Event[]): Day {
  const e = events.find((x) => x.to === 'completed');
  if (!e) throw new Error('a completed action has no completion event');
  return e.day;
}
