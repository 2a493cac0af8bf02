export { auditProblems, repeatedDomainProblems, type AuditRuleFields } from './audit-rules';
