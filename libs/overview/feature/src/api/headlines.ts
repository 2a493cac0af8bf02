import { useQuery } from '@tanstack/react-query';
import { graphql, request, type OverviewHeadlinesQuery, type OverviewHeadlinesQueryVariables } from '@sli/shared/data-access';
import type { Scope } from '../lib/scope';

/*
 * Every headline in one round trip. The trend aliases give the last five financial years (the
 * sparklines, and in a financial-year view the year and the year before); for a custom date range
 * the `…Now` / `…Before` aliases give the range and the same dates a year earlier. One `asOf` (the
 * end of the chosen range) judges every "as of" figure.
 */
export const OverviewNotificationFigures = graphql(`
  fragment OverviewNotificationFigures on NotificationMetricsRow {
    period {
      label
    }
    notifications
    notified
    onTime
    overdue
  }
`);

export const OverviewRapidReviewFigures = graphql(`
  fragment OverviewRapidReviewFigures on RapidReviewMetricsRow {
    period {
      label
    }
    rapidReviews
    sent
    onTime
    overdue
  }
`);

export const OverviewReviewFigures = graphql(`
  fragment OverviewReviewFigures on ReviewMetricsRow {
    period {
      label
    }
    started
    completed
    published
  }
`);

export const OverviewActionFigures = graphql(`
  fragment OverviewActionFigures on ActionCompletionPeriod {
    period {
      label
    }
    due
    completedOnTime
    outstanding
    overdue
  }
`);

export const OverviewReachFigures = graphql(`
  fragment OverviewReachFigures on TrainingReachRow {
    period {
      label
    }
    sessions
    bookings
    attendances
  }
`);

export const OverviewImpactFigures = graphql(`
  fragment OverviewImpactFigures on TrainingImpactRow {
    period {
      label
    }
    evaluations
    meanConfidenceChange
    followUpsResponded
    changedPractice
  }
`);

export const OverviewAuditFigures = graphql(`
  fragment OverviewAuditFigures on AuditQualityPeriod {
    period {
      label
    }
    overall {
      goodOrBetter {
        numerator
        denominator
      }
    }
  }
`);

const OverviewHeadlines = graphql(`
  query OverviewHeadlines(
    $trend: MetricFilter!
    $reviewsToDate: MetricFilter!
    $asOf: Date!
    $custom: Boolean!
    $current: MetricFilter!
    $previous: MetricFilter!
    $reviewsToPrevious: MetricFilter!
  ) {
    notifications: notificationMetrics(filter: $trend, asOf: $asOf, grain: FINANCIAL_YEAR) {
      ...OverviewNotificationFigures
    }
    notificationsNow: notificationMetrics(filter: $current, asOf: $asOf) @include(if: $custom) {
      ...OverviewNotificationFigures
    }
    notificationsBefore: notificationMetrics(filter: $previous, asOf: $asOf) @include(if: $custom) {
      ...OverviewNotificationFigures
    }
    rapidReviews: rapidReviewMetrics(filter: $trend, asOf: $asOf, grain: FINANCIAL_YEAR) {
      ...OverviewRapidReviewFigures
    }
    rapidReviewsNow: rapidReviewMetrics(filter: $current, asOf: $asOf) @include(if: $custom) {
      ...OverviewRapidReviewFigures
    }
    rapidReviewsBefore: rapidReviewMetrics(filter: $previous, asOf: $asOf) @include(if: $custom) {
      ...OverviewRapidReviewFigures
    }
    reviews: reviewMetrics(filter: $reviewsToDate, grain: FINANCIAL_YEAR) {
      ...OverviewReviewFigures
    }
    reviewsNow: reviewMetrics(filter: $current) @include(if: $custom) {
      ...OverviewReviewFigures
    }
    reviewsBefore: reviewMetrics(filter: $previous) @include(if: $custom) {
      ...OverviewReviewFigures
    }
    reviewsToPrevious: reviewMetrics(filter: $reviewsToPrevious) @include(if: $custom) {
      ...OverviewReviewFigures
    }
    actions: actionCompletionSeries(filter: $trend, asOf: $asOf, grain: FINANCIAL_YEAR) {
      ...OverviewActionFigures
    }
    actionsNow: actionCompletionSeries(filter: $current, asOf: $asOf) @include(if: $custom) {
      ...OverviewActionFigures
    }
    actionsBefore: actionCompletionSeries(filter: $previous, asOf: $asOf) @include(if: $custom) {
      ...OverviewActionFigures
    }
    reach: trainingReach(filter: $trend, grain: FINANCIAL_YEAR) {
      ...OverviewReachFigures
    }
    reachNow: trainingReach(filter: $current) @include(if: $custom) {
      ...OverviewReachFigures
    }
    reachBefore: trainingReach(filter: $previous) @include(if: $custom) {
      ...OverviewReachFigures
    }
    impact: trainingImpact(filter: $trend, asOf: $asOf, grain: FINANCIAL_YEAR) {
      ...OverviewImpactFigures
    }
    impactNow: trainingImpact(filter: $current, asOf: $asOf) @include(if: $custom) {
      ...OverviewImpactFigures
    }
    impactBefore: trainingImpact(filter: $previous, asOf: $asOf) @include(if: $custom) {
      ...OverviewImpactFigures
    }
    audits: auditQuality(filter: $trend, grain: FINANCIAL_YEAR) {
      ...OverviewAuditFigures
    }
    auditsNow: auditQuality(filter: $current) @include(if: $custom) {
      ...OverviewAuditFigures
    }
    auditsBefore: auditQuality(filter: $previous) @include(if: $custom) {
      ...OverviewAuditFigures
    }
  }
`);

export type Headlines = OverviewHeadlinesQuery;

export function headlineVariables(scope: Scope): OverviewHeadlinesQueryVariables {
  return {
    trend: scope.trend,
    reviewsToDate: { ...scope.current, from: null },
    asOf: scope.asOf,
    custom: scope.custom,
    current: scope.current,
    previous: scope.previous,
    reviewsToPrevious: { ...scope.previous, from: null },
  };
}

/** The overview's figures for the filters in the URL: one request. */
export function useHeadlines(scope: Scope) {
  const variables = headlineVariables(scope);
  return useQuery({
    queryKey: ['overview', 'headlines', variables],
    queryFn: () => request(OverviewHeadlines, variables),
  });
}
