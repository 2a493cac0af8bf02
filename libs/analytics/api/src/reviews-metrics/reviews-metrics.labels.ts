import { AgeBand, Harm, ReviewType } from '@sli/reviews-api';
import { REVIEW_TYPE_WORDS } from '@sli/reviews-domain';

/** The breakdowns of this folder's metrics, by the value their dimension enums share. */
export type DimensionKind = 'partnership' | 'harm' | 'age-band' | 'review-type' | 'theme' | 'agency';

/** The printed name of each harm and age band, as the metrics and the downloads print them. */
export const HARM_LABELS: Record<Harm, string> = { [Harm.DEATH]: 'Death', [Harm.SERIOUS_HARM]: 'Serious harm' };

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  [AgeBand.UNDER_1]: 'Under 1',
  [AgeBand.AGE_1_5]: '1–5',
  [AgeBand.AGE_6_10]: '6–10',
  [AgeBand.AGE_11_15]: '11–15',
  [AgeBand.AGE_16_17]: '16–17',
};

/** The printed name of each review type; the annual report uses the same names. */
export const REVIEW_TYPE_LABELS: Record<ReviewType, string> = REVIEW_TYPE_WORDS;

/** Names for records with no value in the dimension (a notification with no theme, a rapid review with no notification). */
const NONE: Record<DimensionKind, string> = {
  partnership: 'No partnership',
  harm: 'No notification',
  'age-band': 'No notification',
  'review-type': 'No type',
  theme: 'No theme',
  agency: 'No agency',
};

/** Every value of an enumerated dimension, in display order; null for dimensions whose values are records. */
export function knownKeys(kind: DimensionKind): Record<string, string> | null {
  switch (kind) {
    case 'harm':
      return HARM_LABELS;
    case 'age-band':
      return AGE_BAND_LABELS;
    case 'review-type':
      return REVIEW_TYPE_LABELS;
    case 'partnership':
    case 'theme':
    case 'agency':
      return null;
  }
}

/** A readable label for a key; `sqlLabel` is the name the query joined for record dimensions. */
export function labelOf(kind: DimensionKind | null, key: string | null, sqlLabel: string | null): string {
  if (kind === null) return 'All';
  if (key === null) return NONE[kind];
  return knownKeys(kind)?.[key] ?? sqlLabel ?? key;
}

export const REVIEW_TYPE_VALUES: readonly string[] = Object.keys(REVIEW_TYPE_LABELS);
