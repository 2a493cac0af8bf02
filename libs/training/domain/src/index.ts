export { evaluationProblems, followUpProblems, type FollowUpRuleFields } from './attendance-rules';
