export { ACTION_STATUS_WORDS, isComplete, isOpen, type ActionStatusValue } from './action-status';
export { actionProblems, planStatusChange, signOffProblems, type ActionRuleFields, type ActionState, type StatusChangeRequest } from './action-rules';
export { dueDateReminder, type ReminderKind, type ReminderPlan } from './reminder-schedule';
export { auditImpact, measureImpact, type AuditImpact, type MeasureImpact, type MeasurePolarityValue, type PeriodValue } from './impact-evidence';
