import type { Grain } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import {
  eachPartnership,
  eachPeriodAndPartnership,
  periodGrain,
  scopeFilter,
  seriesKey,
  type MetricDefinition,
  type MetricScope,
  type MetricValue,
} from '../common/metric-catalogue.types';
import { NotificationMetricFigure as NF, RapidReviewMetricFigure as RF, ReviewMetricFigure as VF } from './models/reviews-metrics.enums';
import { aggregate, type AggregateRow, type FactsFamily } from './sql/metric-facts';
import { NOTIFICATION_FACTS } from './sql/notification-facts';
import { RAPID_REVIEW_FACTS } from './sql/rapid-review-facts';
import { REVIEW_FACTS } from './sql/review-facts';

/*
 * Each entry is the same SQL as the GraphQL metric (./sql), summed over the whole scope: no period
 * split, no breakdown. The scope's partnership list is used as given: an empty list counts nothing.
 */

type Totals<F extends string> = (figure: F) => number;

async function totals<F extends string, D extends string>(
  manager: EntityManager,
  family: FactsFamily<F, D>,
  scope: MetricScope,
): Promise<Totals<F>> {
  const filter = scopeFilter(scope);
  const [row]: (AggregateRow<F> | undefined)[] = await aggregate(manager, family, { filter, asOf: scope.asOf, figuresOnly: true }, null, null);
  return (figure) => row?.[figure] ?? 0;
}

/** The same totals for each partnership of the scope, in one statement grouped by partnership. */
async function totalsEach<F extends string, D extends string>(
  manager: EntityManager,
  family: FactsFamily<F, D | 'partnership'>,
  scope: MetricScope,
): Promise<Map<string, Totals<F>>> {
  const rows = await aggregate(manager, family, { filter: scopeFilter(scope), asOf: scope.asOf, figuresOnly: true }, null, 'partnership');
  return new Map(rows.map((row) => [row.key as string, (figure: F) => row[figure] ?? 0]));
}

/**
 * The same totals for each period of `grain` and partnership, in one statement grouped by both: a
 * family's facts place each record in a period by the date its range applies to.
 */
async function totalsSeries<F extends string, D extends string>(
  manager: EntityManager,
  family: FactsFamily<F, D | 'partnership'>,
  scope: MetricScope,
  grain: Grain,
): Promise<Map<string, Totals<F>>> {
  const rows = await aggregate(manager, family, { filter: scopeFilter(scope), asOf: scope.asOf }, periodGrain(grain), 'partnership');
  return new Map(rows.map((row) => [seriesKey(row.period_start as string, row.key as string), (figure: F) => row[figure] ?? 0]));
}

/**
 * `compute`, `computeEach` and `computeSeries` of a metric read from one family's totals: `value` turns
 * them into the figure, `scoped` narrows or widens the scope first (one review type, every year to the
 * date). `byPeriod` false: the scope is widened past the period, so a period's figure is not that of
 * its own records and the series computes it period by period.
 */
function fromFacts<F extends string, D extends string>(
  family: FactsFamily<F, D | 'partnership'>,
  value: (t: Totals<F>) => MetricValue,
  scoped: (s: MetricScope) => MetricScope = (s) => s,
  byPeriod = true,
): Pick<MetricDefinition, 'compute' | 'computeEach' | 'computeSeries'> {
  return {
    compute: async (m, s) => value(await totals(m, family, scoped(s))),
    computeEach: async (m, s) => eachPartnership(s, await totalsEach(m, family, scoped(s)), () => 0, value),
    ...(byPeriod
      ? { computeSeries: async (m: EntityManager, s: MetricScope, grain: Grain) => eachPeriodAndPartnership(s, grain, await totalsSeries(m, family, scoped(s), grain), () => 0, value) }
      : {}),
  };
}

const count = (value: number): MetricValue => ({ value });
const percent = (numerator: number, denominator: number): MetricValue => ({
  value: denominator > 0 ? (100 * numerator) / denominator : null,
  numerator,
  denominator,
});

/**
 * A scope narrowed to one review type (safeguarding adults reviews, domestic homicide reviews): within
 * the page's review-type filter, so a filter that leaves that type out counts none.
 */
