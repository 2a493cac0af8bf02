import { describe, expect, it } from '@jest/globals';
import { parseValue, valuePeriods } from './value-periods';

describe('valuePeriods', () => {
  it('offers every ended quarter, newest first, back five years, and not the quarter still running', () => {
    const periods = valuePeriods('QUARTER', [], null, '2026-12-06');
    expect(periods[0]).toEqual({ value: '2026-07-01', label: '2026/27 Q2' });
    expect(periods.some((p) => p.value === '2026-10-01')).toBe(false);
    expect(periods.at(-1)?.value).toBe('2021-10-01');
    expect(periods).toHaveLength(20);
  });

  it('reaches back to an older stored value or baseline', () => {
    expect(valuePeriods('YEAR', ['2015-04-01'], null, '2026-12-06').at(-1)).toEqual({ value: '2015-04-01', label: '2015/16' });
    expect(valuePeriods('YEAR', [], '2012-04-01', '2026-12-06').at(-1)?.value).toBe('2012-04-01');
  });

  it('counts a month as ended only after its last day', () => {
    expect(valuePeriods('MONTH', [], null, '2026-11-30')[0]?.value).toBe('2026-10-01');
    expect(valuePeriods('MONTH', [], null, '2026-12-01')[0]?.value).toBe('2026-11-01');
  });

  it('uses financial years for a yearly measure', () => {
    expect(valuePeriods('YEAR', [], null, '2026-04-01')[0]).toEqual({ value: '2025-04-01', label: '2025/26' });
  });
});

describe('parseValue', () => {
  it.each([
    ['72.5', 72.5],
    [' 1,204 ', 1204],
    ['-3', -3],
    ['0', 0],
  ])('reads %p as %p', (text, value) => expect(parseValue(text)).toBe(value));

  it.each(['', '72%', '1e3', 'seventy', '7.', '.5'])('refuses %p', (text) => expect(parseValue(text)).toBeNull());
});
