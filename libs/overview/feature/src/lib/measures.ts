import { formatCount, formatDate, formatNumber } from '@sli/shared/ui';
import type { FamilyKey, Flat } from './figures';

/**
 * Which way is good news, as in the product's metric catalogue (so the annual report and the OBA
 * scorecard judge the same way): fewer notifications and overdue actions are better.
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface Figure {
  value: number | null;
  /** Rates only: what the percentage was computed from. */
  numerator?: number;
  denominator?: number;
}

export type Group = 'reviews' | 'actions' | 'learning';

export interface MeasureDef {
  key: string;
  group: Group;
  label: string;
  family: FamilyKey;
  unit: 'count' | 'share';
  polarity: Polarity;
  /** The page that explains the figure. */
  path: string;
  figure: (f: Flat) => Figure;
  /** A line under the chosen period's figure: what it is made of. */
  hint: (f: Flat, ctx: { label: string; asOf: string }) => string | null;
  /** Not narrowed by the review-type filter (the API ignores it for this family). */
  ignoresReviewType?: boolean;
}

const n = (f: Flat, key: string) => f[key] ?? 0;
const count = (key: string) => (f: Flat): Figure => ({ value: n(f, key) });
const share = (num: string, den: string) => (f: Flat): Figure => {
  const numerator = n(f, num);
  const denominator = n(f, den);
  return { value: denominator > 0 ? numerator / denominator : null, numerator, denominator };
};
const overdueNote = (f: Flat, what: string) => (n(f, 'overdue') > 0 ? `; ${formatCount(n(f, 'overdue'))} not yet ${what} and overdue` : '');

export const MEASURES: MeasureDef[] = [
  {
    key: 'notifications',
    group: 'reviews',
    label: 'Serious incident notifications',
    family: 'notifications',
    unit: 'count',
    polarity: 'lower-is-better',
    path: '/reviews',
    figure: count('notifications'),
    hint: (f) => `${formatCount(n(f, 'onTime'))} of ${formatCount(n(f, 'notified'))} notified within 5 working days${overdueNote(f, 'notified')}`,
  },
  {
    key: 'rapid-reviews-on-time',
    group: 'reviews',
    label: 'Rapid reviews on time',
    family: 'rapidReviews',
    unit: 'share',
    polarity: 'higher-is-better',
    path: '/reviews',
    figure: share('onTime', 'sent'),
    hint: (f) => `${formatCount(n(f, 'onTime'))} of ${formatCount(n(f, 'sent'))} sent to the panel within 15 working days${overdueNote(f, 'sent')}`,
  },
  {
    key: 'reviews-in-progress',
    group: 'reviews',
    label: 'Reviews in progress',
    family: 'reviews',
    unit: 'count',
    polarity: 'neutral',
    path: '/reviews',
    figure: count('inProgress'),
    hint: (f, { asOf }) => `Not completed by ${formatDate(asOf)}; ${formatCount(n(f, 'started'))} started in the period`,
  },
  {
    key: 'reviews-completed',
    group: 'reviews',
    label: 'Reviews completed',
    family: 'reviews',
    unit: 'count',
    polarity: 'higher-is-better',
    path: '/reviews',
    figure: count('completed'),
    hint: () => 'Every review type, by completion date',
  },
  {
    key: 'reviews-published',
    group: 'reviews',
    label: 'Reviews published',
    family: 'reviews',
    unit: 'count',
    polarity: 'higher-is-better',
    path: '/reviews',
    figure: count('published'),
    hint: () => 'By publication date',
  },
  {
    key: 'actions-open',
    group: 'actions',
    label: 'Actions open',
    family: 'actions',
    unit: 'count',
    polarity: 'lower-is-better',
    path: '/actions',
    figure: count('outstanding'),
    hint: (f) => `Not started or in progress, of ${formatCount(n(f, 'due'))} actions due in the period`,
  },
  {
    key: 'actions-overdue',
    group: 'actions',
    label: 'Actions overdue',
    family: 'actions',
    unit: 'count',
    polarity: 'lower-is-better',
    path: '/actions',
    figure: count('overdue'),
    hint: (_f, { asOf }) => `Open and past their due date on ${formatDate(asOf)}`,
  },
  {
    key: 'actions-completed-on-time',
    group: 'actions',
    label: 'Actions completed on time',
    family: 'actions',
    unit: 'share',
    polarity: 'higher-is-better',
    path: '/actions',
    figure: share('completedOnTime', 'due'),
    hint: (f) => `${formatCount(n(f, 'completedOnTime'))} of ${formatCount(n(f, 'due'))} due in the period completed by their due date`,
  },
  {
    key: 'training-reach',
    group: 'learning',
    label: 'Training reach',
    family: 'reach',
    unit: 'count',
    polarity: 'higher-is-better',
    path: '/training',
    figure: count('attendances'),
    hint: (f) =>
      `Attendances: ${formatCount(n(f, 'attendances'))} of ${formatCount(n(f, 'bookings'))} places booked, at ${formatCount(n(f, 'sessions'))} sessions`,
    ignoresReviewType: true,
  },
  {
    key: 'training-practice-change',
    group: 'learning',
    label: 'Training impact: practice changed',
    family: 'impact',
    unit: 'share',
    polarity: 'higher-is-better',
    path: '/training',
    figure: share('changedPractice', 'followUpsResponded'),
    hint: (f) => {
      const answered = `${formatCount(n(f, 'changedPractice'))} of ${formatCount(n(f, 'followUpsResponded'))} answering the follow-up`;
      const evaluations = n(f, 'evaluations');
      if (evaluations === 0) return answered;
      const change = n(f, 'confidenceChangeTotal') / evaluations;
      return `${answered}; confidence ${change >= 0 ? 'up' : 'down'} ${formatNumber(Math.abs(change))} on a 1–5 scale`;
    },
    ignoresReviewType: true,
  },
  {
    key: 'audit-good-or-better',
    group: 'learning',
    label: 'Audit quality: good or better',
    family: 'audits',
    unit: 'share',
    polarity: 'higher-is-better',
    path: '/audits',
    figure: share('goodOrBetter', 'graded'),
    hint: (f) => `${formatCount(n(f, 'goodOrBetter'))} of ${formatCount(n(f, 'graded'))} audited cases graded good or outstanding`,
    ignoresReviewType: true,
  },
];

export const GROUPS: { key: Group; title: string }[] = [
  { key: 'reviews', title: 'Notifications and reviews' },
  { key: 'actions', title: 'Action plans' },
  { key: 'learning', title: 'Training and audit' },
];
