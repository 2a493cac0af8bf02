import type { AgeBand, Harm, NotificationRecord, RapidReviewOutcome, ReviewRecord, ReviewStatus } from '@sli/exchange-domain';
import { writeLearning } from './action-plans';
import { existingAgencies, type PartnershipContext, sequenceRef } from './context';
import { addWorkingDays, type Day, iso, onWorkingDay, toDay, yearEnd, yearOf, yearStart } from './dates';
import type { Random } from './random';
import { AGENCIES_BY_THEME, COMMITTEES } from './reference-data';
import { reviewDuration, statusHistory, writeRequest, writeReview } from './review-lifecycle';
import { childCaseThemes, practiceThemes, topic } from './themes';
import { phrase } from './texts';

/**
 * A children's partnership's year: 2–4 serious incident notifications (half deaths, a quarter
 * babies), each with a rapid review on the statutory clock; about a quarter lead to an LCSPR
 * (a serious case review before 2019/20), others to a smaller learning review; plus the odd
 * practice learning review or appreciative inquiry of the partnership's own choosing.
 */
export function writeChildrenYear(ctx: PartnershipContext, rng: Random, year: number): void {
  const count = rng.weighted([[1, 0.08], [2, 0.3], [3, 0.34], [4, 0.22], [5, 0.06]] as const);
  const days = Array.from({ length: count }, () => rng.int(yearStart(year), yearEnd(year))).sort((a, b) => a - b);
  for (const aware of days) {
    if (aware <= ctx.asOf) writeIncident(ctx, rng, year, aware);
  }
  if (rng.chance(0.35)) writeOwnReview(ctx, rng, year, 'plr');
  if (rng.chance(0.25)) writeOwnReview(ctx, rng, year, 'appreciative-inquiry');
}

const AGE_TEXT: Record<AgeBand, string> = {
  'under-1': 'under one', '1-5': 'aged 1 to 5', '6-10': 'aged 6 to 10', '11-15': 'aged 11 to 15', '16-17': 'aged 16 or 17',
};

function writeIncident(ctx: PartnershipContext, rng: Random, year: number, aware: Day): void {
  const harm: Harm = rng.chance(0.5) ? 'death' : 'serious-harm';
  const age = rng.weighted([['under-1', 0.26], ['1-5', 0.18], ['6-10', 0.12], ['11-15', 0.26], ['16-17', 0.18]] as const);
  const themes = childCaseThemes(rng, year, age, harm, ctx.ownThemes);
  const notifiedAfter = rng.chance(0.85) ? rng.weighted([[0, 0.05], [1, 0.3], [2, 0.25], [3, 0.2], [4, 0.12], [5, 0.08]] as const) : rng.int(6, 15);
  const notified = addWorkingDays(aware, notifiedAfter);
  const known = notified <= ctx.asOf;
  const letter = ctx.nextCaseLetter();
  const calendarYear = iso(aware).slice(0, 4);

  const notification: NotificationRecord = {
    partnership: ctx.partnership.ref,
    ref: sequenceRef(ctx, 'SCSI', year),
    dateAware: iso(aware),
    dateNotified: known ? iso(notified) : null,
    harm,
    ageBand: age,
    decision: !known ? 'pending' : rng.chance(0.95) ? 'rapid-review' : 'no-rapid-review',
    summary: `${harm === 'death' ? 'Death of' : 'Serious harm to'} a child ${AGE_TEXT[age]}; concerns about ${themes
      .slice(0, 2)
      .map(phrase)
      .join(' and ')}.`,
    themes,
  };
  ctx.out.notifications.push(notification);
  if (notification.decision !== 'rapid-review') return;

  const agencies = existingAgencies(ctx, [
    'CSC', 'POLICE', 'ICB', age === 'under-1' || age === '1-5' ? 'COMMUNITY' : 'EDUCATION', 'ACUTE',
    ...rng.sample(themes.flatMap((t) => AGENCIES_BY_THEME[t] ?? []), 3),
  ]);
  const rapid = writeRapidReview(ctx, rng, { year, notified, notification, agencies, title: `Child ${letter} (${calendarYear})` });
  if (rapid.rapidReviewOutcome === 'lcspr' || rapid.rapidReviewOutcome === 'other-learning-review') {
    writeFollowOn(ctx, rng, rapid, rapid.rapidReviewOutcome, `Child ${letter} (${calendarYear})`);
  }
}

