import fc from 'fast-check';
import {
  analyseMeasure,
  changeSinceBaseline,
  currentTrend,
  forecast,
  judge,
  linearFit,
  percentOfTarget,
  targetStatus,
  varianceFromTarget,
  type ObaAnalysis,
  type ObaPolarity,
} from './oba';

describe('OBA analysis, worked by hand', () => {
  it('analyses a rising rate below its target', () => {
    // Higher is better; target 80, baseline 60; values 60, 65, 62, 70, 75 (indices 0–4).
    // latest 75; variance (75 − 80) / 80 = −0.0625; % of target 75 / 80 = 93.75%; below target: off.
    // changes +5, −3, +8, +5: the last two went up, starting from 62 (index 2): improving for 2 periods.
    // since baseline (75 − 60) / 60 = 0.25.
    // fit: mean x = 2, mean y = 332 / 5 = 66.4; x − 2 = −2 −1 0 1 2; y − 66.4 = −6.4 −1.4 −4.4 3.6 8.6;
    //   Sxy = 12.8 + 1.4 + 0 + 3.6 + 17.2 = 35, Sxx = 10: slope 3.5, intercept 66.4 − 3.5 × 2 = 59.4;
    //   next periods 5, 6: 59.4 + 17.5 = 76.9, 59.4 + 21 = 80.4.
    const a = analyseMeasure({ polarity: 'higher-is-better', target: 80, baseline: 60, values: [60, 65, 62, 70, 75], forecastPeriods: 2 });
    expect(a.latest).toEqual({ index: 4, value: 75 });
    expect(a.variance).toBeCloseTo(-0.0625, 12);
    expect(a.percentOfTarget).toBeCloseTo(93.75, 12);
    expect(a.status).toBe('off-target');
    expect(a.trend).toEqual({ direction: 'up', periods: 2, judgement: 'improving', from: { index: 2, value: 62 } });
    expect(a.changeSinceBaseline).toBeCloseTo(0.25, 12);
    expect(a.forecast?.slope).toBeCloseTo(3.5, 12);
    expect(a.forecast?.intercept).toBeCloseTo(59.4, 12);
    expect(a.forecast?.judgement).toBe('improving');
    expect(a.forecast?.points.map((p) => p.index)).toEqual([5, 6]);
    expect(a.forecast?.points[0]?.value).toBeCloseTo(76.9, 12);
    expect(a.forecast?.points[1]?.value).toBeCloseTo(80.4, 12);
    expect(a.valueCount).toBe(5);
  });

  it('judges a rise as worsening when lower is better, while the longer line still falls', () => {
    // Lower is better; target 20, baseline 24; values 24, 22, 21, 21.5, 23.
    // latest 23; variance (23 − 20) / 20 = 0.15; 115% of target; above a lower-is-better target: off.
    // changes −2, −1, +0.5, +1.5: up twice from 21 (index 2): worsening for 2 periods.
    // since baseline (23 − 24) / 24 = −1/24.
    // fit: mean y = 111.5 / 5 = 22.3; y − 22.3 = 1.7 −0.3 −1.3 −0.8 0.7; Sxy = −3.4 + 0.3 + 0 − 0.8 + 1.4 = −2.5;
    //   slope −0.25, intercept 22.3 + 0.5 = 22.8; index 5: 22.8 − 1.25 = 21.55; a falling line is improving.
    const a = analyseMeasure({ polarity: 'lower-is-better', target: 20, baseline: 24, values: [24, 22, 21, 21.5, 23], forecastPeriods: 1 });
    expect(a.variance).toBeCloseTo(0.15, 12);
    expect(a.percentOfTarget).toBeCloseTo(115, 12);
    expect(a.status).toBe('off-target');
    expect(a.trend).toEqual({ direction: 'up', periods: 2, judgement: 'worsening', from: { index: 2, value: 21 } });
    expect(a.changeSinceBaseline).toBeCloseTo(-1 / 24, 12);
    expect(a.forecast?.slope).toBeCloseTo(-0.25, 12);
    expect(a.forecast?.intercept).toBeCloseTo(22.8, 12);
    expect(a.forecast?.points[0]?.value).toBeCloseTo(21.55, 12);
    expect(a.forecast?.judgement).toBe('improving');
  });

  it('counts only the latest run: down, up, then down once', () => {
    // 10, 8, 6, 7, 5: changes −2, −2, +1, −2; the latest run is one fall, from 7.
    expect(currentTrend([10, 8, 6, 7, 5], 'higher-is-better')).toEqual({
      direction: 'down',
      periods: 1,
      judgement: 'worsening',
      from: { index: 3, value: 7 },
    });
  });

  it('skips periods without a value and calls equal values flat', () => {
    // Present: (1, 10), (3, 10), (4, 10): two flat changes; the line is flat at 10.
    const a = analyseMeasure({ polarity: 'lower-is-better', target: 10, baseline: null, values: [null, 10, null, 10, 10], forecastPeriods: 1 });
    expect(a.latest).toEqual({ index: 4, value: 10 });
    expect(a.status).toBe('on-target');
    expect(a.trend).toEqual({ direction: 'flat', periods: 2, judgement: 'stable', from: { index: 1, value: 10 } });
    expect(a.forecast).toMatchObject({ slope: 0, intercept: 10, judgement: 'stable', points: [{ index: 5, value: 10 }] });
    expect(a.valueCount).toBe(3);
  });

  it('calls values equal despite floating-point noise', () => {
    // 1/3 × 3 as 0.1 + 0.2 style noise: 0.30000000000000004 vs 0.3.
    expect(currentTrend([0.3, 0.1 + 0.2], 'higher-is-better')?.direction).toBe('flat');
  });

  it('gives nulls, never NaN, for zero targets and baselines', () => {
    // Target 0 and baseline 0: no ratio can be taken, but the status still can (3 > 0, lower is better: off).
    const a = analyseMeasure({ polarity: 'lower-is-better', target: 0, baseline: 0, values: [0, 3] });
    expect(a.variance).toBeNull();
    expect(a.percentOfTarget).toBeNull();
    expect(a.changeSinceBaseline).toBeNull();
    expect(a.status).toBe('off-target');
    expect(targetStatus(0, 0, 'lower-is-better')).toBe('on-target');
    // A latest value of 0 against a non-zero target is fine: −100%.
    expect(varianceFromTarget(0, 50)).toBe(-1);
    expect(percentOfTarget(0, 50)).toBe(0);
    expect(changeSinceBaseline(0, 4)).toBe(-1);
  });

  it('has no trend or forecast with no value or one value', () => {
    const none = analyseMeasure({ polarity: 'higher-is-better', target: 90, baseline: 50, values: [] });
    expect(none).toEqual({
      latest: null,
      variance: null,
      percentOfTarget: null,
      status: 'no-data',
      trend: null,
      changeSinceBaseline: null,
      forecast: null,
      valueCount: 0,
    } satisfies ObaAnalysis);
    expect(analyseMeasure({ polarity: 'higher-is-better', target: null, baseline: null, values: [null, null] }).status).toBe('no-target');

    const one = analyseMeasure({ polarity: 'higher-is-better', target: null, baseline: 4, values: [null, 5] });
    expect(one.latest).toEqual({ index: 1, value: 5 });
    expect(one.status).toBe('no-target');
    expect(one.trend).toBeNull();
    expect(one.forecast).toBeNull();
    expect(one.changeSinceBaseline).toBeCloseTo(0.25, 12);
  });

  it('keeps a forecast within its bounds', () => {
    // 90, 95, 99: mean y = 284 / 3; Sxy = (−1)(90 − 94.67) + (1)(99 − 94.67) = 9, Sxx = 2: slope 4.5;
    // intercept 94.67 − 4.5 = 90.17; index 3: 103.67 → capped at 100.
    const f = forecast([90, 95, 99], 'higher-is-better', 2, { min: 0, max: 100 });
    expect(f?.slope).toBeCloseTo(4.5, 12);
    expect(f?.intercept).toBeCloseTo(284 / 3 - 4.5, 12);
    expect(f?.points).toEqual([
      { index: 3, value: 100 },
      { index: 4, value: 100 },
    ]);
    expect(forecast([5, 3, 1], 'lower-is-better', 2, { min: 0 })?.points).toEqual([
      { index: 3, value: 0 },
      { index: 4, value: 0 },
    ]);
  });

  it('judges direction by polarity', () => {
    expect(judge('up', 'higher-is-better')).toBe('improving');
    expect(judge('up', 'lower-is-better')).toBe('worsening');
    expect(judge('down', 'higher-is-better')).toBe('worsening');
    expect(judge('down', 'lower-is-better')).toBe('improving');
    expect(judge('flat', 'lower-is-better')).toBe('stable');
  });
});

