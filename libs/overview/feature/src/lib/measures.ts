import type { KindScope } from '@sli/shared/data-access';
import { formatCount, formatNumber } from '@sli/shared/ui';
import { OVERVIEW_TILE_KEYS } from './headline-keys';

export type Group = 'reviews' | 'actions' | 'learning';

/** A catalogue value of the chosen period, as the hint lines read it. */
export interface DetailValue {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * A tile of the overview: which metric catalogue key it shows (its label, unit, polarity and
 * definition come from the catalogue, through the API), and what the page adds around it.
 */
export interface TileDef {
  /** The metric catalogue key. */
  key: (typeof OVERVIEW_TILE_KEYS)[number];
  group: Group;
  /** A short title; the catalogue's definition is shown under "Definition". */
  title: string;
  /** The page that explains the figure, and extra parameters for its link. */
  path: string;
  linkParams?: Record<string, string>;
  /** The id of the list on that page the figure counts; the page scrolls to it (`#notifications`). */
  anchor?: string;
  /** A line under the figure quoting other catalogue values of the chosen period (tiles' or OVERVIEW_DETAIL_KEYS'). */
  hint?: (detail: (key: string) => DetailValue | undefined, ctx: { label: string }) => string | null;
  /** The OVERVIEW_DETAIL_KEYS the hint quotes (not other tiles'): asked for only when the tile is shown. */
  details?: string[];
  /** Not narrowed by the review-type filter (the API ignores it for this family). */
  ignoresReviewType?: boolean;
  /**
   * The kind of work the figure is about (children: notifications, rapid reviews; adults: SARs;
   * domesticHomicide: DHRs): shown only to a partnership that does it (kindScope). None: every partnership.
   */
  work?: keyof KindScope;
}

const count = (v: DetailValue | undefined) => formatCount(v?.value ?? 0);
const ofRate = (v: DetailValue | undefined) => `${formatCount(v?.numerator ?? 0)} of ${formatCount(v?.denominator ?? 0)}`;

export const TILES: TileDef[] = [
  {
    key: 'notifications',
    group: 'reviews',
    title: 'Serious incident notifications',
    path: '/reviews',
    anchor: 'notifications',
    hint: (d) => `${ofRate(d('notifications-on-time'))} notified within 5 working days`,
    details: ['notifications-on-time'],
    work: 'children',
  },
  { key: 'rapid-reviews-on-time', group: 'reviews', title: 'Rapid reviews on time', path: '/reviews', anchor: 'reviews-rapid', work: 'children' },
  {
    key: 'sars-started',
    group: 'reviews',
    title: 'Safeguarding adults reviews started',
    path: '/reviews',
    linkParams: { reviewType: 'sar' },
    anchor: 'reviews-list',
    hint: (d) => `${count(d('sars-completed'))} completed in the period`,
    details: ['sars-completed'],
    work: 'adults',
  },
  {
    key: 'sars-within-six-months',
    group: 'reviews',
    title: 'SARs completed within 6 months',
    path: '/reviews',
    linkParams: { reviewType: 'sar' },
    anchor: 'reviews-list',
    work: 'adults',
  },
  {
    key: 'dhrs-started',
    group: 'reviews',
    title: 'Domestic homicide reviews started',
    path: '/reviews',
    linkParams: { reviewType: 'dhr' },
    anchor: 'reviews-list',
    hint: (d) => `${count(d('dhrs-completed'))} completed in the period`,
    details: ['dhrs-completed'],
    work: 'domesticHomicide',
  },
  {
    key: 'dhrs-within-six-months',
    group: 'reviews',
    title: 'DHRs completed within 6 months',
    path: '/reviews',
    linkParams: { reviewType: 'dhr' },
    anchor: 'reviews-list',
    work: 'domesticHomicide',
  },
  {
    key: 'reviews-in-progress',
    group: 'reviews',
    title: 'Reviews in progress',
    path: '/reviews',
    anchor: 'reviews-list',
    hint: (d) => `${count(d('reviews-started'))} started in the period`,
    details: ['reviews-started'],
  },
  { key: 'reviews-completed', group: 'reviews', title: 'Reviews completed', path: '/reviews', anchor: 'reviews-list' },
  { key: 'reviews-published', group: 'reviews', title: 'Reviews published', path: '/reviews', anchor: 'reviews-list' },
  {
    key: 'actions-open',
    group: 'actions',
    title: 'Actions open',
    path: '/actions',
    hint: (d) => `Of ${formatCount(d('actions-completed-on-time')?.denominator ?? 0)} actions due in the period that are completed or overdue (not those yet to fall due)`,
  },
  {
    key: 'actions-overdue',
    group: 'actions',
    title: 'Actions overdue',
    path: '/actions',
    // The list shows the same actions: those due in the period.
    linkParams: { overdue: 'period' },
    hint: (d, { label }) => `Due in ${label}; ${count(d('actions-overdue-any-year'))} overdue whatever year they were due`,
    details: ['actions-overdue-any-year'],
  },
  { key: 'actions-completed-on-time', group: 'actions', title: 'Actions completed on time', path: '/actions' },
  {
    key: 'training-reach',
    group: 'learning',
    title: 'Training reach',
    path: '/training',
    anchor: 'training-sessions',
    hint: (d) => `Attendances at ${count(d('training-sessions'))} sessions`,
    details: ['training-sessions'],
    ignoresReviewType: true,
  },
  {
    key: 'training-practice-change',
    group: 'learning',
    title: 'Training impact: practice changed',
    path: '/training',
    hint: (d) => {
      const c = d('training-confidence-change');
      if (c?.value == null) return null;
      return `Confidence ${c.value >= 0 ? 'up' : 'down'} ${formatNumber(Math.abs(c.value))} on a 1–5 scale (${formatCount(c.denominator ?? 0)} evaluations)`;
    },
    details: ['training-confidence-change'],
    ignoresReviewType: true,
  },
  { key: 'audit-good-or-better', group: 'learning', title: 'Audit quality: good or better', path: '/audits', anchor: 'case-audits', ignoresReviewType: true },
];

/** The tiles of a partnership's own work, in order: no children's tiles for an adults board, only DHRs for a community safety partnership. */
export function tilesFor(works: KindScope): TileDef[] {
  return TILES.filter((def) => !def.work || works[def.work]);
}

/** What the overview asks the API for: the shown tiles' keys and the details their hints quote, nothing a kind never shows. */
export function keysFor(works: KindScope): { tileKeys: string[]; detailKeys: string[] } {
  const tiles = tilesFor(works);
  return { tileKeys: tiles.map((t) => t.key), detailKeys: [...new Set(tiles.flatMap((t) => t.details ?? []))] };
}

/** The tile groups; `titleWithoutChildren` where a partnership that does not work with children has none of the group's children's work. */
export const GROUPS: { key: Group; title: string; titleWithoutChildren?: string }[] = [
  { key: 'reviews', title: 'Notifications and reviews', titleWithoutChildren: 'Reviews' },
  { key: 'actions', title: 'Action plans' },
  { key: 'learning', title: 'Training and audit' },
];
