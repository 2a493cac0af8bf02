/**
 * When the owner agency's lead is reminded of an open action or information request (issue 13): once from a set number of
 * working days before it falls due, once on the day it becomes overdue, then once a week while it stays
 * overdue. Each reminder has a key that names it for this due date, so however often the job runs (or
 * however many API processes run it) each is sent once, and moving the due date starts the round again.
 */
export type ReminderKind = 'due-soon' | 'overdue' | 'still-overdue';

export interface ReminderPlan {
  kind: ReminderKind;
  /** Unique per action and due date: `due-soon:2027-01-15`, `overdue:2027-01-15`, `overdue:2027-01-15:week-2`. */
  key: string;
  /** Whole days past the due date (0 when not yet due). */
  daysOverdue: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/**
 * The reminder an action is due on `today`, if any. `dueSoonFrom` is the first day of the "due soon"
 * notice (the working day that lies the chosen number of working days before `dueOn`; the caller works
 * it out with the bank-holiday calendar). A run that misses a day still sends the reminder the next day.
 */
export function dueDateReminder(action: { dueOn: string; open: boolean }, today: string, dueSoonFrom: string): ReminderPlan | null {
  if (!action.open) return null;
  const late = dayNumber(today) - dayNumber(action.dueOn);
  if (late > 0) {
    // Day 1 is the day it becomes overdue; days 8, 15, … start each further week.
    const week = Math.floor((late - 1) / 7);
    return week === 0
      ? { kind: 'overdue', key: `overdue:${action.dueOn}`, daysOverdue: late }
      : { kind: 'still-overdue', key: `overdue:${action.dueOn}:week-${week}`, daysOverdue: late };
  }
  if (today >= dueSoonFrom) return { kind: 'due-soon', key: `due-soon:${action.dueOn}`, daysOverdue: 0 };
  return null;
}
