import type { FieldProblem } from '@sli/shared/api-core';
import { ActionStatus } from './action.enums';
import { isComplete, isOpen } from './brag';

/** The GraphQL name of a status (e.g. IN_PROGRESS), for messages clients can match to their enum. */
export const statusName = (status: ActionStatus): string => status.toUpperCase().replace(/-/g, '_');

/** The fields a status change may touch. */
export interface ActionState {
  status: ActionStatus;
  completedOn: string | null;
  /** Set exactly when the status is CANCELLED: the day it was cancelled. */
  cancelledOn: string | null;
  impactEvidence: string | null;
  signedOffOn: string | null;
  signedOffBy: string | null;
}

export interface StatusChangeRequest {
  status: ActionStatus;
  completedOn?: string | null;
  impactEvidence?: string | null;
}

/** Exactly one source: the action comes from a review or from an audit. */
export function sourceProblems(reviewId: string | null | undefined, auditId: string | null | undefined): FieldProblem[] {
  const count = (reviewId ? 1 : 0) + (auditId ? 1 : 0);
  if (count === 1) return [];
  const message = count === 0 ? 'or auditId is required: give exactly one' : 'and auditId cannot both be set: give exactly one';
  return [{ field: 'reviewId', message }];
}

/** Completion fields must match the status (the same rule the table's checks enforce, named per field). */
export function completionProblems(status: ActionStatus, completedOn: string | null, impactEvidence: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isComplete(status) && !completedOn) {
    problems.push({ field: 'completedOn', message: `is required when the status is ${statusName(status)}` });
  }
  if (!isComplete(status) && completedOn) {
    problems.push({ field: 'completedOn', message: `must be empty when the status is ${statusName(status)}` });
  }
  if (status === ActionStatus.IMPACT_EVIDENCED && !impactEvidence) {
    problems.push({ field: 'impactEvidence', message: 'is required when the status is IMPACT_EVIDENCED' });
  }
  return problems;
}

/**
 * The state after moving `current` to `request.status` on `today` (YYYY-MM-DD, in England), or the
 * problems that forbid it. A completion date already recorded carries over between COMPLETED and
 * IMPACT_EVIDENCED; leaving those statuses clears it, and reopening an action also clears its
 * sign-off, which no longer holds. Cancelling records today as the cancellation date; any other
 * status clears it (a reinstated action is no longer cancelled).
 */
export function planStatusChange(
  current: ActionState,
  request: StatusChangeRequest,
  today: string,
): { next: ActionState; problems: FieldProblem[] } {
  const to = request.status;
  if (to === current.status) {
    return { next: current, problems: [{ field: 'status', message: `is already ${statusName(to)}` }] };
  }
  const problems: FieldProblem[] = [];
  let completedOn: string | null = null;
  if (isComplete(to)) {
    completedOn = request.completedOn ?? (isComplete(current.status) ? current.completedOn : null);
  } else if (request.completedOn) {
    problems.push({ field: 'completedOn', message: `must be empty when the status is ${statusName(to)}` });
  }
  const impactEvidence = request.impactEvidence ?? current.impactEvidence;
  if (problems.length === 0) problems.push(...completionProblems(to, completedOn, impactEvidence));
  const reopened = isOpen(to);
  return {
    next: {
      status: to,
      completedOn,
      cancelledOn: to === ActionStatus.CANCELLED ? today : null,
      impactEvidence,
      signedOffOn: reopened ? null : current.signedOffOn,
      signedOffBy: reopened ? null : current.signedOffBy,
    },
    problems,
  };
}
