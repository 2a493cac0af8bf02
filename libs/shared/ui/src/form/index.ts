export { Field, Fieldset, type ControlProps } from './field';
export { ErrorSummary } from './error-summary';
export { useFieldProblems, sentence, type FieldProblems, type SummaryItem } from './field-problems';
export { KeptNotice } from './kept-notice';
export { ConfirmButton } from './confirm-button';
export { DateInput } from './date-input';
export { CompactDateInput } from './compact-date-input';
export {
  parseDateParts,
  parseKeptDate,
  isoToKept,
  isoToDateParts,
  joinDateParts,
  splitDateParts,
  type DateParts,
  type DatePart,
  type ParsedDate,
} from './date-parts';
export { Radios, type RadioOption } from './radios';
export { Combobox, MultiCombobox, type ComboOption } from './combobox';
export { AsyncCombobox } from './async-combobox';
export { CheckAnswers, type AnswerRow } from './check-answers';
export { useCheckStep, FlashMessage, SuccessMessage, ids as keptIds } from './record-flow';
export { RecordControls } from './record-controls';
