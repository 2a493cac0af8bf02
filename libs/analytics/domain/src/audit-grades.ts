import { rate, type Rate } from './rate';

/** Ofsted's scale, best first; `requires-improvement` is "requires improvement to be good". */
export const OFSTED_GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type OfstedGradeValue = (typeof OFSTED_GRADES)[number];

export type GradeCounts = Record<OfstedGradeValue, number>;

export interface GradeShare {
  grade: OfstedGradeValue;
  count: number;
  /** count / total, from 0 to 1; null when nothing was graded. */
  share: number | null;
}

export interface GradeDistribution {
  total: number;
  /** One entry per grade, in scale order, zeros included. */
  grades: GradeShare[];
  /** (outstanding + good) / total. */
  goodOrBetter: Rate;
}

/** Spreads counts of graded cases over the whole scale, with each grade's share and the share good or better. */
export function gradeDistribution(counts: Partial<GradeCounts>): GradeDistribution {
  const count = (g: OfstedGradeValue) => counts[g] ?? 0;
  const total = OFSTED_GRADES.reduce((sum, g) => sum + count(g), 0);
  return {
    total,
    grades: OFSTED_GRADES.map((grade) => ({ grade, count: count(grade), share: rate(count(grade), total).value })),
    goodOrBetter: rate(count('outstanding') + count('good'), total),
  };
}

/**
 * current − previous share, as one fraction over the common denominator so that equal shares give
 * exactly 0 and the result has no float noise from subtracting two rounded shares; null when
 * either has nothing graded.
 */
export function shareChange(previous: Rate, current: Rate): number | null {
  if (previous.denominator === 0 || current.denominator === 0) return null;
  return (current.numerator * previous.denominator - previous.numerator * current.denominator) / (current.denominator * previous.denominator);
}

/** Whether quality went up, down or stayed level between two rounds; null when either has nothing graded. */
export function qualityDirection(previous: Rate, current: Rate): 'improved' | 'worsened' | 'unchanged' | null {
  if (previous.denominator === 0 || current.denominator === 0) return null;
  // Cross-multiplied so equal shares of different sizes (2/4, 3/6) compare equal without rounding.
  const diff = current.numerator * previous.denominator - previous.numerator * current.denominator;
  return diff > 0 ? 'improved' : diff < 0 ? 'worsened' : 'unchanged';
}
