import { addCalendarMonths } from '@sli/reviews-domain';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, isWorkingDay, workingDaysBetween } from '@sli/calendar-domain';
import fc from 'fast-check';
import { ReviewType } from './review.enums';
import {
  completionDueOn,
  notificationDueOn,
  notificationTimeliness,
  publishedUntilEarliest,
  rapidReviewDueOn,
  rapidReviewMilestones,
  type RapidReviewClock,
  type RequestClock,
  StatutoryMilestoneName,
  Timeliness,
  timeliness,
  workingDaysToNotify,
} from './statutory-dates';

const holidays: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
const rapid = { initiatedOn: '2024-05-10', infoRequestedOn: null, meetingOn: null, sentToPanelOn: null };

describe('statutory dates', () => {
  it('judges timeliness as of a date: done by then on or before due, else overdue only after the due date', () => {
    expect(timeliness('2024-05-10', '2024-05-10', '2024-06-01')).toBe(Timeliness.ON_TIME);
    expect(timeliness('2024-05-10', '2024-05-13', '2024-06-01')).toBe(Timeliness.LATE);
    expect(timeliness('2024-05-10', null, '2024-05-10')).toBe(Timeliness.DUE);
    expect(timeliness('2024-05-10', null, '2024-05-11')).toBe(Timeliness.OVERDUE);
    // Done after the as-of date: as of then it was not done.
    expect(timeliness('2024-05-10', '2024-05-09', '2024-05-08')).toBe(Timeliness.DUE);
    expect(timeliness('2024-05-10', '2024-05-20', '2024-05-15')).toBe(Timeliness.OVERDUE);
  });

  it('makes a notification due on the 5th working day after the date aware, across the May Day bank holiday', () => {
    // Aware Thu 2 May 2024; Mon 6 May is a bank holiday: Fri 3 (1), Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    const aware = { dateAware: '2024-05-02', dateNotified: null };
    expect(notificationDueOn(aware, holidays)).toBe('2024-05-10');
    expect(notificationTimeliness({ ...aware, dateNotified: '2024-05-10' }, '2024-06-01', holidays)).toBe(Timeliness.ON_TIME);
    expect(notificationTimeliness({ ...aware, dateNotified: '2024-05-13' }, '2024-06-01', holidays)).toBe(Timeliness.LATE);
    expect(workingDaysToNotify({ ...aware, dateNotified: '2024-05-13' }, holidays)).toBe(6);
    expect(workingDaysToNotify(aware, holidays)).toBeNull();
    expect(notificationTimeliness(aware, '2024-05-10', holidays)).toBe(Timeliness.DUE);
    expect(notificationTimeliness(aware, '2024-05-13', holidays)).toBe(Timeliness.OVERDUE);
  });

  it('runs the rapid review clock from the date notified, else the date aware, else the initiation', () => {
    // Notified Fri 10 May 2024; Mon 27 May is a bank holiday: 13–17 (5), 20–24 (10), 28–31 (14), Mon 3 Jun (15).
    const notified = { dateAware: '2024-05-02', dateNotified: '2024-05-10' };
    expect(rapidReviewDueOn(rapid, notified, holidays)).toBe('2024-06-03');
    expect(rapidReviewDueOn(rapid, { dateAware: '2024-05-10', dateNotified: null }, holidays)).toBe('2024-06-03');
    expect(rapidReviewDueOn(rapid, null, holidays)).toBe('2024-06-03');
  });

  it('lists the Leeds milestones with their windows and statuses', () => {
    const notified = { dateAware: '2024-05-02', dateNotified: '2024-05-10' };
    const review: RapidReviewClock = { ...rapid, infoRequestedOn: '2024-05-14', meetingOn: '2024-05-20', sentToPanelOn: '2024-05-24' };
    const requests: RequestClock[] = [
      { dueOn: '2024-05-21', returnedOn: '2024-05-21' },
      { dueOn: '2024-05-21', returnedOn: '2024-05-17' },
    ];
    const byName = (asOf: string, reqs = requests, r = review) =>
      Object.fromEntries(rapidReviewMilestones(r, notified, reqs, asOf, holidays).map((m) => [m.name, m]));

    const m = byName('2024-06-30');
    // Info due day 2 = Tue 14 May; meeting window day 7 (Tue 21 May) to day 13 (Thu 30 May).
    expect(m[StatutoryMilestoneName.INFORMATION_REQUESTED]).toEqual({
      name: StatutoryMilestoneName.INFORMATION_REQUESTED, dueOn: '2024-05-14', earliestOn: null, actualOn: '2024-05-14', status: Timeliness.ON_TIME,
    });
    expect(m[StatutoryMilestoneName.AGENCIES_REPLIED]).toMatchObject({ dueOn: '2024-05-21', actualOn: '2024-05-21', status: Timeliness.ON_TIME });
    // Met on Mon 20 May, day 6: before the window opened.
    expect(m[StatutoryMilestoneName.MEETING]).toMatchObject({ earliestOn: '2024-05-21', dueOn: '2024-05-30', actualOn: '2024-05-20', status: Timeliness.EARLY });
    // Outcome due 2 working days after the meeting: Wed 22 May; sent Fri 24 May.
    expect(m[StatutoryMilestoneName.OUTCOME_SENT]).toMatchObject({ dueOn: '2024-05-22', actualOn: '2024-05-24', status: Timeliness.LATE });

    // One request late: the replies are late, done on the latest return.
    const late = byName('2024-06-30', [...requests, { dueOn: '2024-05-21', returnedOn: '2024-05-23' }]);
    expect(late[StatutoryMilestoneName.AGENCIES_REPLIED]).toMatchObject({ actualOn: '2024-05-23', status: Timeliness.LATE });

    // As of Wed 22 May one request is still out and past its due date; the meeting has not happened,
    // so the outcome is due 2 working days after day 13 (Thu 30 May → Mon 3 Jun).
    const early = byName('2024-05-22', [...requests, { dueOn: '2024-05-21', returnedOn: null }], { ...review, meetingOn: '2024-05-28', sentToPanelOn: null });
    expect(early[StatutoryMilestoneName.AGENCIES_REPLIED]).toMatchObject({ actualOn: null, status: Timeliness.OVERDUE });
    expect(early[StatutoryMilestoneName.MEETING]).toMatchObject({ actualOn: null, status: Timeliness.DUE });
    expect(early[StatutoryMilestoneName.OUTCOME_SENT]).toMatchObject({ dueOn: '2024-06-03', status: Timeliness.DUE });

    // No requests recorded: replies due 5 working days after the request (Tue 14 → Tue 21 May).
    expect(byName('2024-05-22', [])[StatutoryMilestoneName.AGENCIES_REPLIED]).toMatchObject({ dueOn: '2024-05-21', status: Timeliness.OVERDUE });
  });

  it('adds calendar months clamping to the month end, for completion and publication', () => {
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-10-15', 6)).toBe('2025-04-15');
    expect(completionDueOn({ type: ReviewType.LCSPR, initiatedOn: '2024-08-31' })).toBe('2025-02-28');
    expect(completionDueOn({ type: ReviewType.SAR, initiatedOn: '2024-01-15' })).toBe('2024-07-15');
    expect(completionDueOn({ type: ReviewType.RAPID_REVIEW, initiatedOn: '2024-01-15' })).toBeNull();
    expect(completionDueOn({ type: ReviewType.APPRECIATIVE_INQUIRY, initiatedOn: '2024-01-15' })).toBeNull();
    expect(publishedUntilEarliest('2024-02-29')).toBe('2025-02-28');
    expect(publishedUntilEarliest(null)).toBeNull();
  });

  const day = fc.integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it('puts every due date on a working day exactly the statutory number of working days on', () => {
    fc.assert(
      fc.property(day, (aware) => {
        const due = notificationDueOn({ dateAware: aware, dateNotified: null }, holidays);
        expect(isWorkingDay(due, holidays)).toBe(true);
        expect(workingDaysBetween(aware, due, holidays)).toBe(5);
        expect(workingDaysBetween(aware, rapidReviewDueOn(rapid, { dateAware: aware, dateNotified: null }, holidays), holidays)).toBe(15);
      }),
    );
  });

  // A notification made on the Saturday after the 5th working day took 5 working days by the count,
  // yet came after the deadline (the end of the 5th working day): it is late.
  it('calls a notification on time exactly when made by the end of the 5th working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (aware, extra) => {
        const notified = addCalendarDays(aware, extra);
        const n = { dateAware: aware, dateNotified: notified };
        const onTime = notificationTimeliness(n, '2099-01-01', holidays) === Timeliness.ON_TIME;
        const days = workingDaysToNotify(n, holidays) ?? 99;
        expect(onTime).toBe(days < 5 || (days === 5 && isWorkingDay(notified, holidays)));
      }),
    );
  });

  it('never adds more than the months asked, and lands in the right month', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 24 }), (date, months) => {
        const out = addCalendarMonths(date, months);
        const [y, m] = date.split('-').map(Number) as [number, number];
        const [oy, om] = out.split('-').map(Number) as [number, number];
        expect(oy * 12 + om - (y * 12 + m)).toBe(months);
        expect(out.slice(8) <= date.slice(8)).toBe(true);
      }),
    );
  });
});

function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
