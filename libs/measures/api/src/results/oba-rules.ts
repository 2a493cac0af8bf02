import type { FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage } from '@sli/shared/domain';

/*
 * Rules of the results hierarchy's links that need no database. Where a measure may sit (placeProblems)
 * is a record rule, in @sli/measures-domain.
 */

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
export function foreignIds(ids: readonly string[], found: ReadonlySet<string>, field: string, noun: string): FieldProblem[] {
  return ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `${field}[${i}]`, message: outsidePartnershipMessage(noun) }]));
}
