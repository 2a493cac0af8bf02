import { REVIEW_TYPE_WORDS, reviewTypeFits, type ReviewTypeValue } from '@sli/reviews-domain';
import type { KindScope } from './partnership-kind';

/**
 * The review types the shared filter offers (its URL value, kebab-case, and label); whose work each is
 * (children's, adults', domestic homicide, any partnership's learning) is the reviews domain's rule.
 */
export const REVIEW_TYPE_OPTIONS: readonly { value: ReviewTypeValue; label: string }[] = (Object.keys(REVIEW_TYPE_WORDS) as ReviewTypeValue[]).map(
  (value) => ({ value, label: REVIEW_TYPE_WORDS[value] }),
);

/**
 * The review types that fit a partnership's kind, in the filter's order. A type already chosen (from a
 * shared link, or before the partnership changed) stays on offer so the filter in force is always shown.
 */
export function reviewTypeOptions(scope: KindScope, chosen?: string | null): { value: string; label: string }[] {
  return REVIEW_TYPE_OPTIONS.filter((o) => reviewTypeFits(o.value, scope) || o.value === chosen).map(({ value, label }) => ({ value, label }));
}
