import { baseOf, compareFigures, TOO_FEW_TO_COMPARE, tooFewToCompare } from './comparison';

describe('compareFigures', () => {
  it('does not compare rates on fewer than ten records either side (3 of 3 against 3 of 4)', () => {
    const c = compareFigures('percent', 'higher-is-better', { value: 100, numerator: 3, denominator: 3 }, { value: 75, numerator: 3, denominator: 4 });
    expect(c).toEqual({ verdict: 'too-few', change: null, smallestBase: 3 });
  });

  it('judges a rate on enough records by polarity, in percentage points as shown', () => {
    // 55/91 = 60.44% shows 60.4; 60/92 = 65.22% shows 65.2; 60.4 − 65.2 = −4.8.
    const c = compareFigures('percent', 'higher-is-better', { value: (100 * 55) / 91, numerator: 55, denominator: 91 }, { value: (100 * 60) / 92, numerator: 60, denominator: 92 });
    expect(c).toEqual({ verdict: 'worse', change: -4.8, smallestBase: 91 });
  });

  it('calls a rate too few when only one side is small (9 of 9 against 50 of 100)', () => {
    expect(compareFigures('percent', 'higher-is-better', { value: 100, numerator: 9, denominator: 9 }, { value: 50, numerator: 50, denominator: 100 }).verdict).toBe('too-few');
  });

  it('calls a count too few only when both sides are small (3 against 4; 12 against 3 is compared)', () => {
    expect(compareFigures('count', 'lower-is-better', { value: 3 }, { value: 4 }).verdict).toBe('too-few');
    expect(compareFigures('count', 'lower-is-better', { value: 12 }, { value: 3 })).toEqual({ verdict: 'worse', change: 9, smallestBase: 3 });
    expect(compareFigures('count', 'lower-is-better', { value: 9 }, { value: 10 })).toEqual({ verdict: 'better', change: -1, smallestBase: 9 });
  });

  it('describes an activity count (no polarity) as up or down, never better or worse', () => {
    expect(compareFigures('count', null, { value: 290 }, { value: 357 })).toEqual({ verdict: 'down', change: -67, smallestBase: 290 });
    expect(compareFigures('count', null, { value: 40 }, { value: 12 }).verdict).toBe('up');
    expect(compareFigures('count', null, { value: 12 }, { value: 12 }).verdict).toBe('no-change');
  });

  it('says there is nothing to compare when a period has no value', () => {
    expect(compareFigures('percent', 'higher-is-better', { value: null, numerator: 0, denominator: 0 }, { value: 50, numerator: 5, denominator: 10 })).toEqual({
      verdict: 'none',
      change: null,
      smallestBase: 0,
    });
  });

  it('reports no change between rates equal to one decimal place', () => {
    // 61.94% and 61.9% both show 61.9.
    expect(compareFigures('percent', 'higher-is-better', { value: 61.94, denominator: 100 }, { value: 61.9, denominator: 200 }).verdict).toBe('no-change');
  });

  it('takes the threshold as an argument', () => {
    expect(tooFewToCompare('count', { value: 4 }, { value: 3 }, 3)).toBe(false);
    expect(tooFewToCompare('count', { value: 4 }, { value: 3 })).toBe(true);
    expect(TOO_FEW_TO_COMPARE).toBe(10);
  });
});

describe('baseOf', () => {
  it('is the denominator of a rate and the value of a count', () => {
    expect(baseOf('percent', { value: 50, numerator: 1, denominator: 2 })).toBe(2);
    expect(baseOf('score', { value: 0.8, numerator: 8, denominator: 10 })).toBe(10);
    expect(baseOf('count', { value: 7 })).toBe(7);
  });
});
