import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export interface InformationRequestRuleFields {
  sentOn: string;
  dueOn: string;
  remindedOn: string | null;
  returnedOn: string | null;
}

/** A request is due, reminded and returned no earlier than it was sent; what has happened is not in the future. */
export function informationRequestProblems(r: InformationRequestRuleFields, today: string): FieldProblem[] {
  const sent = 'the date the request was sent';
  return [
    ...notInFuture('sentOn', r.sentOn, today),
    ...onOrAfter('dueOn', r.dueOn, r.sentOn, sent),
    ...onOrAfter('remindedOn', r.remindedOn, r.sentOn, sent),
    ...notInFuture('remindedOn', r.remindedOn, today),
    ...onOrAfter('returnedOn', r.returnedOn, r.sentOn, sent),
    ...notInFuture('returnedOn', r.returnedOn, today),
  ];
}
