import fc from 'fast-check';
import { periodOf } from './periods';
import { rate } from './rate';
import { coOccurrenceMatrix, previousPeriod, shareGrowth } from './theme-metrics';

const dayMs = 86_400_000;
const isoDate = fc
  .integer({ min: Date.UTC(2015, 0, 1) / dayMs, max: Date.UTC(2035, 11, 31) / dayMs })
  .map((d) => new Date(d * dayMs).toISOString().slice(0, 10));
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs + 1;

describe('previousPeriod', () => {
  it('steps whole months back by months: a financial year, a quarter, a month', () => {
    expect(previousPeriod('2024-04-01', '2025-03-31')).toEqual({ from: '2023-04-01', to: '2024-03-31' });
    expect(previousPeriod('2024-04-01', '2024-06-30')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('steps any other range back by its number of days', () => {
    // 10 to 19 March is 10 days; the 10 days before end on 9 March.
    expect(previousPeriod('2024-03-10', '2024-03-19')).toEqual({ from: '2024-02-29', to: '2024-03-09' });
    expect(() => previousPeriod('2024-03-10', '2024-03-09')).toThrow();
  });

  it('always ends the day before the range starts, and a day-based range keeps its length', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 800 }), (from, span) => {
        const to = new Date(Date.parse(from) + span * dayMs).toISOString().slice(0, 10);
        const prev = previousPeriod(from, to);
        expect(nextDay(prev.to)).toBe(from);
        expect(prev.from <= prev.to).toBe(true);
        const wholeMonths = from.endsWith('-01') && periodOf(to, 'month').end === to;
        if (!wholeMonths) expect(days(prev.from, prev.to)).toBe(days(from, to));
        else expect(prev.from.endsWith('-01')).toBe(true);
      }),
    );
  });
});

describe('shareGrowth', () => {
  it('gives the difference and the ratio of two shares', () => {
    // 3/10 now against 1/10 before: +0.2, three times as common.
    const g = shareGrowth(rate(3, 10), rate(1, 10));
    expect(g.difference).toBeCloseTo(0.2);
    expect(g.ratio).toBeCloseTo(3);
    // Absent before: the whole share is growth and there is no ratio.
    expect(shareGrowth(rate(2, 4), rate(0, 5))).toEqual({ difference: 0.5, ratio: null });
    expect(shareGrowth(rate(2, 4), rate(0, 0))).toEqual({ difference: 0.5, ratio: null });
    expect(shareGrowth(rate(0, 0), rate(1, 2))).toEqual({ difference: null, ratio: null });
  });

  it('keeps the difference within -1..1 for any pair of shares', () => {
    const share = fc.integer({ min: 0, max: 50 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => rate(n, d)));
    fc.assert(
      fc.property(share, share, (now, before) => {
        const g = shareGrowth(now, before);
        if (g.difference !== null) expect(Math.abs(g.difference)).toBeLessThanOrEqual(1);
        if (g.ratio !== null) expect(g.ratio).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('coOccurrenceMatrix', () => {
  it('places pair counts symmetrically and own counts on the diagonal', () => {
    const m = coOccurrenceMatrix(
      ['a', 'b', 'c'],
      new Map([
        ['a', 4],
        ['b', 3],
      ]),
      [
        { codeA: 'a', codeB: 'b', count: 2 },
        { codeA: 'b', codeB: 'z', count: 9 },
      ],
    );
    expect(m).toEqual([
      [4, 2, 0],
      [2, 3, 0],
      [0, 0, 0],
    ]);
  });

  it('is symmetric for any pairs', () => {
    const code = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.array(fc.record({ codeA: code, codeB: code, count: fc.nat(20) })), (pairs) => {
        const m = coOccurrenceMatrix(['a', 'b', 'c', 'd'], new Map(), pairs);
        m.forEach((row, i) => row.forEach((cell, j) => expect(cell).toBe(m[j]?.[i])));
      }),
    );
  });
});
