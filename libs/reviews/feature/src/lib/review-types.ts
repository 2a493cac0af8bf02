import { REVIEW_TYPE_SHORT_WORDS } from '@sli/reviews-domain';
import type { ReviewStatus, ReviewType } from '@sli/shared/data-access';

/** Short names for review types, as a business unit writes them, keyed by the GraphQL enum ('LCSPR', 'RAPID_REVIEW'). */
export const REVIEW_TYPE_LABELS = Object.fromEntries(
  Object.entries(REVIEW_TYPE_SHORT_WORDS).map(([value, label]) => [value.toUpperCase().replace(/-/g, '_'), label]),
) as Record<ReviewType, string>;

/** Lifecycle order: proposed → scoping → in progress → report drafted → completed → published (or closed). */
export const REVIEW_STATUSES: [ReviewStatus, string][] = [
  ['PROPOSED', 'Proposed'],
  ['SCOPING', 'Scoping'],
  ['IN_PROGRESS', 'In progress'],
  ['REPORT_DRAFTED', 'Report drafted'],
  ['COMPLETED', 'Completed'],
  ['PUBLISHED', 'Published'],
  ['CLOSED_UNPUBLISHED', 'Closed unpublished'],
];

export const isReviewStatus = (value: string | null): value is ReviewStatus => REVIEW_STATUSES.some(([s]) => s === value);

/** The shared filter's kebab value ('lcspr', 'rapid-review') as the ReviewType enum value; null when unknown. */
export function reviewTypeFromKebab(kebab: string | null): ReviewType | null {
  if (!kebab) return null;
  const value = kebab.toUpperCase().replace(/-/g, '_');
  return value in REVIEW_TYPE_LABELS ? (value as ReviewType) : null;
}

export const reviewTypeLabel = (type: ReviewType) => REVIEW_TYPE_LABELS[type] ?? type;
