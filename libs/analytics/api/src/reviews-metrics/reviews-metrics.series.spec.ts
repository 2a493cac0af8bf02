import fc from 'fast-check';
import { PeriodGrain } from '../common/metric-args';
import { fillSeries } from './reviews-metrics.series';
import type { AggregateRow } from './sql/metric-facts';

type Row = AggregateRow<'n'>;
const row = (period_start: string | null, key: string | null, n: number, label: string | null = null): Row =>
  ({ period_start, key, label, n }) as Row;
const cells = (rows: Row[], opts: Parameters<typeof fillSeries>[1]) =>
  fillSeries(rows, opts, (cell, r) => ({ period: cell.period?.label ?? null, key: cell.key, label: cell.label, n: r?.n ?? 0 }));

describe('fillSeries', () => {
  it('fills every quarter of the range and every harm with zeros', () => {
    const out = cells([row('2024-07-01', 'death', 2)], { grain: PeriodGrain.QUARTER, from: '2024-04-01', to: '2024-12-31', dimension: 'harm' });
    expect(out).toEqual([
      { period: '2024/25 Q1', key: 'death', label: 'Death', n: 0 },
      { period: '2024/25 Q1', key: 'serious-harm', label: 'Serious harm', n: 0 },
      { period: '2024/25 Q2', key: 'death', label: 'Death', n: 2 },
      { period: '2024/25 Q2', key: 'serious-harm', label: 'Serious harm', n: 0 },
      { period: '2024/25 Q3', key: 'death', label: 'Death', n: 0 },
      { period: '2024/25 Q3', key: 'serious-harm', label: 'Serious harm', n: 0 },
    ]);
  });

  it('takes an open end of the range from the data, and orders record keys by label with "none" last', () => {
    const out = cells([row('2024-05-01', null, 1), row('2024-06-01', 'b', 2, 'Beta'), row('2024-05-01', 'a', 3, 'Alpha')], {
      grain: PeriodGrain.MONTH,
      dimension: 'theme',
    });
    expect(out.map((c) => [c.period, c.label, c.n])).toEqual([
      ['May 2024', 'Alpha', 3], ['May 2024', 'Beta', 0], ['May 2024', 'No theme', 1],
      ['Jun 2024', 'Alpha', 0], ['Jun 2024', 'Beta', 2], ['Jun 2024', 'No theme', 0],
    ]);
  });

  it('keeps every period even when a record breakdown found nothing, and gives none without a range or data', () => {
    expect(cells([], { grain: PeriodGrain.FINANCIAL_YEAR, from: '2024-04-01', to: '2025-03-31', dimension: 'agency' })).toEqual([
      { period: '2024/25', key: null, label: 'No agency', n: 0 },
    ]);
    expect(cells([], { grain: PeriodGrain.QUARTER, dimension: null })).toEqual([]);
  });

  it('rejects a range with too many periods', () => {
    expect(() => cells([], { grain: PeriodGrain.MONTH, from: '1900-01-01', to: '2100-12-31', dimension: null })).toThrow(/periods/);
  });

  it('shows each aggregate row exactly once and every other cell as zero', () => {
    const month = fc.integer({ min: 0, max: 23 }).map((m) => new Date(Date.UTC(2024, m, 1)).toISOString().slice(0, 10));
    const rows = fc.uniqueArray(fc.record({ start: month, key: fc.constantFrom('death', 'serious-harm'), n: fc.integer({ min: 1, max: 9 }) }), {
      selector: (r) => `${r.start}|${r.key}`,
    });
    fc.assert(
      fc.property(rows, (rs) => {
        const out = fillSeries(rs.map((r) => row(r.start, r.key, r.n)), { grain: PeriodGrain.MONTH, from: '2024-01-01', to: '2025-12-31', dimension: 'harm' }, (c, r) => ({ c, n: r?.n ?? 0 }));
        expect(out).toHaveLength(24 * 2);
        expect(out.reduce((s, o) => s + o.n, 0)).toBe(rs.reduce((s, r) => s + r.n, 0));
        expect(new Set(out.map((o) => `${o.c.period?.start}|${o.c.key}`)).size).toBe(out.length);
      }),
    );
  });
});
