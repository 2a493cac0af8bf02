import type { Headlines } from '../api/headlines';
import type { Scope } from './scope';

/** A row of figures reduced to plain numbers, so periods can be added together. */
export type Flat = Record<string, number>;

/** One family's figures: the chosen period, the one before, and the trend years (oldest first). */
export interface FamilyFigures {
  current: Flat | null;
  previous: Flat | null;
  trend: (Flat | null)[];
}

export type FamilyKey = 'notifications' | 'rapidReviews' | 'reviews' | 'actions' | 'reach' | 'impact' | 'audits';

type Row<K extends keyof Headlines> = NonNullable<Headlines[K]>[number];

const flatten = {
  notifications: (r: Row<'notifications'>): Flat => ({ notifications: r.notifications, notified: r.notified, onTime: r.onTime, overdue: r.overdue }),
  rapidReviews: (r: Row<'rapidReviews'>): Flat => ({ rapidReviews: r.rapidReviews, sent: r.sent, onTime: r.onTime, overdue: r.overdue }),
  reviews: (r: Row<'reviews'>): Flat => ({ started: r.started, completed: r.completed, published: r.published }),
  actions: (r: Row<'actions'>): Flat => ({ due: r.due, completedOnTime: r.completedOnTime, outstanding: r.outstanding, overdue: r.overdue }),
  reach: (r: Row<'reach'>): Flat => ({ sessions: r.sessions, bookings: r.bookings, attendances: r.attendances }),
  impact: (r: Row<'impact'>): Flat => ({
    evaluations: r.evaluations,
    // The mean over the evaluations times their number, so periods pool exactly.
    confidenceChangeTotal: (r.meanConfidenceChange ?? 0) * r.evaluations,
    followUpsResponded: r.followUpsResponded,
    changedPractice: r.changedPractice,
  }),
  audits: (r: Row<'audits'>): Flat => ({ goodOrBetter: r.overall.goodOrBetter.numerator, graded: r.overall.goodOrBetter.denominator }),
};

/** Adds figures key by key: counts add, and rates pool through their numerators and denominators. */
export function sum(rows: Flat[]): Flat {
  const out: Flat = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function byLabel<T extends { period?: { label: string } | null }>(rows: readonly T[], fn: (row: T) => Flat): Map<string, Flat> {
  return new Map(rows.map((r) => [r.period?.label ?? '', fn(r)]));
}

function family<T extends { period?: { label: string } | null }>(
  scope: Scope,
  trendRows: readonly T[],
  now: readonly T[] | null | undefined,
  before: readonly T[] | null | undefined,
  fn: (row: T) => Flat,
): FamilyFigures {
  const trend = byLabel(trendRows, fn);
  const series = scope.trendLabels.map((label) => trend.get(label) ?? null);
  if (scope.custom) return { current: now ? sum(now.map(fn)) : null, previous: before ? sum(before.map(fn)) : null, trend: series };
  return { current: series.at(-1) ?? null, previous: series.at(-2) ?? null, trend: series };
}

/** Reviews in progress at the end of each period: started so far less completed so far. */
function reviewsFamily(scope: Scope, data: Headlines): FamilyFigures {
  let open = 0;
  const rows = new Map<string, Flat>();
  for (const r of data.reviews) {
    open += r.started - r.completed;
    rows.set(r.period?.label ?? '', { ...flatten.reviews(r), inProgress: open });
  }
  const none: Flat = { started: 0, completed: 0, published: 0, inProgress: 0 };
  // The series starts at the first review on record: a year before it had none.
  const series = scope.trendLabels.map((label) => rows.get(label) ?? none);
  if (!scope.custom) return { current: series.at(-1) ?? null, previous: series.at(-2) ?? null, trend: series };
  const openBefore = (data.reviewsToPrevious ?? []).reduce((n, r) => n + r.started - r.completed, 0);
  return {
    current: data.reviewsNow ? { ...sum(data.reviewsNow.map(flatten.reviews)), inProgress: open } : null,
    previous: data.reviewsBefore ? { ...sum(data.reviewsBefore.map(flatten.reviews)), inProgress: openBefore } : null,
    trend: series,
  };
}

/** Every family's figures from the one response. */
export function families(scope: Scope, data: Headlines): Record<FamilyKey, FamilyFigures> {
  return {
    notifications: family(scope, data.notifications, data.notificationsNow, data.notificationsBefore, flatten.notifications),
    rapidReviews: family(scope, data.rapidReviews, data.rapidReviewsNow, data.rapidReviewsBefore, flatten.rapidReviews),
    reviews: reviewsFamily(scope, data),
    actions: family(scope, data.actions, data.actionsNow, data.actionsBefore, flatten.actions),
    reach: family(scope, data.reach, data.reachNow, data.reachBefore, flatten.reach),
    impact: family(scope, data.impact, data.impactNow, data.impactBefore, flatten.impact),
    audits: family(scope, data.audits, data.auditsNow, data.auditsBefore, flatten.audits),
  };
}
