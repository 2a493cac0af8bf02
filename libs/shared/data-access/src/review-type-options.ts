import type { KindScope } from './partnership-kind';

/** Whose work a review type is: children's, adults', domestic homicide, or any partnership's learning. */
type Work = keyof KindScope | 'any';

/**
 * The review types the shared filter offers (its URL value, kebab-case, and label), each with the work
 * it belongs to: statutory children's reviews, SARs, DHRs, and the learning methods any partnership uses.
 */
export const REVIEW_TYPE_OPTIONS: readonly { value: string; label: string; work: Work }[] = [
  { value: 'rapid-review', label: 'Rapid review', work: 'children' },
  { value: 'lcspr', label: 'Local child safeguarding practice review', work: 'children' },
  { value: 'national-cspr', label: 'National child safeguarding practice review', work: 'children' },
  { value: 'scr', label: 'Serious case review', work: 'children' },
  { value: 'plr', label: 'Practice learning review', work: 'any' },
  { value: 'sar', label: 'Safeguarding adults review', work: 'adults' },
  { value: 'dhr', label: 'Domestic homicide review', work: 'domesticHomicide' },
  { value: 'appreciative-inquiry', label: 'Appreciative inquiry', work: 'any' },
  { value: 'single-agency', label: 'Single-agency review', work: 'any' },
  { value: 'critical-incident', label: 'Critical incident review', work: 'any' },
  { value: 'practice-learning-set', label: 'Practice learning set', work: 'any' },
  { value: 'child-death', label: 'Child death review', work: 'children' },
];

/**
 * The review types that fit a partnership's kind, in the filter's order. A type already chosen (from a
 * shared link, or before the partnership changed) stays on offer so the filter in force is always shown.
 */
export function reviewTypeOptions(scope: KindScope, chosen?: string | null): { value: string; label: string }[] {
  return REVIEW_TYPE_OPTIONS.filter((o) => o.work === 'any' || scope[o.work] || o.value === chosen).map(({ value, label }) => ({ value, label }));
}
