export { auditProblems, repeatedDomainProblems, type AuditRuleFields } from './audit-rules';
export { compareRounds, MIN_CASES_TO_COMPARE, type ComparedRound, type RoundComparability, type RoundComparison } from './round-comparison';
export { CODE_PATTERN, codeFrom, LEVEL_CODES, toolDraftProblems, type DraftLevel, type DraftStandard, type LevelCode, type ToolDraft } from './tool-rules';
