export { AuditsPage } from './audits-page';
export { AuditPage } from './audit-page';
export { NewAuditPage, EditAuditPage } from './forms/audit-form';
export { AuditCaseFormPage } from './forms/audit-case-form';
export { Section11AssessmentFormPage } from './forms/section11-assessment-form';
export { ModerationPage } from './forms/moderation-form';
export { AssuranceToolsPage } from './assurance-tools-page';
export { AssuranceToolPage } from './assurance-tool-page';
export { NewAssuranceToolPage } from './forms/new-tool-form';
