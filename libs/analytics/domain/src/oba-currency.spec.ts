import { lagOf, latestCompletePeriod, storyCurrency } from './oba-currency';

describe('OBA currency', () => {
  it('finds the latest complete period as of a date', () => {
    // 6 December 2026: Q3 (Oct–Dec) has not ended, so Q2 (Jul–Sep) is the latest complete quarter.
    expect(latestCompletePeriod('2026-12-06', 'quarter').label).toBe('2026/27 Q2');
    expect(latestCompletePeriod('2026-09-30', 'quarter').label).toBe('2026/27 Q2');
    expect(latestCompletePeriod('2026-12-06', 'financial-year').label).toBe('2025/26');
    expect(latestCompletePeriod('2026-12-06', 'month').label).toBe('Nov 2026');
  });

  it('says how far a measure lags: the issue’s Q2 among Q4s at the end of 2024/25', () => {
    const lag = lagOf('2024-07-01', '2025-03-31', 'quarter');
    expect(lag.periodsBehind).toBe(2);
    expect(lag.words).toBe('2 quarters behind: the latest value is for 2024/25 Q2; the latest complete quarter is 2024/25 Q4.');
    expect(lagOf('2025-01-01', '2025-03-31', 'quarter')).toMatchObject({
      periodsBehind: 0,
      words: null,
    });
    expect(lagOf('2024-04-01', '2026-12-06', 'financial-year').words).toBe(
      '1 year behind: the latest value is for 2024/25; the latest complete year is 2025/26.',
    );
  });

  it('marks a story older than the latest value it sits beside', () => {
    const latest = {
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      label: '2024/25 Q4',
    };
    // The case: written in February 2022 about nothing in particular.
    expect(storyCurrency({ writtenOn: '2022-02-03', periodStart: null }, latest, 'quarter')).toEqual({
      older: true,
      words: 'Written 3 February 2022, before the latest value (2024/25 Q4).',
    });
    // About an earlier quarter, even if written later.
    expect(storyCurrency({ writtenOn: '2025-05-10', periodStart: '2024-10-01' }, latest, 'quarter')).toEqual({
      older: true,
      words: 'Written 10 May 2025 about 2024/25 Q3, before the latest value (2024/25 Q4).',
    });
    // About the latest quarter, or written after it ended.
    expect(storyCurrency({ writtenOn: '2025-04-20', periodStart: '2025-01-01' }, latest, 'quarter').older).toBe(false);
    expect(storyCurrency({ writtenOn: '2025-04-20', periodStart: null }, latest, 'quarter')).toEqual({ older: false, words: 'Written 20 April 2025.' });
  });
});
