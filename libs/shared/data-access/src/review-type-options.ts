import { reviewTypeFits, type ReviewTypeValue } from '@sli/reviews-domain';
import type { KindScope } from './partnership-kind';

/**
 * The review types the shared filter offers (its URL value, kebab-case, and label); whose work each is
 * (children's, adults', domestic homicide, any partnership's learning) is the reviews domain's rule.
 */
const LABELLED: readonly { value: ReviewTypeValue; label: string }[] = [
  { value: 'rapid-review', label: 'Rapid review' },
  { value: 'lcspr', label: 'Local child safeguarding practice review' },
  { value: 'national-cspr', label: 'National child safeguarding practice review' },
  { value: 'scr', label: 'Serious case review' },
  { value: 'plr', label: 'Practice learning review' },
  { value: 'sar', label: 'Safeguarding adults review' },
  { value: 'dhr', label: 'Domestic homicide review' },
  { value: 'appreciative-inquiry', label: 'Appreciative inquiry' },
  { value: 'single-agency', label: 'Single-agency review' },
  { value: 'critical-incident', label: 'Critical incident review' },
  { value: 'practice-learning-set', label: 'Practice learning set' },
  { value: 'child-death', label: 'Child death review' },
  { value: 'thematic', label: 'Thematic review' },
];

export const REVIEW_TYPE_OPTIONS = LABELLED;

/**
 * The review types that fit a partnership's kind, in the filter's order. A type already chosen (from a
 * shared link, or before the partnership changed) stays on offer so the filter in force is always shown.
 */
export function reviewTypeOptions(scope: KindScope, chosen?: string | null): { value: string; label: string }[] {
  return REVIEW_TYPE_OPTIONS.filter((o) => reviewTypeFits(o.value, scope) || o.value === chosen).map(({ value, label }) => ({ value, label }));
}
