import { formatObaValue, type ObaUnit } from '@sli/analytics-domain';
import type { MeasureUnit, ObaTargetStatus, ObaTrendDirection, ObaTrendJudgement } from '@sli/shared/data-access';

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
 * as the API's words (libs/analytics/domain, oba-words.ts), for the values the curve plots.
 */
export function formatValue(value: number | null | undefined, unit: MeasureUnit): string {
  return formatObaValue(value, UNITS[unit]);
}

const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Axis ticks: short, no unit words. */
export function formatTick(value: number, unit: MeasureUnit): string {
  return unit === 'PERCENT' ? `${oneDp.format(value)}%` : oneDp.format(value);
}

export const STATUS_WORDS: Record<ObaTargetStatus, string> = {
  ON_TARGET: 'On target',
  OFF_TARGET: 'Off target',
  NO_TARGET: 'No target set',
  NO_DATA: 'No data yet',
};

export const STATUS_COLOURS: Record<ObaTargetStatus, string> = {
  ON_TARGET: '#2e7d32',
  OFF_TARGET: '#b3261e',
  NO_TARGET: '#5f6b76',
  NO_DATA: '#5f6b76',
};

export const ARROWS: Record<ObaTrendDirection, string> = {
  UP: '↑',
  DOWN: '↓',
  FLAT: '→',
};

export const JUDGEMENT_WORDS: Record<ObaTrendJudgement, string> = {
  IMPROVING: 'Improving',
  WORSENING: 'Worsening',
  STABLE: 'Stable',
};

export const PERIODICITY_WORDS = {
  MONTH: 'Monthly',
  QUARTER: 'Quarterly',
  YEAR: 'Yearly',
} as const;
