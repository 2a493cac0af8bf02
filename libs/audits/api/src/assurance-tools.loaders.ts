import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { AssuranceToolEntity, AuditDomainEntity, ToolLevelEntity, ToolStandardEntity } from './assurance-tool.entity';
import type { AssuranceToolsService } from './assurance-tools.service';
import type { AuditDomainsService } from './audit-domains.service';

export function assuranceToolLoader(ctx: RequestContext, service: AssuranceToolsService) {
  return ctx.loaders.get<string, AssuranceToolEntity | null>('assuranceTool.byId', async (ids) =>
    byKey(ids, await service.findToolsByIds(ids), (t) => t.id),
  );
}

export function toolStandardsLoader(ctx: RequestContext, service: AssuranceToolsService) {
  return ctx.loaders.get<string, ToolStandardEntity[]>('assuranceTool.standards', async (toolIds) =>
    groupByKey(toolIds, await service.findStandardsByToolIds(toolIds), (s) => s.toolId),
  );
}

export function toolLevelsLoader(ctx: RequestContext, service: AssuranceToolsService) {
  return ctx.loaders.get<string, ToolLevelEntity[]>('assuranceTool.levels', async (toolIds) =>
    groupByKey(toolIds, await service.findLevelsByToolIds(toolIds), (l) => l.toolId),
  );
}

export function toolStandardLoader(ctx: RequestContext, service: AssuranceToolsService) {
  return ctx.loaders.get<string, ToolStandardEntity | null>('toolStandard.byId', async (ids) =>
    byKey(ids, await service.findStandardsByIds(ids), (s) => s.id),
  );
}

/** A partnership's case-audit domains in reading order, retired ones included. */
export function auditDomainsLoader(ctx: RequestContext, service: AuditDomainsService) {
  return ctx.loaders.get<string, AuditDomainEntity[]>('auditDomains.byPartnership', async (partnershipIds) =>
    groupByKey(partnershipIds, await service.listByPartnerships(partnershipIds), (d) => d.partnershipId),
  );
}
