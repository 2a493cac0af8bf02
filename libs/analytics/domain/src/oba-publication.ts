/**
 * A scorecard as published for a partnership's website (GET /api/embed/scorecards/:token): a frozen
 * copy of the grid as the partnership published it, in the scorecard's own words. Never live data.
 */
export interface PublishedScorecard {
  /** The layout of this document; a change that breaks readers adds a new one. */
  format: 'sli-published-scorecard/1';
  partnership: { name: string };
  /** The figures' date: only periods that had ended by then count. */
  asOf: string;
  /** When it was published (ISO timestamp). */
  publishedAt: string;
  headlineOnly: boolean;
  quadrants: PublishedQuadrant[];
  /** How to read it, printed under the scorecard. */
  notes: string[];
}

export interface PublishedQuadrant {
  question: string;
  measures: PublishedMeasure[];
}

export interface PublishedMeasure {
  name: string;
  description: string | null;
  headline: boolean;
  /** "higher is better" or "lower is better". */
  polarity: string;
  /** The latest period with a value, e.g. `2025/26 Q4`; null with none. */
  period: string | null;
  actual: string;
  target: string | null;
  status: 'on-target' | 'off-target' | 'no-target' | 'no-data';
  variance: string | null;
  trend: string;
  trendShort: string;
  trendJudgement: 'improving' | 'worsening' | 'stable' | null;
  baseline: string | null;
  forecast: string | null;
  lag: string | null;
  /** The values behind the curve, oldest first. */
  series: { label: string; value: number | null }[];
}

export const PUBLISHED_STATUS_WORDS: Record<PublishedMeasure['status'], string> = {
  'on-target': 'On target',
  'off-target': 'Off target',
  'no-target': 'No target set',
  'no-data': 'No data yet',
};
