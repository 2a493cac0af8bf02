import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { AuditAgencyReturnEntity, AuditReturnCaseEntity } from './audit-agency-return.entity';
import type { AuditAgencyReturnsService } from './audit-agency-returns.service';

export function auditReturnLoader(ctx: RequestContext, service: AuditAgencyReturnsService) {
  return ctx.loaders.get<string, AuditAgencyReturnEntity | null>('auditAgencyReturn.byId', async (ids) => byKey(ids, await service.findByIds(ids), (r) => r.id));
}

export function auditReturnsByAuditLoader(ctx: RequestContext, service: AuditAgencyReturnsService) {
  return ctx.loaders.get<string, AuditAgencyReturnEntity[]>('auditAgencyReturn.byAuditId', async (auditIds) =>
    groupByKey(auditIds, await service.findByAuditIds(auditIds), (r) => r.auditId),
  );
}

export function auditReturnCasesLoader(ctx: RequestContext, service: AuditAgencyReturnsService) {
  return ctx.loaders.get<string, AuditReturnCaseEntity[]>('auditAgencyReturn.cases', async (ids) =>
    groupByKey(ids, await service.findCasesByReturnIds(ids), (c) => c.auditAgencyReturnId),
  );
}

export function auditReturnRemindedOnLoader(ctx: RequestContext, service: AuditAgencyReturnsService) {
  return ctx.loaders.get<string, string | null>('auditAgencyReturn.lastRemindedOn', async (ids) => {
    const found = await service.lastRemindedOn(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
