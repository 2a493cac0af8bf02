import { rate, type Rate } from './rate';

/** sum / n, or null when there is nothing to average. */
export function meanOf(sum: number, n: number): number | null {
  return n > 0 ? sum / n : null;
}

/** Sums and counts over training evaluations and follow-ups, as SQL aggregates them. */
export interface TrainingImpactTotals {
  /** Evaluations (confidence before and after, 1–5). */
  evaluations: number;
  confidenceBeforeSum: number;
  confidenceAfterSum: number;
  /** Evaluations that gave a satisfaction score, and the sum of those scores. */
  satisfactionResponses: number;
  satisfactionSum: number;
  followUpsSent: number;
  followUpsResponded: number;
  /** Respondents who said the training changed their practice. */
  changedPractice: number;
}

export interface TrainingImpactFigures {
  meanConfidenceBefore: number | null;
  meanConfidenceAfter: number | null;
  /** Mean of (after − before) over evaluations: equal to meanAfter − meanBefore over the same evaluations. */
  meanConfidenceChange: number | null;
  meanSatisfaction: number | null;
  /** responded / sent. */
  responseRate: Rate;
  /** changed practice / responded. */
  practiceChange: Rate;
}

export function trainingImpactFigures(t: TrainingImpactTotals): TrainingImpactFigures {
  return {
    meanConfidenceBefore: meanOf(t.confidenceBeforeSum, t.evaluations),
    meanConfidenceAfter: meanOf(t.confidenceAfterSum, t.evaluations),
    meanConfidenceChange: meanOf(t.confidenceAfterSum - t.confidenceBeforeSum, t.evaluations),
    meanSatisfaction: meanOf(t.satisfactionSum, t.satisfactionResponses),
    responseRate: rate(t.followUpsResponded, t.followUpsSent),
    practiceChange: rate(t.changedPractice, t.followUpsResponded),
  };
}

export type KirkpatrickLevelName = 'reaction' | 'learning' | 'behaviour' | 'results';

export interface KirkpatrickLevel {
  level: KirkpatrickLevelName;
  /** What the value measures, in words. */
  measure: string;
  /** Reaction: mean satisfaction (1–5); learning: mean confidence change (points on the 1–5 scale); behaviour: share 0–1. */
  value: number | null;
  /** How many responses the value rests on. */
  n: number;
}

/**
 * Kirkpatrick's four levels from the evaluation and follow-up totals. Results (outcomes for
 * children and adults) are not measured by training records: they come from OBA measures.
 */
export function kirkpatrickLevels(t: TrainingImpactTotals): KirkpatrickLevel[] {
  const f = trainingImpactFigures(t);
  return [
    { level: 'reaction', measure: 'mean satisfaction, 1 to 5', value: f.meanSatisfaction, n: t.satisfactionResponses },
    { level: 'learning', measure: 'mean confidence change (after − before), on the 1 to 5 scale', value: f.meanConfidenceChange, n: t.evaluations },
    { level: 'behaviour', measure: 'share of follow-up respondents reporting changed practice', value: f.practiceChange.value, n: t.followUpsResponded },
    { level: 'results', measure: 'outcomes: not measured by training records, see OBA measures', value: null, n: 0 },
  ];
}
