import { asOfFor, earlierOf, todayInEngland } from './as-of';

describe('as of', () => {
  it("is today's date in England, not UTC's, across midnight in British Summer Time", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(todayInEngland(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
  });

  it('judges a past period at its end and the current one at today', () => {
    expect(asOfFor('2026-03-31', '2026-12-06')).toBe('2026-03-31');
    expect(asOfFor('2027-03-31', '2026-12-06')).toBe('2026-12-06');
    expect(asOfFor(null, '2026-12-06')).toBe('2026-12-06');
  });

  it('honours a chosen date but never one after today', () => {
    expect(asOfFor('2027-03-31', '2026-12-06', '2026-10-01')).toBe('2026-10-01');
    expect(asOfFor('2027-03-31', '2026-12-06', '2027-01-15')).toBe('2026-12-06');
    expect(earlierOf('2026-01-02', '2026-01-01')).toBe('2026-01-01');
  });
});
