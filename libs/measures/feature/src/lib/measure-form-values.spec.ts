import { describe, expect, it } from '@jest/globals';
import { EMPTY_MEASURE, fromMeasure, measureFormProblems, toMeasureInput, type MeasureFormValues } from './measure-form-values';

const filled: MeasureFormValues = {
  ...EMPTY_MEASURE,
  name: '  Re-referrals within 12 months ',
  quadrant: 'BETTER_OFF',
  source: 'ENTERED',
  periodicity: 'QUARTER',
  unit: 'PERCENT',
  polarity: 'LOWER_IS_BETTER',
  target: '18',
  baselinePeriodStart: '2024-04-01',
  baseline: '21.5',
};

describe('measureFormProblems', () => {
  it('asks for every required answer of an empty form, in words', () => {
    expect(measureFormProblems(EMPTY_MEASURE)).toEqual({
      name: 'Enter the measure’s name',
      quadrant: 'Choose the question the measure answers',
      source: 'Choose where the values come from',
      periodicity: 'Choose how often the measure has a value',
      unit: 'Choose the unit',
      polarity: 'Choose which way is better',
    });
  });

  it('finds nothing wrong with a whole form', () => {
    expect(measureFormProblems(filled)).toEqual({});
  });

  it('needs a metric for a computed measure, numbers for the target and baseline, and both halves of a baseline', () => {
    expect(measureFormProblems({ ...filled, source: 'COMPUTED' }).metric).toBe('Choose the built-in metric');
    expect(measureFormProblems({ ...filled, target: '80%' }).target).toBe('Target must be a number, like 80');
    expect(measureFormProblems({ ...filled, baseline: 'high' }).baseline).toBe('Baseline value must be a number, like 64.5');
    expect(measureFormProblems({ ...filled, baselinePeriodStart: '' }).baselinePeriodStart).toBe('Choose the period the baseline value is for');
    expect(measureFormProblems({ ...filled, baseline: '' }).baseline).toBe('Enter the baseline value, or choose no baseline period');
  });

  it('counts a name’s length after trimming', () => {
    expect(measureFormProblems({ ...filled, name: 'x'.repeat(201) }).name).toBe('Name must be 200 characters or fewer (it has 201)');
    expect(measureFormProblems({ ...filled, name: ` ${'x'.repeat(200)} ` }).name).toBeUndefined();
  });
});

describe('toMeasureInput and fromMeasure', () => {
  it('sends trimmed text, numbers, nulls for what was left empty, and no reference unless one was typed', () => {
    expect(toMeasureInput(filled)).toEqual({
      name: 'Re-referrals within 12 months',
      quadrant: 'BETTER_OFF',
      source: 'ENTERED',
      metric: null,
      periodicity: 'QUARTER',
      unit: 'PERCENT',
      polarity: 'LOWER_IS_BETTER',
      target: 18,
      baselinePeriodStart: '2024-04-01',
      baseline: 21.5,
      headline: false,
      agencyId: null,
      description: null,
    });
  });

  it('drops a metric chosen before the source was changed back to entered', () => {
    expect(toMeasureInput({ ...filled, metric: 'notifications' }).metric).toBeNull();
  });

  it('reads a stored measure back into the same form values', () => {
    const input = toMeasureInput({ ...filled, ref: 'M12', description: 'From the CSC system.' });
    const again = fromMeasure({ ...input, ref: 'M12' });
    expect(toMeasureInput(again)).toEqual(input);
  });
});
