import type { PublishedMeasure, PublishedScorecard } from '@sli/analytics-domain';
import { polarityWords, type ObaPolarity } from '@sli/analytics-domain';
import type { MeasureAnalysis, MeasurePoint } from '../models/oba.models';
import type { Measure } from '@sli/measures-api';

export interface SnapshotEntry {
  measure: Measure;
  analysis: MeasureAnalysis;
  series: MeasurePoint[];
}

/** One measure as the published page prints it: the scorecard's own words, nothing recomputed. */
export function publishedMeasure({ measure, analysis, series }: SnapshotEntry): PublishedMeasure {
  return {
    name: measure.name,
    description: measure.description,
    headline: measure.headline,
    polarity: polarityWords(measure.polarity as ObaPolarity),
    period: analysis.latest?.label ?? null,
    actual: analysis.words.latest,
    target: analysis.words.target,
    status: analysis.status,
    variance: analysis.words.variance,
    trend: analysis.words.trend,
    trendShort: analysis.words.trendShort,
    trendJudgement: analysis.trendJudgement,
    baseline: analysis.words.baseline,
    forecast: analysis.words.forecast,
    lag: analysis.words.lag,
    series: series.map((p) => ({ label: p.label, value: p.value })),
  };
}

export const PUBLISHED_NOTES = [
  'Each measure answers one of three questions: how much did we do, how well did we do it, and is anyone better off.',
  'A percentage is compared with its target and baseline in percentage points; a count in percent of the target or baseline.',
  'The trend is the latest run of two or more periods moving the same way; after a single change, the line through every value.',
  'These figures were published by the partnership and do not change until it publishes again.',
];

export function snapshotOf(
  partnershipName: string,
  asOf: string,
  publishedAt: Date,
  headlineOnly: boolean,
  quadrants: { question: string; entries: SnapshotEntry[] }[],
): PublishedScorecard {
  return {
    format: 'sli-published-scorecard/1',
    partnership: { name: partnershipName },
    asOf,
    publishedAt: publishedAt.toISOString(),
    headlineOnly,
    quadrants: quadrants.map((q) => ({ question: q.question, measures: q.entries.map(publishedMeasure) })),
    notes: PUBLISHED_NOTES,
  };
}
