import { addCalendarMonths, completionClock, pausedDaysOf, type TimescaleChangeClock } from './completion-clock';

const LCSPR = { type: 'lcspr' as const, initiatedOn: '2025-01-15', completedOn: null };
const pause = (startsOn: string, endsOn: string | null): TimescaleChangeClock => ({ kind: 'pause', startsOn, endsOn, agreedDueOn: null });
const extension = (startsOn: string, agreedDueOn: string): TimescaleChangeClock => ({ kind: 'extension', startsOn, endsOn: null, agreedDueOn });

describe('completionClock', () => {
  it('is 6 calendar months after initiation with nothing recorded, clamped to the month end', () => {
    expect(completionClock(LCSPR, [], '2025-03-01')).toEqual({
      originalDueOn: '2025-07-15',
      dueOn: '2025-07-15',
      pausedDays: 0,
      onPause: false,
      extensionAgreedOn: null,
    });
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
  });

  it('has no clock for types without a six-month expectation', () => {
    expect(completionClock({ ...LCSPR, type: 'appreciative-inquiry' }, [], '2025-03-01')).toBeNull();
    expect(completionClock({ ...LCSPR, type: 'rapid-review' }, [], '2025-03-01')).toBeNull();
  });

  it('stops the clock for an ended pause: paused 1 March, restarted 31 March = 30 days, due 15 July + 30 = 14 August', () => {
    const clock = completionClock(LCSPR, [pause('2025-03-01', '2025-03-31')], '2025-06-01');
    expect(clock).toMatchObject({ originalDueOn: '2025-07-15', dueOn: '2025-08-14', pausedDays: 30, onPause: false });
  });

  it('counts an open pause up to the day asked about, inclusive: paused 1 March, as of 10 March = 10 days, due 25 July', () => {
    const clock = completionClock(LCSPR, [pause('2025-03-01', null)], '2025-03-10');
    expect(clock).toMatchObject({ dueOn: '2025-07-25', pausedDays: 10, onPause: true });
    // The days left stay the same while paused: 137 on 10 March (25 July), 137 on 20 March (4 August).
    expect(completionClock(LCSPR, [pause('2025-03-01', null)], '2025-03-20')?.dueOn).toBe('2025-08-04');
  });

  it('does not know on a past day what was recorded after it', () => {
    const changes = [pause('2025-03-01', '2025-03-31')];
    expect(completionClock(LCSPR, changes, '2025-02-28')).toMatchObject({ dueOn: '2025-07-15', pausedDays: 0, onPause: false });
    expect(completionClock(LCSPR, changes, '2025-03-05')).toMatchObject({ dueOn: '2025-07-20', pausedDays: 5, onPause: true });
  });

  it('adds pauses together: 30 days in March and 10 in May = 40, due 24 August', () => {
    const clock = completionClock(LCSPR, [pause('2025-03-01', '2025-03-31'), pause('2025-05-01', '2025-05-11')], '2025-06-01');
    expect(clock).toMatchObject({ dueOn: '2025-08-24', pausedDays: 40 });
  });

  it('moves the due date to an agreed extension, keeping the original; pauses before it were known to whoever agreed it', () => {
    // Paused 1-31 March (30 days: due 14 August); on 1 June the Panel agrees 30 September.
    const changes = [pause('2025-03-01', '2025-03-31'), extension('2025-06-01', '2025-09-30')];
    expect(completionClock(LCSPR, changes, '2025-06-02')).toEqual({
      originalDueOn: '2025-07-15',
      dueOn: '2025-09-30',
      pausedDays: 30,
      onPause: false,
      extensionAgreedOn: '2025-06-01',
    });
    // A pause after the extension moves it on: paused 1-11 July = 10 days, due 10 October.
    const later = [...changes, pause('2025-07-01', '2025-07-11')];
    expect(completionClock(LCSPR, later, '2025-08-01')).toMatchObject({ dueOn: '2025-10-10', pausedDays: 40 });
  });

  it('stops on the completion day', () => {
    const done = { ...LCSPR, completedOn: '2025-04-10' };
    expect(completionClock(done, [pause('2025-03-01', '2025-03-31')], '2026-01-01')).toMatchObject({ dueOn: '2025-08-14', onPause: false });
  });
});

describe('pausedDaysOf', () => {
  it('counts from the day after a given day', () => {
    expect(pausedDaysOf(pause('2025-03-01', '2025-03-31'), '2025-12-31', '2025-03-10')).toBe(20);
    expect(pausedDaysOf(pause('2025-03-01', '2025-03-31'), '2025-12-31', '2025-04-10')).toBe(0);
  });
});
