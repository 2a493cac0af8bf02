import type { ActionStatus, Brag } from '@sli/shared/data-access';
import { BRAG_COLOURS } from '@sli/shared/ui';

export const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'IMPACT_EVIDENCED', 'CANCELLED'];

export const STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  IMPACT_EVIDENCED: 'Impact evidenced',
  CANCELLED: 'Cancelled',
};

export const isComplete = (s: ActionStatus) => s === 'COMPLETED' || s === 'IMPACT_EVIDENCED';

/** BRAG in the order the issue gives it, with its word and meaning (never colour alone). */
export const BRAGS: { brag: Brag; key: 'blue' | 'red' | 'amber' | 'green'; word: string; meaning: string; colour: string }[] = [
  { brag: 'BLUE', key: 'blue', word: 'Blue', meaning: 'complete', colour: BRAG_COLOURS.BLUE },
  { brag: 'RED', key: 'red', word: 'Red', meaning: 'overdue', colour: BRAG_COLOURS.RED },
  { brag: 'AMBER', key: 'amber', word: 'Amber', meaning: 'due within 30 days', colour: BRAG_COLOURS.AMBER },
  { brag: 'GREEN', key: 'green', word: 'Green', meaning: 'on track', colour: BRAG_COLOURS.GREEN },
];

/** An API message naming a status (e.g. "is required when the status is COMPLETED") in words. */
export function readableMessage(message: string): string {
  return message.replace(/\b(NOT_STARTED|IN_PROGRESS|COMPLETED|IMPACT_EVIDENCED|CANCELLED)\b/g, (s) => STATUS_LABELS[s as ActionStatus].toLowerCase());
}

export { formatDateTime } from '@sli/shared/ui';
