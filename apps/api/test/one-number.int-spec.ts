import { ImportService } from '@sli/exchange-api';
import { METRIC_CATALOGUE, type MetricScope } from '@sli/analytics-api';
import { asOfFor, financialYearLabel, financialYearRange, periodsBetween, todayInEngland } from '@sli/analytics-domain';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { DEFAULT_OPTIONS, generateBundle } from '@sli/seed';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type QueryRunner } from 'typeorm';
// The keys the overview sends, from a file with no imports: the test sends exactly what the page sends.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OVERVIEW_DETAIL_KEYS, OVERVIEW_TILE_KEYS, TREND_YEARS } from '../../../libs/overview/feature/src/lib/headline-keys';
import { startTestApi, type TestApi } from './harness';

/*
 * One number everywhere (issue 8): on the demo data (3 partnerships × 5 financial years), every
 * headline of the overview (its own GraphQL document, as the dashboard sends it) and of the annual
 * report in exact mode equals the metric catalogue's value for the same scope and date, and the two
 * pages agree with each other.
 */

const root = join(__dirname, '..', '..', '..');

/** The overview's document exactly as the dashboard sends it (the generated typed document). */
function overviewDocument(): string {
  const text = readFileSync(join(root, 'libs/shared/data-access/src/gql/graphql.ts'), 'utf8');
  const m = /export const OverviewHeadlinesDocument = new TypedDocumentString\(`([\s\S]*?)`/.exec(text);
  if (!m?.[1]) throw new Error('OverviewHeadlinesDocument not found in the generated documents: run npm run codegen');
  return m[1];
}

const ANNUAL_REPORT = `
  query OneNumberAnnualReport($partnershipId: ID!, $financialYear: String!) {
    annualReport(partnershipId: $partnershipId, financialYear: $financialYear, mode: EXACT) {
      asOf
      headlines { key currentValue previousValue currentNumerator currentDenominator previousNumerator previousDenominator }
    }
  }`;

interface Value {
  label: string;
  from: string;
  to: string;
  asOf: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}
interface Tile {
  key: string;
  current: Value;
  previous: Value;
  trend: Value[];
}
interface Overview {
  tiles: Tile[];
  details: { key: string; current: Value }[];
}
interface ReportFigure {
  key: string;
  currentValue: number | null;
  previousValue: number | null;
  currentNumerator: string | null;
  currentDenominator: string | null;
  previousNumerator: string | null;
  previousDenominator: string | null;
}

const YEARS = Array.from({ length: DEFAULT_OPTIONS.years }, (_, i) => financialYearLabel(DEFAULT_OPTIONS.lastYearStart - DEFAULT_OPTIONS.years + 1 + i));

describe('one number everywhere: overview and annual report against the metric catalogue', () => {
  let api: TestApi;
  let partnerships: { id: string; ref: string }[];
  const document = overviewDocument();
  /** Each trend year's value as first seen, checked against the catalogue once. */
  const trendSeen = new Map<string, Value>();

  /** The catalogue's value, computed in-process for one partnership, range and day. */
  const catalogue = (key: string, scope: MetricScope) => {
    const metric = METRIC_CATALOGUE.get(key);
    if (!metric) throw new Error(`${key} is not in the metric catalogue`);
    return runInScope(cliScope('test'), () => metric.compute(api.app.get(DataSource).manager, scope));
  };
  /** Computed once per key, partnership and scope: the overview's year is the report's, and next year's previous. */
  const known = new Map<string, Promise<{ value: number | null; numerator: number | null; denominator: number | null }>>();
  const expected = (key: string, partnershipId: string, v: Pick<Value, 'from' | 'to' | 'asOf'>) => {
    const id = [key, partnershipId, v.from, v.to, v.asOf].join('|');
    let hit = known.get(id);
    if (!hit) {
      hit = catalogue(key, { partnershipIds: [partnershipId], from: v.from, to: v.to, asOf: v.asOf }).then((c) => ({
        value: c.value,
        numerator: c.numerator ?? null,
        denominator: c.denominator ?? null,
      }));
      known.set(id, hit);
    }
    return hit;
  };
  const figure = (v: Value) => ({ value: v.value, numerator: v.numerator, denominator: v.denominator });

  beforeAll(async () => {
    api = await startTestApi();
    const bundle = generateBundle(DEFAULT_OPTIONS);
    // Figures only: the narratives are left out, because on a shared PostgreSQL database the analyst-guide
    // test imports a smaller demo with the same partnership refs, whose narrative words differ, and saved
    // narrative versions are never rewritten.
    delete bundle.annualReportNarratives;
    await runInScope(cliScope('test'), () => api.app.get(ImportService).importBundle(bundle));
    const refs = bundle.partnerships.map((p) => p.ref);
    partnerships = await api.db.query(`SELECT id, ref FROM partnerships WHERE ref = ANY($1::text[]) ORDER BY ref`, [refs]);
    await api.joinPartnerships(partnerships.map((p) => p.id));
    expect(partnerships).toHaveLength(3);
  }, 300_000);
  afterAll(() => api?.close());

  it('asks for every overview tile and detail by a catalogue key', () => {
    for (const key of [...OVERVIEW_TILE_KEYS, ...OVERVIEW_DETAIL_KEYS]) expect(METRIC_CATALOGUE.has(key)).toBe(true);
    expect(document).toContain('headlineFigures');
  });

  it.each([...YEARS].reverse())('every partnership in %s: each overview and annual report headline is the catalogue value for its scope and date', async (year) => {
    const { start, end } = financialYearRange(year);
    const asOf = asOfFor(end);
    let compared = 0;
    for (const p of partnerships) {
      const where = `${p.ref} ${year}`;
      // The overview, as the dashboard asks for a financial year (asOf: the range's end; the API never judges after today).
      const overview = await api.gql<Overview>(document, {
        filter: { partnershipIds: [p.id], from: start, to: end, agencyId: null, reviewTypes: null, themeId: null },
        asOf: end,
        tileKeys: [...OVERVIEW_TILE_KEYS],
        detailKeys: OVERVIEW_DETAIL_KEYS,
        trendYears: TREND_YEARS,
      });
      expect(overview.tiles.map((t) => t.key)).toEqual([...OVERVIEW_TILE_KEYS]);
      for (const tile of overview.tiles) {
        expect([where, tile.key, tile.current.from, tile.current.to, tile.current.asOf]).toEqual([where, tile.key, start, end, asOf]);
        expect([where, tile.key, figure(tile.current)]).toEqual([where, tile.key, await expected(tile.key, p.id, tile.current)]);
        expect([where, tile.key, figure(tile.previous)]).toEqual([where, tile.key, await expected(tile.key, p.id, tile.previous)]);
        // The previous year and every trend year are judged at their own end, as the annual report judges them,
        // so a year's figure is the same in every year's overview (checked against the catalogue in the last year's).
        expect(tile.previous.asOf).toBe(tile.previous.to);
        expect(tile.trend).toHaveLength(TREND_YEARS);
        expect(tile.trend.at(-1)).toEqual(tile.current);
        expect(tile.trend.at(-2)).toEqual(tile.previous);
        for (const t of tile.trend) {
          expect(t.asOf).toBe(t.to);
          const seen = trendSeen.get(`${p.id}|${tile.key}|${t.label}`);
          if (seen) expect([where, tile.key, t.label, t]).toEqual([where, tile.key, t.label, seen]);
          else {
            expect([where, tile.key, t.label, figure(t)]).toEqual([where, tile.key, t.label, await expected(tile.key, p.id, t)]);
            trendSeen.set(`${p.id}|${tile.key}|${t.label}`, t);
          }
        }
        compared += 2 + TREND_YEARS;
      }
      for (const d of overview.details) {
        expect([where, d.key, figure(d.current)]).toEqual([where, d.key, await expected(d.key, p.id, d.current)]);
        compared += 1;
      }

      // The annual report in exact mode: this year and the year before, each on its last day.
      const { annualReport } = await api.gql<{ annualReport: { asOf: string; headlines: ReportFigure[] } }>(ANNUAL_REPORT, {
        partnershipId: p.id,
        financialYear: year,
      });
      expect(annualReport.asOf).toBe(end);
      expect(annualReport.headlines.length).toBeGreaterThanOrEqual(10);
      const previous = financialYearRange(financialYearLabel(financialYearRange(year).startYear - 1));
      for (const h of annualReport.headlines) {
        const now = await expected(h.key, p.id, { from: start, to: end, asOf: end });
        const before = await expected(h.key, p.id, { from: previous.start, to: previous.end, asOf: previous.end });
        const text = (n: number | null) => (n === null ? null : String(n));
        expect([where, h.key, h.currentValue, h.currentNumerator, h.currentDenominator]).toEqual([where, h.key, now.value, text(now.numerator), text(now.denominator)]);
        expect([where, h.key, h.previousValue, h.previousNumerator, h.previousDenominator]).toEqual([
          where,
          h.key,
          before.value,
          text(before.numerator),
          text(before.denominator),
        ]);
        // The two pages agree wherever they show the same metric.
        const tile = overview.tiles.find((t) => t.key === h.key);
        if (tile) {
          expect([where, h.key, tile.current.value, tile.previous.value]).toEqual([where, h.key, h.currentValue, h.previousValue]);
          compared += 1;
        }
        compared += 2;
      }
    }
    expect(compared).toBeGreaterThan(3 * 80);
  });

  it('never judges after today, and names the field at fault', async () => {
    const p = partnerships[0] as { id: string };
    const ask = (filter: Record<string, unknown>, asOf: string | null, keys: string[]) =>
      api.raw<Overview>(document, { filter: { partnershipIds: [p.id], ...filter }, asOf, tileKeys: keys, detailKeys: ['training-sessions'], trendYears: 2 });
    // An as-of date after today is refused, naming the field; the current year is judged at today.
    const future = await ask({ from: '2026-04-01', to: '2027-03-31' }, '2027-03-31', ['actions-overdue']);
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['asOf']);
    const current = await ask({ from: '2026-04-01', to: '2027-03-31' }, todayInEngland(), ['actions-overdue']);
    expect(current.errors).toBeUndefined();
    expect(current.data?.tiles[0]?.current.asOf).toBe(todayInEngland());
    expect(current.data?.tiles[0]?.previous.asOf).toBe('2026-03-31');
    const bad = await ask({ from: '2025-04-01' }, null, ['actions-overdue', 'no-such-metric']);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['filter.to', 'keys']);
  });

  it('reproduces issue 8: 2023/24 training impact reads the same on the overview of 2024/25 as in the report of 2023/24', async () => {
    const p = partnerships[0] as { id: string };
    const overview = await api.gql<Overview>(document, {
      filter: { partnershipIds: [p.id], from: '2024-04-01', to: '2025-03-31' },
      asOf: '2025-03-31',
      tileKeys: ['training-practice-change', 'actions-overdue'],
      detailKeys: ['actions-overdue-any-year'],
      trendYears: 2,
    });
    const { annualReport } = await api.gql<{ annualReport: { headlines: ReportFigure[] } }>(ANNUAL_REPORT, { partnershipId: p.id, financialYear: '2023/24' });
    const report = annualReport.headlines.find((h) => h.key === 'training-practice-change');
    const tile = overview.tiles.find((t) => t.key === 'training-practice-change');
    expect(tile?.previous.asOf).toBe('2024-03-31');
    expect([tile?.previous.numerator, tile?.previous.denominator]).toEqual([Number(report?.currentNumerator), Number(report?.currentDenominator)]);
    // The overdue tile counts actions due in the year; the list's default counts every year's, and both are catalogue figures.
    const overdue = overview.tiles.find((t) => t.key === 'actions-overdue')?.current.value ?? 0;
    const anyYear = overview.details.find((d) => d.key === 'actions-overdue-any-year')?.current.value ?? 0;
    expect(anyYear).toBeGreaterThanOrEqual(overdue);
  });
  it('computes every catalogue metric for several partnerships at once exactly as for each on its own', async () => {
    const ids = partnerships.map((p) => p.id);
    const manager = api.app.get(DataSource).manager;
    // A year judged before its end, with a partnership that has nothing in it beside the demo's three.
    const scope = { partnershipIds: [...ids, '00000000-0000-4000-8000-000000000000'], from: '2024-04-01', to: '2025-03-31', asOf: '2024-12-31' };
    for (const metric of METRIC_CATALOGUE.values()) {
      const each = await runInScope(cliScope('test'), () => metric.computeEach(manager, scope));
      expect([metric.key, [...each.keys()]]).toEqual([metric.key, scope.partnershipIds]);
      for (const id of scope.partnershipIds) {
        const alone = await runInScope(cliScope('test'), () => metric.compute(manager, { ...scope, partnershipIds: [id] }));
        const got = each.get(id);
        expect([metric.key, id, got?.value, got?.numerator, got?.denominator]).toEqual([metric.key, id, alone.value, alone.numerator, alone.denominator]);
      }
    }
  });

  it.each([
    // Half before the demo's first record (April 2021), half after: months with no records and months with some.
    ['month', '2020-10-01', '2021-09-30'],
    // A year with no records, every demo year, and the quarters after the as-of date.
    ['quarter', '2020-04-01', '2026-03-31'],
    ['financial-year', '2020-04-01', '2026-03-31'],
  ] as const)('computes each metric’s series by %s in one go exactly as period by period', async (grain, from, to) => {
    const ids = partnerships.map((p) => p.id);
    const manager = api.app.get(DataSource).manager;
    const scope = { partnershipIds: [...ids, '00000000-0000-4000-8000-000000000000'], from, to, asOf: '2024-12-31' };
    const periods = periodsBetween(from, to, grain);
    let compared = 0;
    for (const metric of METRIC_CATALOGUE.values()) {
      if (!metric.computeSeries) continue;
      const series = await runInScope(cliScope('test'), () => metric.computeSeries?.(manager, scope, grain));
      expect([metric.key, [...(series?.keys() ?? [])]]).toEqual([metric.key, periods.map((p) => p.start)]);
      for (const period of periods) {
        const each = await runInScope(cliScope('test'), () => metric.computeEach(manager, { ...scope, from: period.start, to: period.end }));
        const got = series?.get(period.start);
        expect([metric.key, period.label, [...(got?.keys() ?? [])]]).toEqual([metric.key, period.label, scope.partnershipIds]);
        for (const id of scope.partnershipIds) {
          const want = each.get(id);
          const v = got?.get(id);
          expect([metric.key, period.label, id, v?.value, v?.numerator, v?.denominator]).toEqual([
            metric.key,
            period.label,
            id,
            want?.value,
            want?.numerator,
            want?.denominator,
          ]);
          compared += 1;
        }
      }
    }
    // The training, action, audit and notification families at least (the OBA measures' metrics).
    for (const key of ['training-reach', 'training-practice-change', 'actions-completed-on-time', 'audit-good-or-better', 'notifications-on-time', 'rapid-reviews-on-time']) {
      expect([key, Boolean(METRIC_CATALOGUE.get(key)?.computeSeries)]).toEqual([key, true]);
    }
    expect(compared).toBeGreaterThan(periods.length * 4 * 10);
  }, 600_000);

  it('reads the headlines of every partnership’s annual report, and their OBA scorecards, in about as many statements as one partnership’s', async () => {
    const REPORTS = `query($ids: [ID!], $year: String!) { annualReports(partnershipIds: $ids, financialYear: $year, mode: EXACT) {
      partnershipId headlines { key currentValue previousValue } } }`;
    let statements = 0;
    const runner: QueryRunner = api.app.get(DataSource).createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    const spy = jest.spyOn(proto, 'query').mockImplementation(function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    });
    try {
      const year = YEARS.at(-1) as string;
      const count = async (ids: string[]) => {
        statements = 0;
        const { annualReports } = await api.gql<{ annualReports: { partnershipId: string; headlines: ReportFigure[] }[] }>(REPORTS, { ids, year });
        return { statements, annualReports };
      };
      const one = await count([partnerships[0]?.id as string]);
      const all = await count(partnerships.map((p) => p.id));
      process.stderr.write(`one-number: headlines of 1 annual report in ${one.statements} statements, of ${all.annualReports.length} in ${all.statements}\n`);
      expect(all.annualReports).toHaveLength(3);
      // Grouped by partnership: the same statements whatever the number of reports (a children's, an adults' and a
      // community safety partnership report different headlines, so three kinds may add a few metrics, never one per report).
      expect(all.statements).toBeLessThanOrEqual(one.statements + 12);
      const alone = (await count([all.annualReports[1]?.partnershipId as string])).annualReports[0];
      expect(all.annualReports[1]).toEqual(alone);

      // The OBA scorecards: each computed measure's series is one grouped statement per metric and periodicity (per period
      // where the metric has no series computation).
      const SCORECARDS = `query($ids: [ID!], $asOf: Date!) { obaScorecards(partnershipIds: $ids, asOf: $asOf, forecastPeriods: 0) {
        partnership { id } quadrants { measures { measure { id } analysis { latest { value } status trend { direction periods } } } } } }`;
      type Cards = { obaScorecards: { partnership: { id: string }; quadrants: { measures: unknown[] }[] }[] };
      const cards = async (ids: string[]) => {
        statements = 0;
        const { obaScorecards } = await api.gql<Cards>(SCORECARDS, { ids, asOf: '2026-03-31' });
        return { statements, obaScorecards };
      };
      const ones = await Promise.all(partnerships.map(async (p) => (await cards([p.id])).statements));
      const every = await cards(partnerships.map((p) => p.id));
      const measures = every.obaScorecards.flatMap((c) => c.quadrants.flatMap((q) => q.measures)).length;
      process.stderr.write(`one-number: OBA scorecards one by one in ${ones.join(' + ')} statements, all ${every.obaScorecards.length} (${measures} measures) in ${every.statements}\n`);
      expect(every.obaScorecards).toHaveLength(3);
      expect(every.statements).toBeLessThan(ones.reduce((a, b) => a + b, 0));
      expect(every.statements).toBeLessThanOrEqual(Math.max(...ones) * 1.5);
      const first = (await cards([partnerships[0]?.id as string])).obaScorecards[0];
      expect(every.obaScorecards.find((c) => c.partnership.id === partnerships[0]?.id)).toEqual(first);
    } finally {
      spy.mockRestore();
    }
    // Nine reports and scorecards, one after another: minutes on a busy two-core machine. Statement counts are
    // the measure here, not time.
  }, 240_000);
});