describe('OBA analysis, properties', () => {
  const polarity = fc.constantFrom<ObaPolarity>('higher-is-better', 'lower-is-better');
  const value = fc.oneof(fc.constant(0), fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const series = fc.array(fc.option(value, { nil: null, freq: 4 }), { maxLength: 30 });
  const optional = fc.option(value, { nil: null });

  const numbersIn = (a: ObaAnalysis): number[] => [
    a.latest?.value,
    a.variance,
    a.percentOfTarget,
    a.changeSinceBaseline,
    a.forecast?.slope,
    a.forecast?.intercept,
    ...(a.forecast?.points.map((p) => p.value) ?? []),
  ].filter((v): v is number => typeof v === 'number');

  it('never produces NaN or Infinity', () => {
    fc.assert(
      fc.property(polarity, optional, optional, series, fc.integer({ min: 0, max: 12 }), (pol, target, baseline, values, n) => {
        const a = analyseMeasure({ polarity: pol, target, baseline, values, forecastPeriods: n });
        for (const v of numbersIn(a)) expect(Number.isFinite(v)).toBe(true);
        expect(a.forecast === null || a.forecast.points.length === n).toBe(true);
      }),
    );
  });

  it('has a trend run between 1 and the number of changes, ending at the latest value', () => {
    fc.assert(
      fc.property(polarity, series, (pol, values) => {
        const a = analyseMeasure({ polarity: pol, target: null, baseline: null, values });
        const { trend, latest } = a;
        if (a.valueCount < 2 || !trend || !latest) return expect([a.valueCount < 2, trend]).toEqual([true, null]);
        expect(trend.periods).toBeGreaterThanOrEqual(1);
        expect(trend.periods).toBeLessThanOrEqual(a.valueCount - 1);
        expect(trend.from.index).toBeLessThan(latest.index);
      }),
    );
  });

  it('reverses every judgement when the polarity is reversed', () => {
    const flip = { improving: 'worsening', worsening: 'improving', stable: 'stable' } as const;
    fc.assert(
      fc.property(series, value, (values, target) => {
        const up = analyseMeasure({ polarity: 'higher-is-better', target, baseline: null, values });
        const down = analyseMeasure({ polarity: 'lower-is-better', target, baseline: null, values });
        expect(down.trend?.judgement).toBe(up.trend ? flip[up.trend.judgement] : undefined);
        expect(down.forecast?.judgement).toBe(up.forecast ? flip[up.forecast.judgement] : undefined);
        // On target both ways only when exactly on it.
        if (up.status === 'on-target' && down.status === 'on-target' && up.latest) {
          const actual = up.latest.value;
          expect(Math.abs(actual - target)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(actual), Math.abs(target)));
        }
      }),
    );
  });

  it('relates variance and % of target: % = 100 × (1 + variance)', () => {
    fc.assert(
      fc.property(value, value, (actual, target) => {
        const v = varianceFromTarget(actual, target);
        const p = percentOfTarget(actual, target);
        if (target === 0) return expect([v, p]).toEqual([null, null]);
        // A target within rounding of zero gives no ratio: both are then null, never one alone.
        if (v === null || p === null) return expect([v, p]).toEqual([null, null]);
        // Relative, not absolute, closeness: a tiny target makes both ratios huge (−127 against 6e−8 is
        // about −2e11 %), where the last bits of two float routes differ by more than 1e−6.
        expect(Math.abs(p - 100 * (1 + v))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(p)));
      }),
    );
  });

  it('recovers a straight line exactly and continues it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 2, max: 20 }),
        (intercept, slope, n) => {
          const values = Array.from({ length: n }, (_, i) => intercept + slope * i);
          const f = forecast(values, 'higher-is-better', 2);
          expect(f?.slope).toBeCloseTo(slope, 9);
          expect(f?.intercept).toBeCloseTo(intercept, 9);
          expect(f?.points[0]?.value).toBeCloseTo(intercept + slope * n, 9);
          expect(f?.judgement).toBe(slope > 0 ? 'improving' : slope < 0 ? 'worsening' : 'stable');
        },
      ),
    );
  });

  it('leaves residuals that sum to zero and are uncorrelated with the period (least squares)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }), { minLength: 2, maxLength: 25 }), (values) => {
        const fit = linearFit(values);
        const present = values.map((v, i) => ({ i, v })).filter((p): p is { i: number; v: number } => p.v !== null);
        if (present.length < 2 || !fit) return expect([present.length < 2, fit]).toEqual([true, null]);
        const residuals = present.map((p) => ({ i: p.i, r: p.v - (fit.intercept + fit.slope * p.i) }));
        expect(residuals.reduce((s, p) => s + p.r, 0)).toBeCloseTo(0, 6);
        expect(residuals.reduce((s, p) => s + p.i * p.r, 0)).toBeCloseTo(0, 5);
      }),
    );
  });

  it('is unmoved in trend and slope when every value shifts by a constant', () => {
    fc.assert(
      fc.property(polarity, fc.array(fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }), { maxLength: 20 }), fc.integer({ min: -500, max: 500 }), (pol, values, c) => {
        const shifted = values.map((v) => (v === null ? null : v + c));
        const a = currentTrend(values, pol);
        const b = currentTrend(shifted, pol);
        expect(b && { direction: b.direction, periods: b.periods }).toEqual(a && { direction: a.direction, periods: a.periods });
        const fa = linearFit(values);
        const fb = linearFit(shifted);
        if (fa && fb) {
          expect(fb.slope).toBeCloseTo(fa.slope, 6);
          expect(fb.intercept).toBeCloseTo(fa.intercept + c, 6);
        }
      }),
    );
  });
});
