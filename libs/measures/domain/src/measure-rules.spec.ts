import { measureProblems, placeProblems, valueProblems } from './measure-rules';
import { isPeriodStart, periodStartOf, periodStartProblem } from './periods';

const MONTH = 'month' as const;
const QUARTER = 'quarter' as const;
const YEAR = 'year' as const;
const MeasureSource = { COMPUTED: 'computed', ENTERED: 'entered' } as const;

describe('measure rules', () => {
  it('accepts the first day of any month for a monthly measure', () => {
    expect(isPeriodStart('2024-02-01', MONTH)).toBe(true);
    expect(isPeriodStart('2024-12-01', MONTH)).toBe(true);
    expect(isPeriodStart('2024-02-02', MONTH)).toBe(false);
    expect(isPeriodStart('2024-01-31', MONTH)).toBe(false);
  });

  it('accepts only financial-quarter starts for a quarterly measure', () => {
    for (const d of ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01']) expect(isPeriodStart(d, QUARTER)).toBe(true);
    for (const d of ['2024-02-01', '2024-03-01', '2024-05-01', '2024-04-02']) expect(isPeriodStart(d, QUARTER)).toBe(false);
  });

  it('accepts only 1 April for a yearly measure', () => {
    expect(isPeriodStart('2024-04-01', YEAR)).toBe(true);
    expect(isPeriodStart('2024-01-01', YEAR)).toBe(false);
    expect(isPeriodStart('2024-07-01', YEAR)).toBe(false);
  });

  it('requires a metric for a computed measure and forbids one for an entered measure', () => {
    const base = { periodicity: QUARTER, baselinePeriodStart: null };
    expect(measureProblems({ ...base, source: MeasureSource.COMPUTED, metric: null })).toEqual([
      expect.objectContaining({ field: 'metric' }),
    ]);
    expect(measureProblems({ ...base, source: MeasureSource.ENTERED, metric: 'notifications' })).toEqual([
      expect.objectContaining({ field: 'metric' }),
    ]);
    expect(measureProblems({ ...base, source: MeasureSource.COMPUTED, metric: 'notifications' })).toEqual([]);
    expect(measureProblems({ ...base, source: MeasureSource.ENTERED, metric: null })).toEqual([]);
  });

  it('checks the baseline period against the periodicity', () => {
    const m = { source: MeasureSource.ENTERED, metric: null, periodicity: YEAR };
    expect(measureProblems({ ...m, baselinePeriodStart: '2023-04-01' })).toEqual([]);
    expect(measureProblems({ ...m, baselinePeriodStart: '2023-01-01' })).toEqual([
      expect.objectContaining({ field: 'baselinePeriodStart' }),
    ]);
  });

  it('names each value whose period is wrong or repeated', () => {
    const problems = valueProblems(
      [{ periodStart: '2024-04-01' }, { periodStart: '2024-05-01' }, { periodStart: '2024-07-01' }, { periodStart: '2024-04-01' }],
      QUARTER,
    );
    expect(problems).toEqual([
      {
        field: 'values[1].periodStart',
        message:
          'must be the first day of its quarter: 1 May 2024 falls in the quarter starting 1 April 2024 (quarters start on 1 April, 1 July, 1 October and 1 January)',
      },
      { field: 'values[3].periodStart', message: 'repeats the period of values[0]' },
    ]);
  });

  it('refuses a quarterly value dated 15 January, naming the quarter it falls in (never moved silently)', () => {
    expect(valueProblems([{ periodStart: '2026-01-15' }], QUARTER)[0]?.message).toBe(
      'must be the first day of its quarter: 15 January 2026 falls in the quarter starting 1 January 2026 (quarters start on 1 April, 1 July, 1 October and 1 January)',
    );
  });

  it('finds the start of the period holding a date: financial quarters and years, leap days included', () => {
    expect(periodStartOf('2024-02-29', MONTH)).toBe('2024-02-01');
    expect(periodStartOf('2024-02-29', QUARTER)).toBe('2024-01-01');
    expect(periodStartOf('2024-03-31', QUARTER)).toBe('2024-01-01');
    expect(periodStartOf('2024-06-30', QUARTER)).toBe('2024-04-01');
    expect(periodStartOf('2024-12-31', QUARTER)).toBe('2024-10-01');
    expect(periodStartOf('2024-03-31', YEAR)).toBe('2023-04-01');
    expect(periodStartOf('2024-04-01', YEAR)).toBe('2024-04-01');
    expect(periodStartProblem('2024-07-01', YEAR)).toBe(
      'must be the first day of its financial year: 1 July 2024 falls in the financial year starting 1 April 2024 (a financial year starts on 1 April)',
    );
    expect(periodStartProblem('2024-07-01', QUARTER)).toBeUndefined();
  });

  it('places indicators under results and performance measures under strategies', () => {
    expect(placeProblems('indicator', 'r', 's').map((p) => p.field)).toEqual(['strategyId']);
    expect(placeProblems('performance-measure', 'r', null).map((p) => p.field)).toEqual(['resultId']);
    expect(placeProblems('indicator', 'r', null)).toEqual([]);
    expect(placeProblems('performance-measure', null, 's')).toEqual([]);
    expect(placeProblems('performance-measure', null, null)).toEqual([]);
  });
});
