import { existingAgencies, type PartnershipContext, sequenceRef } from './context';
import { iso, onWorkingDay, yearEnd, yearStart } from './dates';
import type { Random } from './random';
import { AGENCIES_BY_THEME, COMMITTEES } from './reference-data';
import { reviewDuration, writeReview } from './review-lifecycle';
import { dhrThemes, practiceThemes, sarThemes, topic } from './themes';
import { phrase } from './texts';

const FULL_LEARNING = { goodPractice: [1, 3], improvements: [3, 5], recommendationRate: 0.85, actionsPerRecommendation: [1, 3] } as const;
const SMALL_LEARNING = { goodPractice: [1, 3], improvements: [1, 2], recommendationRate: 0.5, actionsPerRecommendation: [1, 2] } as const;

/**
 * An adults' (or joint) partnership's year: safeguarding adults reviews (about 45% self-neglect)
 * and domestic homicide reviews — about one or two of each a year, as nationally — and the odd
 * appreciative inquiry or practice learning set.
 */
export function writeAdultsYear(ctx: PartnershipContext, rng: Random, year: number): void {
  const sars = rng.weighted([[0, 0.15], [1, 0.35], [2, 0.3], [3, 0.15], [4, 0.05]] as const);
  for (let i = 0; i < sars; i++) writeSar(ctx, rng, year);
  const dhrs = rng.weighted([[0, 0.2], [1, 0.4], [2, 0.28], [3, 0.12]] as const);
  for (let i = 0; i < dhrs; i++) writeDhr(ctx, rng, year);
  if (rng.chance(0.25)) writeSmallReview(ctx, rng, year, 'appreciative-inquiry');
  if (rng.chance(0.2)) writeSmallReview(ctx, rng, year, 'practice-learning-set');
}

function initiation(ctx: PartnershipContext, rng: Random, year: number): number | null {
  const day = onWorkingDay(rng.int(yearStart(year), yearEnd(year)));
  return day <= ctx.asOf ? day : null;
}

const byTheme = (themes: readonly string[]) => themes.flatMap((t) => AGENCIES_BY_THEME[t] ?? []);

function writeSar(ctx: PartnershipContext, rng: Random, year: number): void {
  const initiated = initiation(ctx, rng, year);
  if (initiated === null) return;
  const themes = sarThemes(rng, year, rng.chance(0.45), ctx.ownThemes);
  const agencies = existingAgencies(ctx, ['ASC', 'POLICE', 'ICB', 'ACUTE', 'GP-FED', ...rng.sample(['AMBULANCE', 'COMMUNITY', 'HOUSING', 'CARE-PROVIDERS'], 2), ...byTheme(themes)]);
  writeReview(ctx, rng, {
    type: 'sar', ref: sequenceRef(ctx, 'SAR', year), title: `SAR: Adult ${ctx.nextCaseLetter()} (${iso(initiated).slice(0, 4)})`,
    initiatedOn: initiated, themes, agencies, durationDays: reviewDuration(rng, initiated, 0.55, [10, 270]),
    independentReviewerRate: 0.92, closedRate: 0.1, practitioners: [8, 30], infoKinds: ['scoping', 'chronology', 'analysis'],
    committee: COMMITTEES.learning, learning: FULL_LEARNING, familyTookPartRate: 0.45,
  });
}

function writeDhr(ctx: PartnershipContext, rng: Random, year: number): void {
  const initiated = initiation(ctx, rng, year);
  if (initiated === null) return;
  const themes = dhrThemes(rng, year, ctx.ownThemes);
  const agencies = existingAgencies(ctx, ['POLICE', 'DA-SERVICE', 'ASC', 'ICB', 'GP-FED', 'MH', 'PROBATION', 'CSC', ...byTheme(themes)]);
  writeReview(ctx, rng, {
    type: 'dhr', ref: sequenceRef(ctx, 'DHR', year), title: `DHR: Adult ${ctx.nextCaseLetter()} (${iso(initiated).slice(0, 4)})`,
    initiatedOn: initiated, themes, agencies, durationDays: reviewDuration(rng, initiated, 0.4, [20, 360]),
    independentReviewerRate: 0.97, closedRate: 0.1, practitioners: [6, 25], infoKinds: ['scoping', 'chronology', 'analysis'],
    committee: COMMITTEES.dhr, learning: FULL_LEARNING, familyTookPartRate: 0.55,
  });
}

function writeSmallReview(ctx: PartnershipContext, rng: Random, year: number, type: 'appreciative-inquiry' | 'practice-learning-set'): void {
  const initiated = initiation(ctx, rng, year);
  if (initiated === null) return;
  const focus = topic(rng, year, 'adults');
  const themes = [...new Set([focus, ...practiceThemes(rng, year)])];
  const agencies = existingAgencies(ctx, ['ASC', 'ICB', 'POLICE', 'HOUSING', ...byTheme(themes)]);
  const label = type === 'appreciative-inquiry' ? 'Appreciative inquiry' : 'Practice learning set';
  writeReview(ctx, rng, {
    type, ref: sequenceRef(ctx, type === 'appreciative-inquiry' ? 'AI' : 'PLS', year),
    title: `${label}: ${phrase(focus)} (${iso(initiated).slice(0, 4)})`,
    initiatedOn: initiated, themes, agencies, durationDays: rng.int(45, 120), independentReviewerRate: 0.15, closedRate: 0.4,
    practitioners: [6, 20], infoKinds: ['chronology'], committee: COMMITTEES.learning, learning: SMALL_LEARNING,
  });
}
