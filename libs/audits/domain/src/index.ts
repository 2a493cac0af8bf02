export { auditProblems, repeatedDomainProblems, type AuditRuleFields } from './audit-rules';
export { compareRounds, MIN_CASES_TO_COMPARE, type ComparedRound, type RoundComparability, type RoundComparison } from './round-comparison';
export {
  AUDIT_RETURN_DEFAULT_WORKING_DAYS,
  AUDIT_RETURN_TEXT_MAX,
  AUDIT_RETURN_WORKING_DAYS_BEFORE,
  invitationProblems,
  returnProblems,
  type ReturnAssessmentRow,
  type ReturnCaseRow,
  type ReturnFacts,
  type RoundShape,
} from './agency-return-rules';
export { CODE_PATTERN, codeFrom, LEVEL_CODES, toolDraftProblems, type DraftLevel, type DraftStandard, type LevelCode, type ToolDraft } from './tool-rules';
