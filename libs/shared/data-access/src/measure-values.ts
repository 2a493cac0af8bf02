import { formatObaValue, type ObaUnit } from '@sli/analytics-domain';
import type { MeasureUnit } from './gql/graphql';

const UNITS: Record<MeasureUnit, ObaUnit> = {
  COUNT: 'count',
  PERCENT: 'percent',
  DAYS: 'days',
  RATE_PER_10000: 'rate-per-10000',
  SCORE: 'score',
  RATIO: 'ratio',
};

/**
 * A measure's value in its unit, rounded to it: 57.1%, 12 days, 3.4 per 10,000, 1,204. The same rule
 * as the API's words (libs/analytics/domain, oba-words.ts), for every page that prints a measure's value.
 */
export function formatMeasureValue(value: number | null | undefined, unit: MeasureUnit): string {
  return formatObaValue(value, UNITS[unit]);
}
