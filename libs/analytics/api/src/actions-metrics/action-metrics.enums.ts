import { registerEnumType } from '@nestjs/graphql';

/** The dimensions an action plan summary can be broken down by. */
export enum ActionPlanGroupBy {
  PARTNERSHIP = 'partnership',
  /** The review, or audit, the action comes from. */
  REVIEW = 'review',
  /** The type of that review (`lcspr`, `sar`…), or `audit:<type>` for actions from audits. */
  REVIEW_TYPE = 'review-type',
  OWNER_AGENCY = 'owner-agency',
  AGENCY_SECTOR = 'agency-sector',
  COMMITTEE = 'committee',
  /** By theme code (shared across partnerships); an action with several themes counts once under each; untagged actions form their own row. */
  THEME = 'theme',
}

/**
 * The figures of a summary row or series period, named so a drill-down can ask for the actions
 * behind exactly one of them.
 */
export enum ActionMetricsCell {
  /** Every action, cancelled included (`total`). */
  ALL = 'all',
  /** Not started or in progress (`open`, the series' `outstanding`). */
  OPEN = 'open',
  /** Completed or impact evidenced (`completed`; the impact-evidenced rate's denominator). */
  COMPLETED = 'completed',
  /** Open and due before the as-of date (`overdue`, BRAG red). */
  OVERDUE = 'overdue',
  /** Not cancelled (`due`). */
  DUE = 'due',
  /** Completed on or before the due date (the completed-on-time rate's numerator). */
  COMPLETED_ON_TIME = 'completed-on-time',
  /** Completed after the due date. */
  COMPLETED_LATE = 'completed-late',
  /** Impact evidenced (the impact-evidenced rate's numerator). */
  IMPACT_EVIDENCED = 'impact-evidenced',
}

registerEnumType(ActionPlanGroupBy, {
  name: 'ActionPlanGroupBy',
  description: 'What an action plan summary is broken down by.',
  valuesMap: {
    REVIEW: { description: 'The source review, or audit, of each action.' },
    REVIEW_TYPE: { description: 'The type of the source review; actions from audits group as `audit:<audit type>`.' },
    THEME: { description: 'Each theme of the action, by code (an action with two themes counts in both rows); untagged actions have a row of their own.' },
    COMMITTEE: { description: 'The monitoring committee, ignoring case and surrounding spaces.' },
  },
});

registerEnumType(ActionMetricsCell, {
  name: 'ActionMetricsCell',
  description: 'One figure of an action plan summary or completion series, for drilling down to its actions.',
});

/** What the action register is sorted by. */
export enum ActionRegisterSort {
  DUE_ON = 'due-on',
  REF = 'ref',
  OWNER_AGENCY = 'owner-agency',
  STATUS = 'status',
  BRAG = 'brag',
  DAYS_OVERDUE = 'days-overdue',
}

registerEnumType(ActionRegisterSort, {
  name: 'ActionRegisterSort',
  description: 'What the action register is sorted by; ties fall to due date, then ref.',
  valuesMap: {
    STATUS: { description: 'Status as of the as-of date, in life order: not started, in progress, completed, impact evidenced, cancelled.' },
    BRAG: { description: 'BRAG as of the as-of date by urgency: red, amber, green, blue, then cancelled (no BRAG).' },
    OWNER_AGENCY: { description: 'The owner agency\'s name.' },
  },
});