const typeScope = (type: string) => (s: MetricScope): MetricScope => ({
  ...s,
  reviewTypes: s.reviewTypes ? s.reviewTypes.filter((t) => t === type) : [type],
});

/**
 * Started, completed and completed within six months of one statutory review type, as
 * `<prefix>-started`, `<prefix>-completed` and `<prefix>-within-six-months`.
 */
function reviewTypeMetrics(prefix: string, type: string, name: string, short: string): MetricDefinition[] {
  const scoped = typeScope(type);
  return [
    {
      key: `${prefix}-started`,
      activity: true,
      label: `${name} (${short}) initiated`,
      quadrant: 'how-much',
      unit: 'count',
      polarity: 'higher-is-better',
      ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.STARTED)), scoped),
    },
    {
      key: `${prefix}-completed`,
      activity: true,
      label: `${name} (${short}) completed`,
      quadrant: 'how-much',
      unit: 'count',
      polarity: 'higher-is-better',
      ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.COMPLETED)), scoped),
    },
    {
      key: `${prefix}-within-six-months`,
      label: `${short} completed within 6 months of initiation (of those completed)`,
      quadrant: 'how-well',
      unit: 'percent',
      polarity: 'higher-is-better',
      ...fromFacts(REVIEW_FACTS, (t) => percent(t(VF.COMPLETED_WITHIN_SIX_MONTHS), t(VF.SIX_MONTH_COMPLETIONS)), scoped),
    },
  ];
}

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const REVIEWS_METRICS: MetricDefinition[] = [
  {
    key: 'notifications',
    activity: true,
    label: 'Serious incident notifications (by date aware)',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'lower-is-better',
    ...fromFacts(NOTIFICATION_FACTS, (t) => count(t(NF.NOTIFICATIONS))),
  },
  {
    key: 'notifications-on-time',
    label: 'Notifications made within 5 working days of the date aware (of those notified as of the date)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromFacts(NOTIFICATION_FACTS, (t) => percent(t(NF.ON_TIME), t(NF.NOTIFIED))),
  },
  {
    key: 'rapid-reviews-on-time',
    label: 'Rapid reviews sent to the panel within 15 working days of the notification (of those sent as of the date)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromFacts(RAPID_REVIEW_FACTS, (t) => percent(t(RF.ON_TIME), t(RF.SENT))),
  },
  {
    key: 'reviews-started',
    activity: true,
    label: 'Reviews initiated (all types)',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.STARTED))),
  },
  {
    key: 'reviews-in-progress',
    activity: true,
    label: 'Reviews in progress on the date: initiated and not yet completed (all types, whenever initiated)',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    // Started on or before asOf less completed on or before asOf: the range's start does not apply.
    ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.STARTED) - t(VF.COMPLETED)), (s) => ({ ...s, from: '0001-01-01', to: s.asOf }), false),
  },
  {
    key: 'reviews-completed',
    activity: true,
    label: 'Reviews completed (all types)',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.COMPLETED))),
  },
  {
    key: 'reviews-published',
    activity: true,
    label: 'Reviews published',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    ...fromFacts(REVIEW_FACTS, (t) => count(t(VF.PUBLISHED))),
  },
  {
    key: 'reviews-within-six-months',
    label: 'LCSPR, SAR, DHR and PLR completed within 6 months of initiation (of those completed)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromFacts(REVIEW_FACTS, (t) => percent(t(VF.COMPLETED_WITHIN_SIX_MONTHS), t(VF.SIX_MONTH_COMPLETIONS))),
  },
  {
    key: 'family-participation',
    label: 'Completed reviews in which the family took part (of those where it applies: not rapid reviews, not where it was not appropriate)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromFacts(REVIEW_FACTS, (t) => percent(t(VF.FAMILY_TOOK_PART), t(VF.FAMILY_PARTICIPATION_APPLIES))),
  },
  // An adults board's statutory reviews (Care Act 2014 s44).
  ...reviewTypeMetrics('sars', 'sar', 'Safeguarding adults reviews', 'SARs'),
  // A community safety partnership's: domestic homicide reviews, now also called domestic abuse related death reviews.
  ...reviewTypeMetrics('dhrs', 'dhr', 'Domestic homicide reviews', 'DHRs'),
];
