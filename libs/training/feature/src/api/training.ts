import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  graphql,
  metricFilter,
  request,
  useFilters,
  type PeriodGrain,
  type TrainingMetricsGroupBy,
  type TrainingPageOverTimeQuery,
  type TrainingPageReachByGroupQuery,
} from '@sli/shared/data-access';

/** Reach broken down by the sector or agency that booked, or by course. */
const TrainingPageReachByGroup = graphql(`
  query TrainingPageReachByGroup($filter: MetricFilter, $groupBy: TrainingMetricsGroupBy!) {
    trainingReach(filter: $filter, groupBy: $groupBy, grain: FINANCIAL_YEAR) {
      period {
        label
        start
      }
      group {
        key
        label
      }
      sessions
      places
      bookings
      attendances
      didNotAttend
      didNotAttendRate {
        numerator
        denominator
        value
      }
    }
  }
`);

/** Reach and impact period by period, and Kirkpatrick's levels over the whole range. */
const TrainingPageOverTime = graphql(`
  query TrainingPageOverTime($filter: MetricFilter, $grain: PeriodGrain!, $asOf: Date!) {
    trainingReach(filter: $filter, grain: $grain) {
      period {
        label
        start
      }
      sessions
      places
      bookings
      attendances
      didNotAttend
      didNotAttendRate {
        numerator
        denominator
        value
      }
      multiAgencyAttendances
    }
    trainingImpact(filter: $filter, grain: $grain, asOf: $asOf) {
      period {
        label
        start
      }
      attendances
      evaluations
      meanConfidenceBefore
      meanConfidenceAfter
      meanConfidenceChange
      followUpsSent
      followUpsResponded
      changedPractice
      responseRate {
        numerator
        denominator
        value
      }
      practiceChange {
        numerator
        denominator
        value
      }
    }
    trainingKirkpatrick(filter: $filter, asOf: $asOf) {
      level
      measure
      value
      n
    }
  }
`);

export type ReachRow = TrainingPageReachByGroupQuery['trainingReach'][number];
export type OverTime = TrainingPageOverTimeQuery;
export type ReachPeriod = OverTime['trainingReach'][number];
export type ImpactPeriod = OverTime['trainingImpact'][number];
export type KirkpatrickLevel = OverTime['trainingKirkpatrick'][number];

export const GROUPINGS = [
  { value: 'sector', label: 'Agency sector', groupBy: 'SECTOR' },
  { value: 'agency', label: 'Agency', groupBy: 'AGENCY' },
  { value: 'course', label: 'Course', groupBy: 'COURSE' },
] as const satisfies readonly { value: string; label: string; groupBy: TrainingMetricsGroupBy }[];

export const GRAINS = [
  { value: 'month', label: 'Month', grain: 'MONTH' },
  { value: 'quarter', label: 'Quarter', grain: 'QUARTER' },
  { value: 'year', label: 'Financial year', grain: 'FINANCIAL_YEAR' },
] as const satisfies readonly { value: string; label: string; grain: PeriodGrain }[];

export type Grouping = (typeof GROUPINGS)[number];
export type Grain = (typeof GRAINS)[number];

/** The page's own view state, kept in the URL beside the shared filters: `by` and `grain`. */
export function useTrainingView() {
  const [params, setParams] = useSearchParams();
  const grouping: Grouping = GROUPINGS.find((g) => g.value === params.get('by')) ?? GROUPINGS[0];
  const grain: Grain = GRAINS.find((g) => g.value === params.get('grain')) ?? GRAINS[1];
  const set = (key: 'by' | 'grain', value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  return { grouping, grain, setGrouping: (v: string) => set('by', v), setGrain: (v: string) => set('grain', v) };
}

export function useReachByGroup(groupBy: TrainingMetricsGroupBy) {
  const { filters, range } = useFilters();
  const filter = metricFilter(filters, range);
  return useQuery(
    queryOptions({
      queryKey: ['training-page', 'reach-by-group', filter, groupBy],
      queryFn: () => request(TrainingPageReachByGroup, { filter, groupBy }),
    }),
  );
}

export function useOverTime(grain: PeriodGrain) {
  const { filters, range, asOf } = useFilters();
  const filter = metricFilter(filters, range);
  return useQuery(
    queryOptions({
      queryKey: ['training-page', 'over-time', filter, grain, asOf],
      queryFn: () => request(TrainingPageOverTime, { filter, grain, asOf }),
    }),
  );
}
