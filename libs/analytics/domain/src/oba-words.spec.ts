import { analyseMeasure } from './oba';
import { baselineWords, changeBetween, formatObaValue, roundToUnit, trendSummary, varianceWords } from './oba-words';

describe('OBA wording: gaps and changes in the unit’s own terms', () => {
  it('says a percentage’s gap to target in points, not as a share of the target', () => {
    // 75% against a target of 80%: 5 points below (the relative −6.25% is what the issue found confusing).
    expect(varianceWords(75, 80, 'percent')).toBe('5 points below target');
    // 81.25% against 80%: 1.25 points, shown to one place.
    expect(varianceWords(81.25, 80, 'percent')).toBe('1.3 points above target');
    expect(varianceWords(80, 80, 'percent')).toBe('exactly on target');
    expect(varianceWords(79, 80, 'percent')).toBe('1 point below target');
  });

  it('says a count’s gap to target as a percentage of the target', () => {
    // 68 reviews against a target of 80: (68 − 80) / 80 = −15%.
    expect(varianceWords(68, 80, 'count')).toBe('15% below target');
    // 12 days against a target of 10 days: +20%.
    expect(varianceWords(12, 10, 'days')).toBe('20% above target');
    // A target of 0 has no percentage of itself.
    expect(varianceWords(3, 0, 'count')).toBeNull();
    expect(varianceWords(null, 80, 'count')).toBeNull();
  });

  it('says a rate per 10,000 and a score as a difference in the unit', () => {
    expect(varianceWords(42.4, 40, 'rate-per-10000')).toBe('2.4 per 10,000 above target');
    expect(changeBetween(0.2, -0.3, 'score')).toEqual({
      kind: 'difference',
      value: -0.5,
      text: '−0.5',
    });
  });

  it('says the change since the baseline in points for rates and in percent for counts', () => {
    // The case: a rate from 60% to 72.7% is +12.7 points, not a relative +21.2%.
    expect(baselineWords(72.7, 60, 'percent')).toBe('+12.7 points since the baseline (60%)');
    // 121 notifications against a baseline of 100: +21%.
    expect(baselineWords(121, 100, 'count')).toBe('+21% since the baseline (100)');
    expect(baselineWords(100, 100, 'count')).toBe('No change since the baseline (100)');
    // Falling: 45 days from 50 is −10%.
    expect(baselineWords(45, 50, 'days')).toBe('−10% since the baseline (50 days)');
    expect(baselineWords(45, null, 'days')).toBeNull();
    // A relative change from a baseline of 0 cannot be a percentage; points still can.
    expect(baselineWords(5, 0, 'count')).toBeNull();
    expect(baselineWords(5, 0, 'percent')).toBe('+5 points since the baseline (0%)');
  });

  it('rounds to the unit: a count is never half a notification', () => {
    expect(roundToUnit(0.5, 'count')).toBe(1);
    expect(roundToUnit(12.46, 'count')).toBe(12);
    expect(roundToUnit(-0.4, 'count')).toBe(0);
    expect(formatObaValue(0.4, 'count')).toBe('0');
    expect(formatObaValue(1234.5, 'count')).toBe('1,235');
    expect(formatObaValue(57.14, 'percent')).toBe('57.1%');
    expect(formatObaValue(1, 'days')).toBe('1 day');
    expect(formatObaValue(3.44, 'rate-per-10000')).toBe('3.4 per 10,000');
    expect(formatObaValue(1.234, 'ratio')).toBe('1.23');
    expect(formatObaValue(null, 'count')).toBe('–');
  });
});

describe('OBA wording: one rule for the trend', () => {
  const summaryOf = (values: number[], polarity: 'higher-is-better' | 'lower-is-better' = 'higher-is-better') => {
    const a = analyseMeasure({
      polarity,
      target: null,
      baseline: null,
      values,
    });
    return trendSummary({
      run: a.trend,
      line: a.forecast?.judgement ?? null,
      valueCount: a.valueCount,
    });
  };

  it('an established run is the trend', () => {
    // 60, 65, 62, 70, 75: up twice from 62, and the line rises too.
    expect(summaryOf([60, 65, 62, 70, 75])).toMatchObject({
      judgement: 'improving',
      direction: 'up',
      periods: 2,
      words: 'Improving for 2 periods',
      short: '↑ 2',
    });
    // Lower is better: 30, 28, 25, 22 falls three times: improving.
    expect(summaryOf([30, 28, 25, 22], 'lower-is-better')).toMatchObject({
      judgement: 'improving',
      words: 'Improving for 3 periods',
      short: '↓ 3',
    });
  });

  it('one change against the line does not turn the curve: the issue’s "↑ Improving for 1 period" beside "heading: worsening"', () => {
    // 80, 76, 72, 70, 66, 68: five falls, then one rise. The line falls (slope −2.6 a period):
    // worsening, though better in the latest period. The arrow still shows the latest change.
    const s = summaryOf([80, 76, 72, 70, 66, 68]);
    expect(s).toMatchObject({
      judgement: 'worsening',
      direction: 'up',
      periods: 1,
      short: '↑ 1',
    });
    expect(s.words).toBe('Worsening over 6 periods, though better in the latest one');
  });

  it('one change with the line says both agree', () => {
    // 10, 12, 14, 13, 16: up once after a dip, the line rises.
    expect(summaryOf([10, 12, 14, 13, 16]).words).toBe('Improving over 5 periods, the latest included');
  });

  it('a single change with only two values is the trend', () => {
    // Two values: the run and the line are the same change.
    expect(summaryOf([5, 7]).words).toBe('Improving over 2 periods, the latest included');
    expect(summaryOf([5, 5])).toMatchObject({
      judgement: 'stable',
      words: 'Unchanged for 1 period',
      short: '→ 1',
    });
  });

  it('too few values', () => {
    expect(summaryOf([5])).toMatchObject({
      judgement: null,
      words: 'Too few values for a trend',
      short: '–',
    });
  });
});
