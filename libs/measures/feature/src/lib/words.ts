import { formatNumber, formatShare } from '@sli/shared/ui';
import type { MeasureUnit, ObaTargetStatus, ObaTrendDirection, ObaTrendJudgement } from '@sli/shared/data-access';

const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A measure's value in its unit: 57.1%, 12 days, 3.4 per 10,000. */
export function formatValue(value: number | null | undefined, unit: MeasureUnit): string {
  if (value == null) return '–';
  switch (unit) {
    case 'PERCENT':
      return `${oneDp.format(value)}%`;
    case 'DAYS':
      return `${oneDp.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'RATE_PER_10000':
      return `${oneDp.format(value)} per 10,000`;
    case 'COUNT':
    case 'RATIO':
    case 'SCORE':
      return formatNumber(value);
  }
}

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

export const ARROWS: Record<ObaTrendDirection, string> = { UP: '↑', DOWN: '↓', FLAT: '→' };

export const JUDGEMENT_WORDS: Record<ObaTrendJudgement, string> = {
  IMPROVING: 'Improving',
  WORSENING: 'Worsening',
  STABLE: 'Stable',
};

/** "Improving for 3 periods". */
export function trendWords(judgement: ObaTrendJudgement, periods: number): string {
  return `${JUDGEMENT_WORDS[judgement]} for ${periods} ${periods === 1 ? 'period' : 'periods'}`;
}

/** A signed fraction as a percentage: +25%, −6.3%. */
export function signedShare(v: number | null | undefined): string {
  if (v == null) return '–';
  if (v === 0) return '0%';
  return `${v > 0 ? '+' : '−'}${formatShare(Math.abs(v))}`;
}

/** How far from target in words: "6.3% below target". */
export function varianceWords(variance: number | null | undefined): string | null {
  if (variance == null) return null;
  if (variance === 0) return 'exactly on target';
  return `${formatShare(Math.abs(variance))} ${variance > 0 ? 'above' : 'below'} target`;
}

export const PERIODICITY_WORDS = { MONTH: 'Monthly', QUARTER: 'Quarterly', YEAR: 'Yearly' } as const;
