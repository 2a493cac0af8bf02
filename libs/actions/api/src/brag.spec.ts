import { ActionStatus, Brag } from './action.enums';
import { brag, daysOverdue } from './brag';

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
