/** An action's status as the API's enum and the bundle hold it. */
export type ActionStatusValue = 'not-started' | 'in-progress' | 'completed' | 'impact-evidenced' | 'cancelled';

/** A status in words, as a sentence ends: "when the status is impact evidenced". */
export const ACTION_STATUS_WORDS: Record<ActionStatusValue, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  completed: 'completed',
  'impact-evidenced': 'impact evidenced',
  cancelled: 'cancelled',
};

/** Complete: completed, or completed with its impact evidenced. */
export function isComplete(status: ActionStatusValue): boolean {
  return status === 'completed' || status === 'impact-evidenced';
}

/** Open: still to be done (neither complete nor cancelled). Only open actions can be overdue. */
export function isOpen(status: ActionStatusValue): boolean {
  return !isComplete(status) && status !== 'cancelled';
}
