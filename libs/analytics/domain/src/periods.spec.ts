import { addMonths, financialYearLabel, financialYearOf, financialYearRange, periodOf, periodsBetween } from './periods';

describe('periods', () => {
  it('puts 31 March in the previous financial year and 1 April in the next', () => {
    expect(financialYearOf('2025-03-31')).toBe(2024);
    expect(financialYearOf('2025-04-01')).toBe(2025);
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearRange('2024/25')).toEqual({ start: '2024-04-01', end: '2025-03-31', startYear: 2024 });
    expect(() => financialYearRange('2024/26')).toThrow(/not a financial year/);
  });

  it('labels quarters by the financial year: Q1 is April to June, Q4 January to March', () => {
    expect(periodOf('2024-05-15', 'quarter')).toEqual({ grain: 'quarter', start: '2024-04-01', end: '2024-06-30', label: '2024/25 Q1' });
    expect(periodOf('2025-02-28', 'quarter')).toEqual({ grain: 'quarter', start: '2025-01-01', end: '2025-03-31', label: '2024/25 Q4' });
    expect(periodOf('2024-02-10', 'month')).toEqual({ grain: 'month', start: '2024-02-01', end: '2024-02-29', label: 'Feb 2024' });
    expect(periodOf('2024-02-10', 'calendar-year').label).toBe('2024');
  });

  it('lists consecutive periods covering a range', () => {
    expect(periodsBetween('2024-04-01', '2025-03-31', 'quarter').map((p) => p.label)).toEqual([
      '2024/25 Q1',
      '2024/25 Q2',
      '2024/25 Q3',
      '2024/25 Q4',
    ]);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
  });
});
