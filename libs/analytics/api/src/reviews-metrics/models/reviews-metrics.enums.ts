import { registerEnumType } from '@nestjs/graphql';

/** What notification figures can be broken down by, besides the period. */
export enum NotificationMetricsDimension {
  PARTNERSHIP = 'partnership',
  HARM = 'harm',
  AGE_BAND = 'age-band',
  THEME = 'theme',
}

/** What rapid review figures can be broken down by, besides the period. Harm and age band are the notification's. */
export enum RapidReviewMetricsDimension {
  PARTNERSHIP = 'partnership',
  HARM = 'harm',
  AGE_BAND = 'age-band',
  THEME = 'theme',
  AGENCY = 'agency',
}

/** What review figures can be broken down by, besides the period. */
export enum ReviewMetricsDimension {
  PARTNERSHIP = 'partnership',
  REVIEW_TYPE = 'review-type',
  THEME = 'theme',
  AGENCY = 'agency',
}

/** The notification figures a drill-down can list the records of. */
export enum NotificationMetricFigure {
  NOTIFICATIONS = 'notifications',
  NOTIFIED = 'notified',
  ON_TIME = 'on-time',
  LATE = 'late',
  OVERDUE = 'overdue',
  DUE = 'due',
}

/** The rapid review figures a drill-down can list the records of. */
export enum RapidReviewMetricFigure {
  RAPID_REVIEWS = 'rapid-reviews',
  SENT = 'sent',
  ON_TIME = 'on-time',
  LATE = 'late',
  OVERDUE = 'overdue',
  DUE = 'due',
}

/** The review figures a drill-down can list the records of. */
export enum ReviewMetricFigure {
  STARTED = 'started',
  COMPLETED = 'completed',
  PUBLISHED = 'published',
  SIX_MONTH_COMPLETIONS = 'six-month-completions',
  COMPLETED_WITHIN_SIX_MONTHS = 'completed-within-six-months',
  COMPLETED_BY_ORIGINAL_DUE_DATE = 'completed-by-original-due-date',
  FAMILY_PARTICIPATION_APPLIES = 'family-participation-applies',
  FAMILY_TOOK_PART = 'family-took-part',
}

registerEnumType(NotificationMetricsDimension, {
  name: 'NotificationMetricsDimension',
  description: 'Breaks notification figures down by partnership, harm, age band or theme (a notification counts under each of its themes).',
});
registerEnumType(RapidReviewMetricsDimension, {
  name: 'RapidReviewMetricsDimension',
  description: "Breaks rapid review figures down by partnership, the notification's harm or age band, theme or agency involved.",
});
registerEnumType(ReviewMetricsDimension, {
  name: 'ReviewMetricsDimension',
  description: 'Breaks review figures down by partnership, review type, theme or agency involved.',
});
registerEnumType(NotificationMetricFigure, {
  name: 'NotificationMetricFigure',
  description: 'A figure of `notificationMetrics`, to list the notifications behind it.',
  valuesMap: {
    NOTIFICATIONS: { description: 'Every notification whose date aware is in the period.' },
    NOTIFIED: { description: 'Notified as of asOf (the on-time rate denominator).' },
    ON_TIME: { description: 'Notified as of asOf, within 5 working days of the date aware.' },
    LATE: { description: 'Notified as of asOf, after the 5th working day.' },
    OVERDUE: { description: 'Not notified as of asOf, and asOf is after the 5th working day.' },
    DUE: { description: 'Not notified as of asOf, still within the 5 working days.' },
  },
});
registerEnumType(RapidReviewMetricFigure, {
  name: 'RapidReviewMetricFigure',
  description: 'A figure of `rapidReviewMetrics`, to list the rapid reviews behind it.',
  valuesMap: {
    RAPID_REVIEWS: { description: "Every rapid review whose notification's date aware is in the period." },
    SENT: { description: 'Sent to the panel as of asOf (the on-time rate denominator).' },
    ON_TIME: { description: 'Sent as of asOf, within 15 working days of the notification.' },
    LATE: { description: 'Sent as of asOf, after the 15th working day.' },
    OVERDUE: { description: 'Not sent as of asOf, and asOf is after the 15th working day.' },
    DUE: { description: 'Not sent as of asOf, still within the 15 working days.' },
  },
});
registerEnumType(ReviewMetricFigure, {
  name: 'ReviewMetricFigure',
  description: 'A figure of `reviewMetrics`, to list the reviews behind it.',
  valuesMap: {
    STARTED: { description: 'Initiated in the period.' },
    COMPLETED: { description: 'Completed in the period.' },
    PUBLISHED: { description: 'Published in the period.' },
    SIX_MONTH_COMPLETIONS: { description: 'LCSPR, SAR, DHR and PLR completed in the period (the 6-month rate denominator).' },
    COMPLETED_WITHIN_SIX_MONTHS: {
      description: 'Of those, completed by the due date: 6 calendar months after initiation, moved on by pauses (the clock stops) or set by an agreed extension, as the review page shows it.',
    },
    COMPLETED_BY_ORIGINAL_DUE_DATE: { description: 'Of those, completed within 6 calendar months of initiation, no pause or extension counted.' },
    FAMILY_PARTICIPATION_APPLIES: {
      description: 'Completed in the period where family participation applies: not a rapid review, and not recorded as not appropriate (the family participation denominator).',
    },
    FAMILY_TOOK_PART: { description: 'Of those, the family took part.' },
  },
});
