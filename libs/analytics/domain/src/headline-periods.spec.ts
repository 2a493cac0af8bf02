import { headlinePeriods, yearEarlier } from './headline-periods';

describe('headlinePeriods', () => {
  it('judges a past financial year and the one before each at its own end', () => {
    const p = headlinePeriods('2024-04-01', '2025-03-31', '2025-03-31', 2);
    expect(p.current).toEqual({ label: '2024/25', from: '2024-04-01', to: '2025-03-31', asOf: '2025-03-31' });
    expect(p.previous).toEqual({ label: '2023/24', from: '2023-04-01', to: '2024-03-31', asOf: '2024-03-31' });
    expect(p.trend).toEqual([p.previous, p.current]);
  });

  it('judges the current year at the as-of date and cuts nothing else', () => {
    const p = headlinePeriods('2026-04-01', '2027-03-31', '2026-12-06', 3);
    expect(p.current.asOf).toBe('2026-12-06');
    expect(p.previous.asOf).toBe('2026-03-31');
    expect(p.trend.map((t) => [t.label, t.asOf])).toEqual([
      ['2024/25', '2025-03-31'],
      ['2025/26', '2026-03-31'],
      ['2026/27', '2026-12-06'],
    ]);
  });

  it('compares a custom range with the same dates a year earlier, and cuts the last trend year at its end', () => {
    const p = headlinePeriods('2024-01-01', '2024-06-30', '2024-06-30', 2);
    expect(p.current.label).toBe('2024-01-01 to 2024-06-30');
    expect(p.previous).toEqual({ label: '2023-01-01 to 2023-06-30', from: '2023-01-01', to: '2023-06-30', asOf: '2023-06-30' });
    expect(p.trend).toEqual([
      { label: '2023/24', from: '2023-04-01', to: '2024-03-31', asOf: '2024-03-31' },
      { label: '2024/25', from: '2024-04-01', to: '2024-06-30', asOf: '2024-06-30' },
    ]);
  });

  it('takes 29 February back to 28 February', () => {
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearEarlier('2025-03-31')).toBe('2024-03-31');
  });
});
