import type { ReviewStatus, ReviewType } from '@sli/shared/data-access';

/** Short names for review types, as a business unit writes them. */
export const REVIEW_TYPE_LABELS: Record<ReviewType, string> = {
  RAPID_REVIEW: 'Rapid review',
  LCSPR: 'LCSPR',
  NATIONAL_CSPR: 'National CSPR',
  SCR: 'Serious case review',
  PLR: 'Practice learning review',
  SAR: 'Safeguarding adults review',
  DHR: 'Domestic homicide review',
  APPRECIATIVE_INQUIRY: 'Appreciative inquiry',
  SINGLE_AGENCY: 'Single-agency review',
  CRITICAL_INCIDENT: 'Critical incident review',
  PRACTICE_LEARNING_SET: 'Practice learning set',
  CHILD_DEATH: 'Child death review',
  THEMATIC: 'Thematic review',
};

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
