import { formatMeasureValue, type MeasureUnit, type ObaTargetStatus, type ObaTrendDirection, type ObaTrendJudgement } from '@sli/shared/data-access';

/** A measure's value in its unit (the shared rule every page prints with). */
export const formatValue = formatMeasureValue;

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
