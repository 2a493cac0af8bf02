import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { AgencyEntity } from '@sli/partnerships-api';
import { AuditCaseDomainGradeEntity, AuditCaseEntity } from './audit-case.entity';
import { AuditCasesService } from './audit-cases.service';
import { AuditEntity } from './audit.entity';
import { AuditsService } from './audits.service';
import { Section11AssessmentEntity } from './section11-assessment.entity';
import { Section11AssessmentsService } from './section11-assessments.service';

/** Batched look-up other domains use to resolve an `audit` field without N+1. */
export function auditLoader(ctx: RequestContext, service: AuditsService) {
  return ctx.loaders.get<string, AuditEntity | null>('audit.byId', async (ids) =>
    byKey(ids, await service.findAuditsByIds(ids), (a) => a.id),
  );
}

export function auditAgenciesLoader(ctx: RequestContext, service: AuditsService) {
  return ctx.loaders.get<string, AgencyEntity[]>('audit.agencies', async (auditIds) =>
    groupByKey(auditIds, await service.findAgenciesByAuditIds(auditIds), (a) => a.auditId),
  );
}

export function auditCasesLoader(ctx: RequestContext, service: AuditCasesService) {
  return ctx.loaders.get<string, AuditCaseEntity[]>('audit.cases', async (auditIds) =>
    groupByKey(auditIds, await service.findCasesByAuditIds(auditIds), (c) => c.auditId),
  );
}

export function auditCaseLoader(ctx: RequestContext, service: AuditCasesService) {
  return ctx.loaders.get<string, AuditCaseEntity | null>('auditCase.byId', async (ids) =>
    byKey(ids, await service.findCasesByIds(ids), (c) => c.id),
  );
}

export function domainGradesLoader(ctx: RequestContext, service: AuditCasesService) {
  return ctx.loaders.get<string, AuditCaseDomainGradeEntity[]>('auditCase.domainGrades', async (caseIds) =>
    groupByKey(caseIds, await service.findGradesByCaseIds(caseIds), (g) => g.auditCaseId),
  );
}

export function auditSection11Loader(ctx: RequestContext, service: Section11AssessmentsService) {
  return ctx.loaders.get<string, Section11AssessmentEntity[]>('audit.section11Assessments', async (auditIds) =>
    groupByKey(auditIds, await service.findAssessmentsByAuditIds(auditIds), (s) => s.auditId),
  );
}

export function section11AssessmentLoader(ctx: RequestContext, service: Section11AssessmentsService) {
  return ctx.loaders.get<string, Section11AssessmentEntity | null>('section11Assessment.byId', async (ids) =>
    byKey(ids, await service.findAssessmentsByIds(ids), (s) => s.id),
  );
}
