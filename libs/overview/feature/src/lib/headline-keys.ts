/**
 * The metric catalogue keys the overview asks for, in tile order (no imports, so the API's
 * cross-page consistency test sends exactly what the page sends).
 */
export const OVERVIEW_TILE_KEYS = [
  'notifications',
  'rapid-reviews-on-time',
  'sars-started',
  'sars-within-six-months',
  'dhrs-started',
  'dhrs-within-six-months',
  'reviews-in-progress',
  'reviews-completed',
  'reviews-published',
  'actions-open',
  'actions-overdue',
  'actions-completed-on-time',
  'training-reach',
  'training-practice-change',
  'audit-good-or-better',
] as const;

/** The catalogue values the tiles' hint lines quote, for the chosen period only (every kind's; the page asks for its own). */
export const OVERVIEW_DETAIL_KEYS = [
  'notifications-on-time',
  'reviews-started',
  'sars-completed',
  'dhrs-completed',
  'actions-overdue-any-year',
  'training-sessions',
  'training-confidence-change',
];

/** How many financial years the sparklines show. */
export const TREND_YEARS = 5;