/**
 * Leeds-process milestones counted in working days from the notification: information requested
 * within 2, meeting between days 7 and 13, outcome to the Panel mostly by day 15, some late.
 */
function writeRapidReview(
  ctx: PartnershipContext,
  rng: Random,
  c: { year: number; notified: Day; notification: NotificationRecord; agencies: string[]; title: string },
): ReviewRecord {
  const infoAfter = rng.weighted([[1, 0.55], [2, 0.35], [3, 0.07], [4, 0.03]] as const);
  const meetingAfter = Math.max(infoAfter + 5, rng.chance(0.9) ? rng.int(7, 13) : rng.int(14, 18));
  const sentAfter = meetingAfter + rng.weighted([[0, 0.2], [1, 0.35], [2, 0.3], [3, 0.08], [4, 0.04], [6, 0.03]] as const);
  const infoRequested = addWorkingDays(c.notified, infoAfter);
  const meeting = addWorkingDays(c.notified, meetingAfter);
  const sent = addWorkingDays(c.notified, sentAfter);
  const done = sent <= ctx.asOf;
  const outcome: RapidReviewOutcome | null = done
    ? rng.weighted([['lcspr', 0.26], ['other-learning-review', 0.3], ['no-further-review', 0.44]] as const)
    : null;
  const status: ReviewStatus = done ? 'completed' : 'in-progress';
  const ref = sequenceRef(ctx, 'RR', c.year);
  const record: ReviewRecord = {
    partnership: ctx.partnership.ref,
    ref,
    type: 'rapid-review',
    title: `Rapid review: ${c.title}`,
    status,
    notification: c.notification.ref,
    sourceReview: null,
    initiatedOn: iso(c.notified),
    termsAgreedOn: null,
    completedOn: done ? iso(sent) : null,
    publishedOn: null,
    unpublishedReason: null,
    independentReviewer: rng.chance(0.1),
    familyParticipation: !done ? 'not-yet-offered' : rng.chance(0.2) ? 'took-part' : 'not-appropriate',
    practitionersInvolved: null,
    agencies: c.agencies,
    themes: c.notification.themes ?? [],
    infoRequestedOn: infoRequested <= ctx.asOf ? iso(infoRequested) : null,
    meetingOn: meeting <= ctx.asOf ? iso(meeting) : null,
    sentToPanelOn: done ? iso(sent) : null,
    rapidReviewOutcome: outcome,
    nationalReviewRecommended: done ? rng.chance(0.07) : null,
    // In progress from the request for information (or at once, if not yet sent); completed when sent to the Panel.
    statusHistory: statusHistory(ctx, [
      ['proposed', c.notified],
      ['in-progress', infoRequested <= ctx.asOf ? infoRequested : c.notified],
      ['completed', done ? sent : null],
    ]),
  };
  ctx.out.reviews.push(record);

  if (infoRequested <= ctx.asOf) {
    for (const agency of c.agencies) {
      writeRequest(ctx, rng, {
        review: ref, agency, kind: 'rapid-review-information', sentOn: infoRequested, workingDays: 5,
        latest: meeting <= ctx.asOf ? meeting : null,
      });
    }
  }
  if (done) {
    // Learning from a rapid review goes into the follow-on review, unless there is none.
    writeLearning(
      ctx,
      rng,
      { review: ref, ref, reportOn: sent, themes: record.themes ?? [], agencies: c.agencies, committee: COMMITTEES.learning },
      { goodPractice: [0, 1], improvements: [1, 2], recommendationRate: outcome === 'no-further-review' ? 0.6 : 0, actionsPerRecommendation: [1, 1] },
    );
  }
  return record;
}

