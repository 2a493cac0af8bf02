/**
 * One broken rule: the field at fault and what a person reads beside it. The field is the record's
 * own field name (as in the GraphQL input and the form), or a path into it (`values[2].periodStart`).
 * A message starting in lower case follows the field's label: a form shows "Completed on cannot be
 * in the future (today is 6 December 2026)".
 */
export interface FieldProblem {
  field: string;
  message: string;
}
