import fc from 'fast-check';
import { gradeDistribution, OFSTED_GRADES, qualityDirection, shareChange } from './audit-grades';
import { rate } from './rate';

const counts = fc.record({
  outstanding: fc.nat(50),
  good: fc.nat(50),
  'requires-improvement': fc.nat(50),
  inadequate: fc.nat(50),
});

describe('gradeDistribution', () => {
  it('spreads counts over the whole scale, best first, with shares and the share good or better', () => {
    // 1 outstanding + 2 good of 5 graded: good or better 3/5 = 0.6; inadequate 0 of 5.
    const d = gradeDistribution({ outstanding: 1, good: 2, 'requires-improvement': 2 });
    expect(d.total).toBe(5);
    expect(d.grades).toEqual([
      { grade: 'outstanding', count: 1, share: 0.2 },
      { grade: 'good', count: 2, share: 0.4 },
      { grade: 'requires-improvement', count: 2, share: 0.4 },
      { grade: 'inadequate', count: 0, share: 0 },
    ]);
    expect(d.goodOrBetter).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
  });

  it('has no shares when nothing was graded', () => {
    const d = gradeDistribution({});
    expect(d.total).toBe(0);
    expect(d.grades.every((g) => g.count === 0 && g.share === null)).toBe(true);
    expect(d.goodOrBetter.value).toBeNull();
  });

  it('property: counts sum to the total, shares to 1, and good or better lies in 0..1', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const d = gradeDistribution(c);
        expect(d.grades.map((g) => g.grade)).toEqual([...OFSTED_GRADES]);
        expect(d.grades.reduce((s, g) => s + g.count, 0)).toBe(d.total);
        if (d.total === 0) return;
        expect(d.grades.reduce((s, g) => s + (g.share ?? 0), 0)).toBeCloseTo(1, 10);
        for (const g of d.grades) expect(g.share).toBeGreaterThanOrEqual(0);
        const v = d.goodOrBetter.value as number;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(v).toBeCloseTo((d.grades[0]?.share ?? 0) + (d.grades[1]?.share ?? 0), 10);
      }),
    );
  });
});

describe('qualityDirection', () => {
  it('compares shares exactly, whatever the sizes of the rounds', () => {
    expect(qualityDirection(rate(2, 4), rate(3, 6))).toBe('unchanged');
    expect(qualityDirection(rate(1, 3), rate(2, 5))).toBe('improved');
    expect(qualityDirection(rate(3, 4), rate(2, 4))).toBe('worsened');
    expect(qualityDirection(rate(0, 0), rate(2, 4))).toBeNull();
  });

  it('gives the change in share as one exact fraction', () => {
    // 1/4 − 2/3 = (3 − 8) / 12 = −5/12.
    expect(shareChange(rate(2, 3), rate(1, 4))).toBe(-5 / 12);
    expect(shareChange(rate(2, 4), rate(3, 6))).toBe(0);
    expect(shareChange(rate(0, 0), rate(1, 2))).toBeNull();
  });

  it('property: agrees with the sign of the difference of the values, and reverses when the rounds swap', () => {
    const r = fc.integer({ min: 1, max: 40 }).chain((d) => fc.nat(d).map((n) => rate(n, d)));
    fc.assert(
      fc.property(r, r, (a, b) => {
        const dir = qualityDirection(a, b);
        const diff = (b.value as number) - (a.value as number);
        if (Math.abs(diff) < 1e-12) expect(dir).toBe('unchanged');
        else expect(dir).toBe(diff > 0 ? 'improved' : 'worsened');
        expect(shareChange(a, b) as number).toBeCloseTo(diff, 12);
        const back = qualityDirection(b, a);
        expect(back).toBe(dir === 'improved' ? 'worsened' : dir === 'worsened' ? 'improved' : 'unchanged');
      }),
    );
  });
});