function writeFollowOn(ctx: PartnershipContext, rng: Random, rapid: ReviewRecord, outcome: RapidReviewOutcome, subject: string): void {
  const decided = onWorkingDay(toDay(rapid.sentToPanelOn ?? rapid.initiatedOn) + rng.int(0, 14));
  if (decided > ctx.asOf) return;
  const year = yearOf(decided);
  const themes = [...new Set([...(rapid.themes ?? []), ...practiceThemes(rng, year)])];
  const agencies = [...(rapid.agencies ?? [])];
  const common = { initiatedOn: decided, notification: rapid.notification, sourceReview: rapid.ref, themes, agencies, committee: COMMITTEES.learning };
  if (outcome === 'lcspr') {
    const type = year < 2019 ? 'scr' : 'lcspr';
    writeReview(ctx, rng, {
      ...common, type, ref: sequenceRef(ctx, type.toUpperCase(), year), title: `${type.toUpperCase()}: ${subject}`,
      durationDays: reviewDuration(rng, decided, 0.65, [10, 240]), independentReviewerRate: 0.92, closedRate: 0.08,
      practitioners: [10, 35], infoKinds: ['scoping', 'chronology', 'analysis'],
      learning: { goodPractice: [1, 3], improvements: [3, 5], recommendationRate: 0.85, actionsPerRecommendation: [1, 3] },
    });
    return;
  }
  const type = rng.weighted([['plr', 0.6], ['appreciative-inquiry', 0.2], ['practice-learning-set', 0.2]] as const);
  const label = { plr: 'PLR', 'appreciative-inquiry': 'Appreciative inquiry', 'practice-learning-set': 'Practice learning set' }[type];
  writeReview(ctx, rng, {
    ...common, type, ref: sequenceRef(ctx, type === 'plr' ? 'PLR' : type === 'appreciative-inquiry' ? 'AI' : 'PLS', year),
    title: `${label}: ${subject}`,
    durationDays: type === 'plr' ? reviewDuration(rng, decided, 0.85, [10, 120]) : rng.int(45, 120),
    independentReviewerRate: type === 'plr' ? 0.4 : 0.15, closedRate: type === 'plr' ? 0.2 : 0.4,
    practitioners: [5, 18], infoKinds: type === 'plr' ? ['scoping', 'chronology'] : ['chronology'],
    learning: { goodPractice: [1, 3], improvements: [1, 3], recommendationRate: 0.7, actionsPerRecommendation: [1, 2] },
  });
}

/** A review the partnership chose to run without a notification (below the LCSPR threshold). */
function writeOwnReview(ctx: PartnershipContext, rng: Random, year: number, type: 'plr' | 'appreciative-inquiry'): void {
  const initiated = onWorkingDay(rng.int(yearStart(year), yearEnd(year)));
  if (initiated > ctx.asOf) return;
  const focus = topic(rng, year, 'children');
  const age = rng.pick(['under-1', '1-5', '6-10', '11-15', '16-17'] as const);
  const themes = [...new Set([focus, ...childCaseThemes(rng, year, age, 'serious-harm', ctx.ownThemes).slice(0, 3)])];
  const agencies = existingAgencies(ctx, ['CSC', 'POLICE', 'COMMUNITY', 'EDUCATION', ...themes.flatMap((t) => AGENCIES_BY_THEME[t] ?? [])]).slice(0, 7);
  const plr = type === 'plr';
  const calendarYear = iso(initiated).slice(0, 4);
  writeReview(ctx, rng, {
    type, ref: sequenceRef(ctx, plr ? 'PLR' : 'AI', year),
    title: plr ? `PLR: Child ${ctx.nextCaseLetter()} (${calendarYear})` : `Appreciative inquiry: ${phrase(focus)} (${calendarYear})`,
    initiatedOn: initiated, themes, agencies,
    durationDays: plr ? reviewDuration(rng, initiated, 0.85, [10, 120]) : rng.int(45, 120),
    independentReviewerRate: plr ? 0.4 : 0.15, closedRate: plr ? 0.2 : 0.4, practitioners: [5, 20],
    infoKinds: plr ? ['scoping', 'chronology'] : ['chronology'], committee: COMMITTEES.learning,
    learning: { goodPractice: [1, 3], improvements: [1, 3], recommendationRate: 0.7, actionsPerRecommendation: [1, 2] },
  });
}
