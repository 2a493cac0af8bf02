import { ActionStatus, Brag } from './action.enums';
import { brag, daysOverdue, statusOn } from './brag';

const AS_OF = '2025-03-15';
const open = (dueOn: string, status = ActionStatus.IN_PROGRESS) => ({ status, dueOn });

describe('brag', () => {
  it('is amber when due on the as-of date itself', () => {
    expect(brag(open('2025-03-15'), AS_OF)).toBe(Brag.AMBER);
  });

  it('is amber when due in exactly 30 days, green at 31', () => {
    expect(brag(open('2025-04-14'), AS_OF)).toBe(Brag.AMBER);
    expect(brag(open('2025-04-15'), AS_OF)).toBe(Brag.GREEN);
  });

  it('is red when overdue by one day, whatever the open status', () => {
    expect(brag(open('2025-03-14'), AS_OF)).toBe(Brag.RED);
    expect(brag(open('2025-03-14', ActionStatus.NOT_STARTED), AS_OF)).toBe(Brag.RED);
  });

  it('is blue when completed or impact evidenced, even late', () => {
    expect(brag(open('2024-01-01', ActionStatus.COMPLETED), AS_OF)).toBe(Brag.BLUE);
    expect(brag(open('2024-01-01', ActionStatus.IMPACT_EVIDENCED), AS_OF)).toBe(Brag.BLUE);
  });

  it('has no rating when cancelled', () => {
    expect(brag(open('2024-01-01', ActionStatus.CANCELLED), AS_OF)).toBeNull();
    expect(brag(open('2026-01-01', ActionStatus.CANCELLED), AS_OF)).toBeNull();
  });

  it('counts across a month end and a clock change without drifting', () => {
    // 30 March 2025 is the UK clock change; the rule reads dates, not local times.
    expect(brag(open('2025-04-27'), '2025-03-28')).toBe(Brag.AMBER);
    expect(brag(open('2025-04-28'), '2025-03-28')).toBe(Brag.GREEN);
  });
});

describe('daysOverdue', () => {
  it('is 0 when due today or later', () => {
    expect(daysOverdue(open('2025-03-15'), AS_OF)).toBe(0);
    expect(daysOverdue(open('2025-05-01'), AS_OF)).toBe(0);
  });

  it('counts the days past due for an open action', () => {
    expect(daysOverdue(open('2025-03-14'), AS_OF)).toBe(1);
    expect(daysOverdue(open('2024-03-15'), AS_OF)).toBe(365);
  });

  it('is 0 for completed (even late) and cancelled actions', () => {
    expect(daysOverdue(open('2024-01-01', ActionStatus.COMPLETED), AS_OF)).toBe(0);
    expect(daysOverdue(open('2024-01-01', ActionStatus.CANCELLED), AS_OF)).toBe(0);
  });
});

describe('statusOn', () => {
  const updates = [
    { on: '2025-01-10', from: null, to: ActionStatus.NOT_STARTED },
    { on: '2025-02-01', from: ActionStatus.NOT_STARTED, to: ActionStatus.IN_PROGRESS },
    { on: '2025-05-20', from: ActionStatus.IN_PROGRESS, to: ActionStatus.COMPLETED },
  ];
  const completed = { status: ActionStatus.COMPLETED, completedOn: '2025-05-18', cancelledOn: null, updates };

  it('reads the status the updates give for the day, and complete only from the completion date', () => {
    expect(statusOn(completed, '2025-01-09')).toBe(ActionStatus.NOT_STARTED); // before creation: its first status
    expect(statusOn(completed, '2025-01-31')).toBe(ActionStatus.NOT_STARTED);
    expect(statusOn(completed, '2025-03-31')).toBe(ActionStatus.IN_PROGRESS);
    expect(statusOn(completed, '2025-05-18')).toBe(ActionStatus.COMPLETED); // completed on the 18th, recorded on the 20th
  });

  it('is cancelled only from the cancellation date, and open before it whatever the status today', () => {
    const cancelled = { status: ActionStatus.CANCELLED, completedOn: null, cancelledOn: '2026-11-30' };
    expect(statusOn(cancelled, '2026-03-31')).toBe(ActionStatus.IN_PROGRESS);
    expect(statusOn(cancelled, '2026-11-30')).toBe(ActionStatus.CANCELLED);
    const completedLater = { status: ActionStatus.IMPACT_EVIDENCED, completedOn: '2026-06-01', cancelledOn: null };
    expect(statusOn(completedLater, '2026-03-31')).toBe(ActionStatus.IN_PROGRESS);
    expect(statusOn(completedLater, '2026-06-01')).toBe(ActionStatus.IMPACT_EVIDENCED);
  });

  it('keeps a status the action has since left, as its updates recorded it', () => {
    const reopened = {
      status: ActionStatus.IN_PROGRESS,
      completedOn: null,
      cancelledOn: null,
      updates: [...updates, { on: '2025-09-01', from: ActionStatus.COMPLETED, to: ActionStatus.IN_PROGRESS }],
    };
    expect(statusOn(reopened, '2025-06-30')).toBe(ActionStatus.COMPLETED);
    expect(statusOn(reopened, '2025-09-01')).toBe(ActionStatus.IN_PROGRESS);
  });
});
