import { chosenPeriod, isCalendarDate } from './chosen-period';

const TODAY = '2026-12-06';

describe('the chosen period and its as-of date', () => {
  it('judges the current financial year at today, not at its last day', () => {
    expect(chosenPeriod({ year: '2026/27' }, TODAY)).toEqual({
      from: '2026-04-01',
      to: '2027-03-31',
      custom: false,
      asOf: '2026-12-06',
      asOfReason: 'today',
    });
  });

  it('judges a past financial year at its end', () => {
    expect(chosenPeriod({ year: '2025/26' }, TODAY)).toMatchObject({ from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31', asOfReason: 'period-end' });
  });

  it('honours a chosen as-of date, but never one after today', () => {
    expect(chosenPeriod({ year: '2026/27', asOf: '2026-10-01' }, TODAY)).toMatchObject({ asOf: '2026-10-01', asOfReason: 'chosen' });
    expect(chosenPeriod({ year: '2026/27', asOf: '2027-01-15' }, TODAY)).toMatchObject({ asOf: '2026-12-06', asOfReason: 'today' });
    expect(chosenPeriod({ year: '2024/25', asOf: '2026-01-10' }, TODAY)).toMatchObject({ asOf: '2026-01-10', asOfReason: 'chosen' });
  });

  it('takes a To date alone as the end of the chosen year, from its start', () => {
    expect(chosenPeriod({ year: '2025/26', to: '2025-09-30' }, TODAY)).toEqual({
      from: '2025-04-01',
      to: '2025-09-30',
      custom: true,
      asOf: '2025-09-30',
      asOfReason: 'period-end',
    });
  });

  it('takes a From date alone as the start, to the end of the chosen year (as of today while it runs)', () => {
    expect(chosenPeriod({ year: '2026/27', from: '2026-10-01' }, TODAY)).toMatchObject({
      from: '2026-10-01',
      to: '2027-03-31',
      custom: true,
      asOf: '2026-12-06',
    });
  });

  it('never makes a backwards range from one date outside the chosen year', () => {
    expect(chosenPeriod({ year: '2025/26', to: '2024-06-30' }, TODAY)).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
    expect(chosenPeriod({ year: '2023/24', from: '2025-05-01' }, TODAY)).toMatchObject({ from: '2025-05-01', to: '2026-03-31' });
  });

  it('uses From and To together as they are', () => {
    expect(chosenPeriod({ year: '2025/26', from: '2024-01-01', to: '2024-06-30' }, TODAY)).toMatchObject({
      from: '2024-01-01',
      to: '2024-06-30',
      custom: true,
      asOf: '2024-06-30',
    });
  });

  it('ignores malformed dates and year labels', () => {
    expect(chosenPeriod({ year: '2025/26', from: '2025-02-30', to: 'soon', asOf: '31/12/2025' }, TODAY)).toMatchObject({
      from: '2025-04-01',
      to: '2026-03-31',
      custom: false,
      asOf: '2026-03-31',
    });
    expect(chosenPeriod({ year: 'latest' }, TODAY)).toMatchObject({ from: '2026-04-01', to: '2027-03-31', asOf: TODAY });
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
});
