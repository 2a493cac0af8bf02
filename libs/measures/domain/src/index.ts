export { isPeriodStart, periodStartOf, periodStartProblem, type PeriodicityValue } from './periods';
export {
  measureProblems,
  notePeriodProblems,
  placeProblems,
  valueProblems,
  type MeasureKindValue,
  type MeasureRuleFields,
  type MeasureSourceValue,
} from './measure-rules';
