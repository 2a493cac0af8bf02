import type { FieldProblem } from '@sli/shared/api-core';
import { MeasurePeriodicity, MeasureSource } from './measure.enums';

/**
 * Why `date` does not start a period of `periodicity`, or undefined when it does. Quarters and
 * years are the UK financial year's: Q1 starts 1 April, the year starts 1 April.
 */
export function periodStartProblem(date: string, periodicity: MeasurePeriodicity): string | undefined {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  switch (periodicity) {
    case MeasurePeriodicity.MONTH:
      return day === 1 ? undefined : 'must be the first day of a month';
    case MeasurePeriodicity.QUARTER:
      return day === 1 && month % 3 === 1 ? undefined : 'must start a quarter: 1 April, 1 July, 1 October or 1 January';
    case MeasurePeriodicity.YEAR:
      return day === 1 && month === 4 ? undefined : 'must be 1 April, the start of a financial year';
  }
}

export function isPeriodStart(date: string, periodicity: MeasurePeriodicity): boolean {
  return periodStartProblem(date, periodicity) === undefined;
}

/** The fields of a measure its rules look at. */
export interface MeasureShape {
  source: MeasureSource;
  metric: string | null;
  periodicity: MeasurePeriodicity;
  baselinePeriodStart: string | null;
}

/** Cross-field rules of a measure as it would be saved. */
export function measureProblems(m: MeasureShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (m.source === MeasureSource.COMPUTED && m.metric === null) {
    problems.push({ field: 'metric', message: 'is required when the source is COMPUTED: name the built-in metric' });
  }
  if (m.source === MeasureSource.ENTERED && m.metric !== null) {
    problems.push({ field: 'metric', message: 'must be empty when the source is ENTERED' });
  }
  const baseline = m.baselinePeriodStart && periodStartProblem(m.baselinePeriodStart, m.periodicity);
  if (baseline) problems.push({ field: 'baselinePeriodStart', message: baseline });
  return problems;
}

/** Problems with a list of period values: each must start a period, and each period appear once. */
export function valueProblems(values: readonly { periodStart: string }[], periodicity: MeasurePeriodicity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  values.forEach((v, i) => {
    const field = `values[${i}].periodStart`;
    const problem = periodStartProblem(v.periodStart, periodicity);
    if (problem) problems.push({ field, message: `${problem} (${v.periodStart})` });
    const earlier = firstIndex.get(v.periodStart);
    if (earlier === undefined) firstIndex.set(v.periodStart, i);
    else problems.push({ field, message: `repeats the period of values[${earlier}] (${v.periodStart})` });
  });
  return problems;
}
