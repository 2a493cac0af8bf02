import { repeatedItems, type FieldProblem } from '@sli/shared/domain';
import { periodStartProblem, type PeriodicityValue } from './periods';

export type MeasureSourceValue = 'entered' | 'computed';
export type MeasureKindValue = 'indicator' | 'performance-measure';

/** The fields of a measure its rules look at, as it would be saved. */
export interface MeasureRuleFields {
  source: MeasureSourceValue;
  metric: string | null;
  periodicity: PeriodicityValue;
  baselinePeriodStart: string | null;
}

/** A computed measure names its built-in metric, an entered one none; the baseline starts a period. */
export function measureProblems(m: MeasureRuleFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (m.source === 'computed' && !m.metric) problems.push({ field: 'metric', message: 'is required when the source is computed: name the built-in metric' });
  if (m.source === 'entered' && m.metric) problems.push({ field: 'metric', message: 'must be empty when the source is entered' });
  const baseline = m.baselinePeriodStart && periodStartProblem(m.baselinePeriodStart, m.periodicity);
  if (baseline) problems.push({ field: 'baselinePeriodStart', message: baseline });
  return problems;
}

/** Where a measure sits in the results hierarchy (fields named as the GraphQL input: resultId, strategyId). */
export function placeProblems(kind: MeasureKindValue, resultId: string | null | undefined, strategyId: string | null | undefined): FieldProblem[] {
  if (kind === 'indicator' && strategyId) {
    return [{ field: 'strategyId', message: "must be empty for an indicator: an indicator measures a result's population, not a strategy's work" }];
  }
  if (kind === 'performance-measure' && resultId) {
    return [{ field: 'resultId', message: 'must be empty for a performance measure: it reaches its result through its strategy' }];
  }
  return [];
}

/** A measure's period values (as `values[i]`): each dated on its period's first day, each period once. */
export function valueProblems(values: readonly { periodStart: string }[], periodicity: PeriodicityValue): FieldProblem[] {
  const problems: FieldProblem[] = [];
  values.forEach((v, i) => {
    const problem = periodStartProblem(v.periodStart, periodicity);
    if (problem) problems.push({ field: `values[${i}].periodStart`, message: problem });
  });
  problems.push(...repeatedItems(values, 'values', 'periodStart', (v) => v.periodStart, 'period'));
  return problems;
}

/** A note on a period (as `notes[i]`) is dated on the period's first day, like its value. */
export function notePeriodProblems(notes: readonly { periodStart?: string | null }[], periodicity: PeriodicityValue): FieldProblem[] {
  return notes.flatMap((n, i) => {
    const problem = n.periodStart ? periodStartProblem(n.periodStart, periodicity) : undefined;
    return problem ? [{ field: `notes[${i}].periodStart`, message: problem }] : [];
  });
}
