import type { FieldProblem } from '@sli/shared/api-core';
import { ReviewStatus, ReviewType } from './review.enums';

/*
 * Cross-field rules checked before every write, on the whole record as it would be saved (so an
 * update is judged together with the values it leaves alone). The database holds most of these as
 * CHECK constraints too; checking here first names every field at fault in one error.
 * Dates are `YYYY-MM-DD` text, so string comparison orders them.
 */

export interface NotificationDates {
  dateAware: string;
  dateNotified: string | null;
}

export function notificationProblems(n: NotificationDates): FieldProblem[] {
  if (n.dateNotified !== null && n.dateNotified < n.dateAware) {
    return [{ field: 'dateNotified', message: 'must be on or after dateAware' }];
  }
  return [];
}

export interface ReviewRuleFields {
  type: ReviewType;
  status: ReviewStatus;
  initiatedOn: string;
  completedOn: string | null;
  publishedOn: string | null;
  unpublishedReason: string | null;
  infoRequestedOn: string | null;
  meetingOn: string | null;
  sentToPanelOn: string | null;
  rapidReviewOutcome: string | null;
  nationalReviewRecommended: boolean | null;
}

/** Fields a review may hold only when it is a rapid review. */
export const RAPID_REVIEW_FIELDS = [
  'infoRequestedOn',
  'meetingOn',
  'sentToPanelOn',
  'rapidReviewOutcome',
  'nationalReviewRecommended',
] as const;

export function reviewProblems(r: ReviewRuleFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (r.completedOn !== null && r.completedOn < r.initiatedOn) {
    problems.push({ field: 'completedOn', message: 'must be on or after initiatedOn' });
  }
  if (r.publishedOn !== null) {
    if (r.completedOn === null) problems.push({ field: 'publishedOn', message: 'needs completedOn: a review is published after it is completed' });
    else if (r.publishedOn < r.completedOn) problems.push({ field: 'publishedOn', message: 'must be on or after completedOn' });
  }
  if (r.status === ReviewStatus.CLOSED_UNPUBLISHED && !r.unpublishedReason) {
    problems.push({ field: 'unpublishedReason', message: 'is required when the status is CLOSED_UNPUBLISHED' });
  }
  if ((r.status === ReviewStatus.COMPLETED || r.status === ReviewStatus.PUBLISHED) && r.completedOn === null) {
    problems.push({ field: 'completedOn', message: `is required when the status is ${statusName(r.status)}` });
  }
  if (r.status === ReviewStatus.PUBLISHED && r.publishedOn === null) {
    problems.push({ field: 'publishedOn', message: 'is required when the status is PUBLISHED' });
  }
  if (r.type !== ReviewType.RAPID_REVIEW) {
    for (const field of RAPID_REVIEW_FIELDS) {
      if (r[field] !== null) problems.push({ field, message: 'applies to rapid reviews only (type RAPID_REVIEW)' });
    }
  }
  return problems;
}

export interface InformationRequestDates {
  sentOn: string;
  dueOn: string;
  remindedOn: string | null;
  returnedOn: string | null;
}

export function informationRequestProblems(r: InformationRequestDates): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (r.dueOn < r.sentOn) problems.push({ field: 'dueOn', message: 'must be on or after sentOn' });
  if (r.remindedOn !== null && r.remindedOn < r.sentOn) problems.push({ field: 'remindedOn', message: 'must be on or after sentOn' });
  if (r.returnedOn !== null && r.returnedOn < r.sentOn) problems.push({ field: 'returnedOn', message: 'must be on or after sentOn' });
  return problems;
}

/**
 * Applies an update's given fields to a copy of `existing`: undefined means "leave alone", null
 * clears. Null for a field the record cannot lack is a problem, reported rather than sent to the database.
 */
export function applyPatch<T extends object>(
  existing: T,
  patch: Partial<Record<keyof T, unknown>>,
  required: readonly (keyof T & string)[],
): { merged: T; problems: FieldProblem[] } {
  const merged = { ...existing };
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof T & string, unknown][]) {
    if (value === undefined) continue;
    if (value === null && required.includes(key)) {
      problems.push({ field: key, message: 'cannot be null' });
      continue;
    }
    merged[key] = value as T[keyof T & string];
  }
  return { merged, problems };
}

const statusName = (s: ReviewStatus) => s.toUpperCase().replace(/-/g, '_');
