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
import { NotificationMetricFigure as NF } from './models/reviews-metrics.enums';
import { aggregate, type AggregateRow, type FactsFamily } from './sql/metric-facts';
import { NOTIFICATION_FACTS } from './sql/notification-facts';
import { REFERRAL_DECISIONS, REFERRAL_FACTS, REFERRAL_ROUTES, type ReferralFigure } from './sql/referral-facts';

/*
 * Referrals and their decisions (DESIGN section 2), and the share of notifications with a rapid
 * review. Each is the family's SQL summed over the scope (`compute`) or grouped by partnership in the
 * same statement (`computeEach`); a partnership with no rows has the empty row's value.
 */

type Row<F extends string> = AggregateRow<F> | undefined;

/**
 * `compute`, `computeEach` and `computeSeries` of a metric read from one row of a family's totals (the
 * families place a record in a period by the date their range applies to).
 */
function fromRow<F extends string>(
  family: FactsFamily<F, 'partnership'>,
  value: (row: Row<F>) => MetricValue,
): Pick<MetricDefinition, 'compute' | 'computeEach' | 'computeSeries'> {
  const run = (m: EntityManager, s: MetricScope, by: 'partnership' | null, grain: Grain | null = null) =>
    aggregate(m, family, { filter: scopeFilter(s), asOf: s.asOf }, grain && periodGrain(grain), by);
  return {
    compute: async (m, s) => value((await run(m, s, null))[0]),
    computeEach: async (m, s) => {
      const rows = await run(m, s, 'partnership');
      return eachPartnership<Row<F>>(s, new Map(rows.map((r) => [r.key as string, r])), undefined, value);
    },
    computeSeries: async (m, s, grain) => {
      const rows = await run(m, s, 'partnership', grain);
      return eachPeriodAndPartnership<Row<F>>(s, grain, new Map(rows.map((r) => [seriesKey(r.period_start as string, r.key as string), r])), undefined, value);
    },
  };
}

const count = <F extends string>(figure: F) => (row: Row<F>): MetricValue => ({ value: row?.[figure] ?? 0 });
const extra = (name: string) => (row: Row<ReferralFigure>): MetricValue => {
  const v = row?.[name];
  return { value: v === null || v === undefined ? null : Number(v), denominator: row?.decided ?? 0 };
};

/** The notification facts with one more figure: a rapid review arises from the notification (initiated on or before the date). */
type NotificationRapidFigure = NF | 'with-rapid-review';
const NOTIFICATIONS_WITH_RAPID_REVIEW: FactsFamily<NotificationRapidFigure, 'partnership'> = {
  facts: (p, q, dim) => `SELECT w.*, ${p.add(q.asOf)}::date AS as_of FROM (${NOTIFICATION_FACTS.facts(p, q, dim)}) w`,
  dimensions: { partnership: NOTIFICATION_FACTS.dimensions.partnership },
  figures: {
    ...NOTIFICATION_FACTS.figures,
    'with-rapid-review': `EXISTS (SELECT 1 FROM reviews rr WHERE rr.notification_id = f.id AND rr.type = 'rapid-review' AND rr.initiated_on <= f.as_of)`,
  },
};

const ROUTE_WORDS: Record<(typeof REFERRAL_ROUTES)[number], string> = {
  'agency-safeguarding-lead': "by a practitioner through their agency's safeguarding lead",
  panel: 'by the national Panel',
  other: 'by another route',
};
const DECISION_WORDS: Record<(typeof REFERRAL_DECISIONS)[number], string> = {
  notify: 'notify the Panel',
  'rapid-review': 'rapid review',
  'other-review': 'another review',
  'no-review': 'no review',
};

export const REFERRALS_METRICS: MetricDefinition[] = [
  {
    key: 'referrals',
    activity: true,
    label: 'Referrals for consideration (by date referred)',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    ...fromRow(REFERRAL_FACTS, count('referrals')),
  },
  ...REFERRAL_ROUTES.map(
    (route): MetricDefinition => ({
      key: `referrals-route-${route}`,
      activity: true,
      label: `Referrals ${ROUTE_WORDS[route]}`,
      quadrant: 'how-much',
      unit: 'count',
      polarity: 'higher-is-better',
      ...fromRow(REFERRAL_FACTS, count<ReferralFigure>(`route-${route}`)),
    }),
  ),
  ...REFERRAL_DECISIONS.map(
    (decision): MetricDefinition => ({
      key: `referrals-decided-${decision}`,
      activity: true,
      label: `Referrals decided: ${DECISION_WORDS[decision]} (of those referred in the period, decided as of the date)`,
      quadrant: 'how-much',
      unit: 'count',
      polarity: 'higher-is-better',
      ...fromRow(REFERRAL_FACTS, count<ReferralFigure>(`decided-${decision}`)),
    }),
  ),
  {
    key: 'referral-decision-days-median',
    label: 'Median working days from referral to decision (referrals decided as of the date)',
    quadrant: 'how-well',
    unit: 'days',
    polarity: 'lower-is-better',
    ...fromRow(REFERRAL_FACTS, extra('median_working_days')),
  },
  {
    key: 'referral-decision-days-mean',
    label: 'Mean working days from referral to decision (referrals decided as of the date)',
    quadrant: 'how-well',
    unit: 'days',
    polarity: 'lower-is-better',
    ...fromRow(REFERRAL_FACTS, extra('mean_working_days')),
  },
  {
    key: 'notifications-with-rapid-review',
    label: 'Notifications with a rapid review (of the notifications by date aware)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromRow(NOTIFICATIONS_WITH_RAPID_REVIEW, (row) => {
      const numerator = row?.['with-rapid-review'] ?? 0;
      const denominator = row?.[NF.NOTIFICATIONS] ?? 0;
      return { value: denominator > 0 ? (100 * numerator) / denominator : null, numerator, denominator };
    }),
  },
];
