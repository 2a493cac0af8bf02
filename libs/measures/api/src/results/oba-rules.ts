import type { FieldProblem } from '@sli/shared/api-core';
import { MeasureKind } from '../measure.enums';

/*
 * The rules of the results hierarchy that need no database, restated from the CHECK constraints of
 * migration 1730000001400 so a client is told which field is at fault and why.
 */

/** What is wrong with placing a measure as `kind` under a result or a strategy. */
export function placeProblems(kind: MeasureKind, resultId: string | null, strategyId: string | null): FieldProblem[] {
  if (kind === MeasureKind.INDICATOR && strategyId !== null) {
    return [{ field: 'strategyId', message: "must be empty for an INDICATOR: an indicator measures a result's population, not a strategy's work" }];
  }
  if (kind === MeasureKind.PERFORMANCE_MEASURE && resultId !== null) {
    return [{ field: 'resultId', message: 'must be empty for a PERFORMANCE_MEASURE: it reaches its result through its strategy; give strategyId' }];
  }
  return [];
}

/** Ids of a list that repeat an earlier one, as problems of `field[i]`. */
export function repeatedIds(ids: readonly string[], field: string): FieldProblem[] {
  const first = new Map<string, number>();
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    const j = first.get(id);
    if (j === undefined) first.set(id, i);
    else problems.push({ field: `${field}[${i}]`, message: `repeats ${field}[${j}]` });
  });
  return problems;
}

/** Ids of a list that are not among `found` (records of the same partnership), as problems of `field[i]`. */
export function foreignIds(ids: readonly string[], found: ReadonlySet<string>, field: string, what: string): FieldProblem[] {
  return ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `${field}[${i}]`, message: `must be ${what} of the same partnership` }]));
}
