import type { FieldProblem } from './field-problem';

/**
 * Exactly one source: a finding, recommendation or action comes from one review or one audit.
 * Fields are named as in the GraphQL input (`reviewId`, `auditId`); an import names its own.
 */
export function oneSourceProblems(reviewId: string | null | undefined, auditId: string | null | undefined): FieldProblem[] {
  if (reviewId && auditId) {
    return [{ field: 'auditId', message: 'must be empty when a review is given: it comes from one review or one audit, not both' }];
  }
  if (!reviewId && !auditId) return [{ field: 'reviewId', message: 'is required: give the review or the audit it comes from' }];
  return [];
}

/** The message for a reference to a record of another partnership (or of none). */
export function outsidePartnershipMessage(noun: string): string {
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  return `must be ${article} ${noun} of this partnership`;
}

/** A problem for each item of a list that repeats an earlier one's key, as `list[i].field`. */
export function repeatedItems<T>(items: readonly T[], list: string, field: string, keyOf: (item: T) => string, what = field): FieldProblem[] {
  const first = new Map<string, number>();
  const problems: FieldProblem[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else problems.push({ field: `${list}[${i}].${field}`, message: `repeats the ${what} of ${list}[${j}]` });
  });
  return problems;
}
