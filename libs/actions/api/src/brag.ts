import { isComplete, isOpen } from '@sli/actions-domain';
import { ActionStatus, Brag } from './action.enums';

// Complete and open are the record rules' words too: they live in @sli/actions-domain.
export { isComplete, isOpen };

/** The part of an action the BRAG rules read. */
export interface BragInput {
  status: ActionStatus;
  /** YYYY-MM-DD */
  dueOn: string;
}

/** Days ahead of the as-of date within which an open action turns amber. */
export const AMBER_WINDOW_DAYS = 30;

const MS_PER_DAY = 86_400_000;

/** Whole days since the epoch of a YYYY-MM-DD date, read in UTC so no zone or DST can shift it. */
const dayNumber = (isoDate: string): number => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);

/**
 * BRAG as of `asOf` (YYYY-MM-DD): none for a cancelled action; blue when completed or impact
 * evidenced (even if late); red when due before asOf; amber when due on asOf or within the next
 * 30 days; green otherwise.
 */
export function brag(action: BragInput, asOf: string): Brag | null {
  if (action.status === ActionStatus.CANCELLED) return null;
  if (isComplete(action.status)) return Brag.BLUE;
  const daysLeft = dayNumber(action.dueOn) - dayNumber(asOf);
  if (daysLeft < 0) return Brag.RED;
  if (daysLeft <= AMBER_WINDOW_DAYS) return Brag.AMBER;
  return Brag.GREEN;
}

/** Days an open action is past its due date as of `asOf`; 0 when it is not overdue. */
export function daysOverdue(action: BragInput, asOf: string): number {
  if (!isOpen(action.status)) return 0;
  return Math.max(0, dayNumber(asOf) - dayNumber(action.dueOn));
}

/** The part of an action its status on a past day is read from. */
export interface StatusOnInput {
  status: ActionStatus;
  completedOn: string | null;
  cancelledOn: string | null;
  /** Its recorded status changes, oldest first, each on its day in England (YYYY-MM-DD). */
  updates?: readonly { on: string; from: ActionStatus | null; to: ActionStatus }[];
}

/**
 * The action's status on day `d` (YYYY-MM-DD), as the database function action_status_on reads it
 * (migration 1730000001200, which states the rule): cancelled only if cancelled on or before d,
 * complete only if completed on or before d, else the status its updates give for d. So figures
 * as of a past day do not change when the action moves on later.
 */
export function statusOn(action: StatusOnInput, d: string): ActionStatus {
  const updates = action.updates ?? [];
  const before = updates.filter((u) => u.on <= d);
  const after = updates.find((u) => u.on > d);
  const h = before[before.length - 1]?.to ?? (after ? (after.from ?? after.to) : action.status);
  if (action.cancelledOn !== null && action.cancelledOn <= d) return ActionStatus.CANCELLED;
  if (action.completedOn !== null && action.completedOn <= d) {
    return h === ActionStatus.IMPACT_EVIDENCED ? h : ActionStatus.COMPLETED;
  }
  if (isOpen(h)) return h;
  if (isComplete(h) && action.completedOn === null) return h;
  if (h === ActionStatus.CANCELLED && action.cancelledOn === null) return h;
  return ActionStatus.IN_PROGRESS;
}
