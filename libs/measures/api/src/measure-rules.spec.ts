import { MeasurePeriodicity, MeasureSource } from './measure.enums';
import { isPeriodStart, measureProblems, valueProblems } from './measure-rules';

const { MONTH, QUARTER, YEAR } = MeasurePeriodicity;

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
    expect(problems.map((p) => p.field)).toEqual(['values[1].periodStart', 'values[3].periodStart']);
    expect(problems[1]?.message).toMatch(/values\[0\]/);
  });
});
