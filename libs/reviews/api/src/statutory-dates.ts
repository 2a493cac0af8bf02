import { addWorkingDays, workingDaysBetween } from '@sli/calendar-domain';
import { addCalendarMonths, COMPLETION_WITHIN_MONTHS } from '@sli/reviews-domain';
import { ReviewType } from './review.enums';

/*
 * Statutory clocks, derived on read from the recorded dates (never stored, so a corrected date or a
 * newly proclaimed bank holiday changes them at once). Dates are `YYYY-MM-DD` text, so string
 * comparison orders them. Adding N working days counts from the day after (DESIGN.md section 2).
 */

/** The local authority notifies the national panel within 5 working days of becoming aware. */
export const NOTIFY_WITHIN_WORKING_DAYS = 5;
/** A rapid review is sent to the panel within 15 working days of the notification. */
export const RAPID_REVIEW_WITHIN_WORKING_DAYS = 15;
/** The Leeds rapid review process, in working days. */
export const RAPID_REVIEW_STEPS = {
  /** Agencies asked for information within 2 working days of the notification. */
  infoRequestedWithin: 2,
  /** Agencies reply within 5 working days of the request. */
  agenciesReplyWithin: 5,
  /** The meeting falls between working days 7 and 13 after the notification. */
  meetingFrom: 7,
  meetingBy: 13,
  /** The outcome goes to the panel within 2 working days of the meeting. */
  outcomeSentWithin: 2,
} as const;
/** LCSPR, SAR, DHR and PLR are expected to complete within 6 calendar months of the decision to initiate (the clock, with pauses and extensions, is in @sli/reviews-domain). */
export { COMPLETION_WITHIN_MONTHS };
export const SIX_MONTH_REVIEW_TYPES: readonly ReviewType[] = [ReviewType.LCSPR, ReviewType.SAR, ReviewType.DHR, ReviewType.PLR];
/** An LCSPR's final report goes to the national Panel and the Secretary of State at least 7 working days before publication. */
export const REPORT_TO_PANEL_BEFORE_PUBLICATION_WORKING_DAYS = 7;
/** Published reports stay published for at least 12 months. */
export const PUBLISHED_FOR_AT_LEAST_MONTHS = 12;

export enum Timeliness {
  /** Done on or before the due date. */
  ON_TIME = 'on-time',
  /** Done, after the due date. */
  LATE = 'late',
  /** Not done as of the date asked about, and that date is after the due date. */
  OVERDUE = 'overdue',
  /** Not done as of the date asked about, and not yet past the due date. */
  DUE = 'due',
  /** Done before the window opened (a rapid review meeting before working day 7). */
  EARLY = 'early',
}

export enum StatutoryMilestoneName {
  INFORMATION_REQUESTED = 'information-requested',
  AGENCIES_REPLIED = 'agencies-replied',
  MEETING = 'meeting',
  OUTCOME_SENT = 'outcome-sent',
}

export interface Milestone {
  name: StatutoryMilestoneName;
  dueOn: string;
  /** Only for a window (the meeting): the first day it may fall on. */
  earliestOn: string | null;
  actualOn: string | null;
  status: Timeliness;
}

/**
 * Where something done on `doneOn` (null: not done) stands against `dueOn` as of `asOf`. A thing
 * done after `asOf` is judged as not done yet, so the answer for a past date never changes later.
 * On the due date itself it is still DUE, not OVERDUE.
 */
export function timeliness(dueOn: string, doneOn: string | null, asOf: string): Timeliness {
  if (doneOn !== null && doneOn <= asOf) return doneOn <= dueOn ? Timeliness.ON_TIME : Timeliness.LATE;
  return asOf > dueOn ? Timeliness.OVERDUE : Timeliness.DUE;
}

export interface NotificationClock {
  dateAware: string;
  dateNotified: string | null;
}

/** The 5th working day after the date aware. */
export function notificationDueOn(n: NotificationClock, holidays: ReadonlySet<string>): string {
  return addWorkingDays(n.dateAware, NOTIFY_WITHIN_WORKING_DAYS, holidays);
}

/** Working days after the date aware up to and including the date notified; null if not notified. */
export function workingDaysToNotify(n: NotificationClock, holidays: ReadonlySet<string>): number | null {
  return n.dateNotified === null ? null : workingDaysBetween(n.dateAware, n.dateNotified, holidays);
}

export function notificationTimeliness(n: NotificationClock, asOf: string, holidays: ReadonlySet<string>): Timeliness {
  return timeliness(notificationDueOn(n, holidays), n.dateNotified, asOf);
}

export interface RapidReviewClock {
  initiatedOn: string;
  infoRequestedOn: string | null;
  meetingOn: string | null;
  sentToPanelOn: string | null;
}

/**
 * The day a rapid review's clocks start from: the notification's date notified, or its date
 * aware while it is not notified, or the review's initiation when it has no notification.
 */
export function rapidReviewClockStart(review: RapidReviewClock, notification: NotificationClock | null): string {
  return notification?.dateNotified ?? notification?.dateAware ?? review.initiatedOn;
}

