import type {
  FamilyParticipation, InformationRequestKind, ReviewRecord, ReviewStatus, ReviewStatusChangeRecord, ReviewType,
} from '@sli/exchange-domain';
import { type LearningVolume, writeLearning } from './action-plans';
import type { PartnershipContext } from './context';
import { addMonths, addWorkingDays, type Day, iso, onWorkingDay, timestamp } from './dates';
import type { Random } from './random';
import { UNPUBLISHED_REASONS } from './texts';

/** A review other than a rapid review: its shape, from which dates and status follow. */
export interface ReviewSpec {
  type: Exclude<ReviewType, 'rapid-review'>;
  ref: string;
  title: string;
  initiatedOn: Day;
  notification?: string | null;
  sourceReview?: string | null;
  themes: readonly string[];
  agencies: readonly string[];
  /** How long the review will take, whether or not it has finished by the generation date. */
  durationDays: number;
  independentReviewerRate: number;
  /** Share of finished reviews closed without publication. */
  closedRate: number;
  practitioners: readonly [number, number];
  infoKinds: readonly InformationRequestKind[];
  committee: string;
  learning: LearningVolume;
  familyTookPartRate?: number;
}

/** Days to completion: `withinRate` of reviews finish inside six months of initiation, the rest over. */
export function reviewDuration(rng: Random, initiatedOn: Day, withinRate: number, over: readonly [number, number]): number {
  const sixMonths = addMonths(initiatedOn, 6) - initiatedOn;
  return rng.chance(withinRate) ? rng.int(Math.min(100, sixMonths), sixMonths) : sixMonths + rng.int(...over);
}

/**
 * Writes the review with a lifecycle consistent with its dates as of the generation date (older
 * reviews completed or published, recent ones still running), its information requests, and — once
 * finished — its findings, recommendations and action plan.
 */
export function writeReview(ctx: PartnershipContext, rng: Random, spec: ReviewSpec): ReviewRecord {
  const { asOf } = ctx;
  const initiated = spec.initiatedOn;
  const completion = initiated + spec.durationDays;
  const terms = initiated + Math.min(rng.int(20, 50), Math.floor(spec.durationDays / 3));
  const drafted = Math.min(completion - 1, Math.max(terms + 1, completion - rng.int(20, 50)));

  let status: ReviewStatus;
  let completedOn: Day | null = null;
  let publishedOn: Day | null = null;
  let unpublishedReason: string | null = null;
  if (completion <= asOf) {
    completedOn = completion;
    const published = completion + rng.int(14, 70);
    if (rng.chance(spec.closedRate)) {
      status = 'closed-unpublished';
      unpublishedReason = rng.pick(UNPUBLISHED_REASONS);
    } else if (published <= asOf) {
      status = 'published';
      publishedOn = published;
    } else {
      status = 'completed';
    }
  } else if (asOf >= drafted) status = 'report-drafted';
  else if (asOf >= terms) status = 'in-progress';
  else status = asOf - initiated >= 10 ? 'scoping' : 'proposed';

  const closedOn = completedOn !== null ? Math.min(asOf, completedOn + 14) : null;
  const steps: [ReviewStatus, Day | null][] = [
    ['proposed', initiated],
    ['scoping', initiated + 10 < terms ? initiated + 10 : null],
    ['in-progress', terms],
    ['report-drafted', drafted],
    ['completed', completedOn],
    status === 'closed-unpublished' ? ['closed-unpublished', closedOn] : ['published', publishedOn],
  ];

  const record: ReviewRecord = {
    partnership: ctx.partnership.ref,
    ref: spec.ref,
    type: spec.type,
    title: spec.title,
    status,
    notification: spec.notification ?? null,
    sourceReview: spec.sourceReview ?? null,
    initiatedOn: iso(initiated),
    termsAgreedOn: terms <= asOf ? iso(terms) : null,
    completedOn: completedOn !== null ? iso(completedOn) : null,
    publishedOn: publishedOn !== null ? iso(publishedOn) : null,
    unpublishedReason,
    independentReviewer: rng.chance(spec.independentReviewerRate),
    familyParticipation: familyParticipation(rng, status, spec.familyTookPartRate ?? 0.45),
    practitionersInvolved: status === 'proposed' || status === 'scoping' ? null : rng.int(...spec.practitioners),
    agencies: [...spec.agencies],
    themes: [...spec.themes],
    statusHistory: statusHistory(ctx, steps),
  };
  ctx.out.reviews.push(record);

  writeInformationRequests(ctx, rng, spec, { initiated, terms, completedOn });
  if (completedOn !== null) {
    writeLearning(
      ctx,
      rng,
      { review: spec.ref, ref: spec.ref, reportOn: completedOn, themes: spec.themes, agencies: spec.agencies, committee: spec.committee },
      spec.learning,
    );
  }
  return record;
}

