export type { FieldProblem } from './field-problem';
export { longDate } from './long-date';
export { todayInEngland } from './today';
export { notInFuture, onOrAfter } from './date-rules';
export { oneSourceProblems, outsidePartnershipMessage, repeatedItems } from './record-rules';