/** The 15th working day after the clock start. */
export function rapidReviewDueOn(
  review: RapidReviewClock,
  notification: NotificationClock | null,
  holidays: ReadonlySet<string>,
): string {
  return addWorkingDays(rapidReviewClockStart(review, notification), RAPID_REVIEW_WITHIN_WORKING_DAYS, holidays);
}

export interface RequestClock {
  dueOn: string;
  returnedOn: string | null;
}

/**
 * The Leeds process milestones of a rapid review as of `asOf`:
 * - information requested by working day 2 after the clock start;
 * - agencies replied: judged on the review's information requests, each returned on or before its
 *   own due date (ON_TIME only if all were); done on the latest return; due on the latest due date.
 *   With no requests recorded, due 5 working days after the request (or after its due date);
 * - meeting between working days 7 and 13 (EARLY before day 7);
 * - outcome sent within 2 working days of the meeting (of day 13 while there has been none).
 */
export function rapidReviewMilestones(
  review: RapidReviewClock,
  notification: NotificationClock | null,
  requests: readonly RequestClock[],
  asOf: string,
  holidays: ReadonlySet<string>,
): Milestone[] {
  const s = RAPID_REVIEW_STEPS;
  const start = rapidReviewClockStart(review, notification);
  const add = (d: string, n: number) => addWorkingDays(d, n, holidays);
  const done = (d: string | null) => (d !== null && d <= asOf ? d : null);

  const infoDue = add(start, s.infoRequestedWithin);
  const requested: Milestone = {
    name: StatutoryMilestoneName.INFORMATION_REQUESTED,
    dueOn: infoDue,
    earliestOn: null,
    actualOn: done(review.infoRequestedOn),
    status: timeliness(infoDue, review.infoRequestedOn, asOf),
  };

  const meetingEarliest = add(start, s.meetingFrom);
  const meetingDue = add(start, s.meetingBy);
  const metOn = done(review.meetingOn);
  const meeting: Milestone = {
    name: StatutoryMilestoneName.MEETING,
    dueOn: meetingDue,
    earliestOn: meetingEarliest,
    actualOn: metOn,
    status: metOn !== null && metOn < meetingEarliest ? Timeliness.EARLY : timeliness(meetingDue, metOn, asOf),
  };

  const outcomeDue = add(metOn ?? meetingDue, s.outcomeSentWithin);
  const outcome: Milestone = {
    name: StatutoryMilestoneName.OUTCOME_SENT,
    dueOn: outcomeDue,
    earliestOn: null,
    actualOn: done(review.sentToPanelOn),
    status: timeliness(outcomeDue, review.sentToPanelOn, asOf),
  };

  return [requested, agenciesReplied(review.infoRequestedOn ?? infoDue, requests, asOf, add), meeting, outcome];
}

function agenciesReplied(
  requestedOn: string,
  requests: readonly RequestClock[],
  asOf: string,
  add: (d: string, n: number) => string,
): Milestone {
  const name = StatutoryMilestoneName.AGENCIES_REPLIED;
  if (requests.length === 0) {
    const dueOn = add(requestedOn, RAPID_REVIEW_STEPS.agenciesReplyWithin);
    return { name, dueOn, earliestOn: null, actualOn: null, status: timeliness(dueOn, null, asOf) };
  }
  const dueOn = latest(requests.map((r) => r.dueOn));
  const each = requests.map((r) => timeliness(r.dueOn, r.returnedOn, asOf));
  const allBack = each.every((t) => t === Timeliness.ON_TIME || t === Timeliness.LATE);
  if (allBack) {
    const actualOn = latest(requests.map((r) => r.returnedOn ?? ''));
    return { name, dueOn, earliestOn: null, actualOn, status: each.includes(Timeliness.LATE) ? Timeliness.LATE : Timeliness.ON_TIME };
  }
  return { name, dueOn, earliestOn: null, actualOn: null, status: each.includes(Timeliness.OVERDUE) ? Timeliness.OVERDUE : Timeliness.DUE };
}

const latest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));

/** Six calendar months after initiation for LCSPR, SAR, DHR and PLR, before any pause or extension; null for other types. */
export function completionDueOn(review: { type: ReviewType; initiatedOn: string }): string | null {
  return SIX_MONTH_REVIEW_TYPES.includes(review.type) ? addCalendarMonths(review.initiatedOn, COMPLETION_WITHIN_MONTHS) : null;
}

/** The first day a published report may be taken down: 12 months after publication. */
export function publishedUntilEarliest(publishedOn: string | null): string | null {
  return publishedOn === null ? null : addCalendarMonths(publishedOn, PUBLISHED_FOR_AT_LEAST_MONTHS);
}

/**
 * LCSPRs: the last day to send the final report to the Panel and the Secretary of State, 7 working days
 * before publication (or the planned publication while there has been none): sent on or before it, the
 * report had at least 7 working days before publication. Null for other types or with no publication date.
 */
export function reportShareDueOn(
  review: { type: ReviewType; publishedOn: string | null; plannedPublicationOn: string | null },
  holidays: ReadonlySet<string>,
): string | null {
  const publication = review.publishedOn ?? review.plannedPublicationOn;
  if (review.type !== ReviewType.LCSPR || !publication) return null;
  return addWorkingDays(publication, -REPORT_TO_PANEL_BEFORE_PUBLICATION_WORKING_DAYS, holidays);
}