function familyParticipation(rng: Random, status: ReviewStatus, tookPart: number): FamilyParticipation {
  if (status === 'proposed') return 'not-yet-offered';
  if (status === 'scoping') return rng.chance(0.6) ? 'not-yet-offered' : 'offered';
  const rest = 1 - tookPart;
  return rng.weighted([
    ['took-part', tookPart],
    ['declined', rest * 0.45],
    ['offered', rest * 0.15],
    ['not-appropriate', rest * 0.4],
  ]);
}

/**
 * Scoping at initiation (10 working days), chronology when terms are agreed (20), analysis after
 * that (20). Most come back on time, some late after a reminder; in running reviews some are still
 * outstanding. Every request of a finished review came back before it finished.
 */
function writeInformationRequests(
  ctx: PartnershipContext,
  rng: Random,
  spec: ReviewSpec,
  dates: { initiated: Day; terms: Day; completedOn: Day | null },
): void {
  const schedule: Partial<Record<InformationRequestKind, { sent: Day; workingDays: number }>> = {};
  schedule.scoping = { sent: onWorkingDay(dates.initiated + rng.int(1, 3)), workingDays: 10 };
  schedule.chronology = { sent: onWorkingDay(dates.terms), workingDays: 20 };
  schedule.analysis = { sent: onWorkingDay(addWorkingDays(dates.terms, 20) + rng.int(5, 15)), workingDays: 20 };

  for (const agency of spec.agencies) {
    for (const kind of spec.infoKinds) {
      const plan = schedule[kind];
      if (!plan || plan.sent > ctx.asOf || (dates.completedOn !== null && plan.sent >= dates.completedOn)) continue;
      writeRequest(ctx, rng, {
        review: spec.ref, agency, kind, sentOn: plan.sent, workingDays: plan.workingDays,
        latest: dates.completedOn !== null ? dates.completedOn - 1 : null,
      });
    }
  }
}

/** One request; `latest` caps the return date (the review's completion, or a rapid review's meeting). */
export function writeRequest(
  ctx: PartnershipContext,
  rng: Random,
  r: { review: string; agency: string; kind: InformationRequestKind; sentOn: Day; workingDays: number; latest: Day | null },
): void {
  const dueOn = addWorkingDays(r.sentOn, r.workingDays);
  const timing = rng.weighted([['on-time', 0.72], ['late', 0.22], ['very-late', 0.06]] as const);
  let returned =
    timing === 'on-time' ? addWorkingDays(r.sentOn, rng.int(1, r.workingDays))
    : timing === 'late' ? addWorkingDays(dueOn, rng.int(1, 6))
    : addWorkingDays(dueOn, rng.int(7, 30));
  if (r.latest !== null) returned = Math.max(r.sentOn, Math.min(returned, r.latest));
  const returnedOn = returned <= ctx.asOf ? returned : null;
  const reminder = addWorkingDays(dueOn, rng.int(1, 3));
  const chased = returnedOn === null ? dueOn < ctx.asOf : returnedOn > dueOn;
  const remindedOn = chased && reminder <= ctx.asOf && (returnedOn === null || reminder < returnedOn) ? reminder : null;
  ctx.out.informationRequests.push({
    partnership: ctx.partnership.ref,
    ref: `${r.review}/${r.agency}/${r.kind}`,
    review: r.review,
    agency: r.agency,
    kind: r.kind,
    sentOn: iso(r.sentOn),
    dueOn: iso(dueOn),
    remindedOn: remindedOn !== null ? iso(remindedOn) : null,
    returnedOn: returnedOn !== null ? iso(returnedOn) : null,
  });
}

/**
 * A review's status history from the days its steps were reached: the steps reached by the
 * generation date, each on or after the one before, recorded by the business unit in office hours.
 * Uses no randomness, so adding it left every other generated value as it was.
 */
export function statusHistory(ctx: PartnershipContext, steps: readonly (readonly [ReviewStatus, Day | null])[]): ReviewStatusChangeRecord[] {
  const history: ReviewStatusChangeRecord[] = [];
  let previous = -Infinity;
  steps.forEach(([status, reached], i) => {
    if (reached === null || reached > ctx.asOf) return;
    const day = Math.max(reached, previous);
    previous = day;
    history.push({ status, changedOn: iso(day), recordedAt: timestamp(day, 9 * 60 + 30 + i * 7), recordedBy: ctx.businessUnit });
  });
  return history;
}
