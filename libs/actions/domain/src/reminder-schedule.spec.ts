import { dueDateReminder } from './reminder-schedule';

// Due Friday 15 January 2027; five working days before it is Friday 8 January.
const due = { dueOn: '2027-01-15', open: true };
const from = '2027-01-08';

describe('dueDateReminder (actions and information requests)', () => {
  it('says nothing before the due-soon notice starts', () => {
    expect(dueDateReminder(due, '2027-01-07', from)).toBeNull();
  });

  it('sends one due-soon reminder, whichever day from the notice to the due date the job runs', () => {
    for (const today of ['2027-01-08', '2027-01-11', '2027-01-15']) {
      expect(dueDateReminder(due, today, from)).toEqual({ kind: 'due-soon', key: 'due-soon:2027-01-15', daysOverdue: 0 });
    }
  });

  it('sends an overdue reminder the day after the due date, and one a week while it stays overdue', () => {
    expect(dueDateReminder(due, '2027-01-16', from)).toEqual({ kind: 'overdue', key: 'overdue:2027-01-15', daysOverdue: 1 });
    expect(dueDateReminder(due, '2027-01-22', from)?.key).toBe('overdue:2027-01-15');
    expect(dueDateReminder(due, '2027-01-23', from)).toEqual({ kind: 'still-overdue', key: 'overdue:2027-01-15:week-1', daysOverdue: 8 });
    expect(dueDateReminder(due, '2027-01-29', from)?.key).toBe('overdue:2027-01-15:week-1');
    expect(dueDateReminder(due, '2027-01-30', from)?.key).toBe('overdue:2027-01-15:week-2');
  });

  it('never reminds about an action that is complete or cancelled', () => {
    expect(dueDateReminder({ ...due, open: false }, '2027-01-20', from)).toBeNull();
  });

  it('starts again when the due date moves: the keys name the due date', () => {
    const moved = { dueOn: '2027-02-26', open: true };
    expect(dueDateReminder(moved, '2027-02-22', '2027-02-19')?.key).toBe('due-soon:2027-02-26');
  });
});
