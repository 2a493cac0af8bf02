export { Field, Fieldset, type ControlProps } from './field';
export { ErrorSummary } from './error-summary';
export { useFieldProblems, sentence, type FieldProblems, type SummaryItem } from './field-problems';
export { KeptNotice } from './kept-notice';
export { ConfirmButton } from './confirm-button';
