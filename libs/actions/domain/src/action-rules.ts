import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';
import { ACTION_STATUS_WORDS, isComplete, isOpen, type ActionStatusValue } from './action-status';

/** The fields of an action its own rules read, as it would be saved. */
export interface ActionRuleFields {
  status: ActionStatusValue;
  completedOn: string | null;
  impactEvidence: string | null;
  /** Set exactly when the status is cancelled: the day it was cancelled. */
  cancelledOn?: string | null;
  signedOffOn?: string | null;
}

/**
 * An action's rules on `today` (in England): the completion date given exactly when it is complete,
 * and not in the future (a future date would count it complete today); impact evidence when its impact
 * is evidenced; a cancellation date only when cancelled; a sign-off only once it is complete or
 * cancelled, on or after its completion and not in the future.
 */
export function actionProblems(a: ActionRuleFields, today: string): FieldProblem[] {
  const status = ACTION_STATUS_WORDS[a.status];
  const problems: FieldProblem[] = [];
  if (isComplete(a.status) && !a.completedOn) problems.push({ field: 'completedOn', message: `is required when the status is ${status}` });
  if (!isComplete(a.status) && a.completedOn) problems.push({ field: 'completedOn', message: `must be empty when the status is ${status}` });
  problems.push(...notInFuture('completedOn', a.completedOn, today));
  if (a.status === 'impact-evidenced' && !a.impactEvidence) {
    problems.push({ field: 'impactEvidence', message: `is required when the status is ${status}` });
  }
  if (a.status !== 'cancelled' && a.cancelledOn) problems.push({ field: 'cancelledOn', message: `must be empty when the status is ${status}` });
  problems.push(...notInFuture('cancelledOn', a.cancelledOn, today));
  problems.push(...signOffProblems(a, a.signedOffOn ?? null, today));
  return problems;
}

/** A sign-off on `signedOffOn`: only of a complete or cancelled action, on or after its completion, not in the future. */
export function signOffProblems(a: Pick<ActionRuleFields, 'status' | 'completedOn'>, signedOffOn: string | null, today: string): FieldProblem[] {
  if (!signedOffOn) return [];
  if (isOpen(a.status)) {
    return [{ field: 'signedOffOn', message: `is only for a complete or cancelled action: this one is ${ACTION_STATUS_WORDS[a.status]}` }];
  }
  return [...onOrAfter('signedOffOn', signedOffOn, a.completedOn, 'the completion date'), ...notInFuture('signedOffOn', signedOffOn, today)];
}

/** The fields a status change may touch. */
export interface ActionState {
  status: ActionStatusValue;
  completedOn: string | null;
  /** Set exactly when the status is cancelled: the day it was cancelled. */
  cancelledOn: string | null;
  impactEvidence: string | null;
  signedOffOn: string | null;
  signedOffBy: string | null;
}

export interface StatusChangeRequest {
  status: ActionStatusValue;
  completedOn?: string | null;
  impactEvidence?: string | null;
}

/**
 * The state after moving `current` to `request.status` on `today` (YYYY-MM-DD, in England), or the
 * problems that forbid it. A completion date already recorded carries over between completed and
 * impact evidenced; leaving those statuses clears it, and reopening an action also clears its
 * sign-off, which no longer holds. Cancelling records today as the cancellation date; any other
 * status clears it (a reinstated action is no longer cancelled).
 */
export function planStatusChange(current: ActionState, request: StatusChangeRequest, today: string): { next: ActionState; problems: FieldProblem[] } {
  const to = request.status;
  if (to === current.status) {
    return { next: current, problems: [{ field: 'status', message: `is already ${ACTION_STATUS_WORDS[to]}` }] };
  }
  const problems: FieldProblem[] = [];
  let completedOn: string | null = null;
  if (isComplete(to)) {
    completedOn = request.completedOn ?? (isComplete(current.status) ? current.completedOn : null);
  } else if (request.completedOn) {
    problems.push({ field: 'completedOn', message: `must be empty when the status is ${ACTION_STATUS_WORDS[to]}` });
  }
  const impactEvidence = request.impactEvidence ?? current.impactEvidence;
  const reopened = isOpen(to);
  const next: ActionState = {
    status: to,
    completedOn,
    cancelledOn: to === 'cancelled' ? today : null,
    impactEvidence,
    signedOffOn: reopened ? null : current.signedOffOn,
    signedOffBy: reopened ? null : current.signedOffBy,
  };
  if (problems.length === 0) problems.push(...actionProblems({ ...next, signedOffOn: null }, today));
  return { next, problems };
}
