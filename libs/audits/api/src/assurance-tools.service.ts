import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AssuranceToolEntity, AuditDomainEntity, ToolLevelEntity, ToolStandardEntity } from './assurance-tool.entity';
import { AssuranceToolKind, AssuranceToolStatus } from './assurance-tool.enums';

export interface AssuranceToolFilter {
  partnershipIds?: string[];
  kind?: AssuranceToolKind;
  status?: AssuranceToolStatus;
}

/** A partnership's assurance tools, their standards and rating scales, and its case-audit domains. */
@Injectable()
export class AssuranceToolsService {
  constructor(
    @InjectRepository(AssuranceToolEntity) private readonly tools: Repository<AssuranceToolEntity>,
    @InjectRepository(ToolStandardEntity) private readonly standards: Repository<ToolStandardEntity>,
    @InjectRepository(ToolLevelEntity) private readonly levels: Repository<ToolLevelEntity>,
    @InjectRepository(AuditDomainEntity) private readonly domains: Repository<AuditDomainEntity>,
  ) {}

  /** By kind, tool key, then newest version first. */
  listTools(filter: AssuranceToolFilter): Promise<AssuranceToolEntity[]> {
    const where = {
      ...(filter.partnershipIds ? { partnershipId: In(filter.partnershipIds) } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    return this.tools.find({ where, order: { partnershipId: 'ASC', kind: 'ASC', toolKey: 'ASC', version: 'DESC' } });
  }

  findToolsByIds(ids: readonly string[]): Promise<AssuranceToolEntity[]> {
    return this.tools.findBy({ id: In([...ids]) });
  }

  findStandardsByToolIds(toolIds: readonly string[]): Promise<ToolStandardEntity[]> {
    return this.standards.find({ where: { toolId: In([...toolIds]) }, order: { position: 'ASC' } });
  }

  findStandardsByIds(ids: readonly string[]): Promise<ToolStandardEntity[]> {
    return this.standards.findBy({ id: In([...ids]) });
  }

  findLevelsByToolIds(toolIds: readonly string[]): Promise<ToolLevelEntity[]> {
    return this.levels.find({ where: { toolId: In([...toolIds]) }, order: { position: 'ASC' } });
  }

  /** The in-use version of the partnership's tool of a key, if there is one. */
  inUseTool(partnershipId: string, toolKey: string): Promise<AssuranceToolEntity | null> {
    return this.tools.findOne({ where: { partnershipId, toolKey, status: AssuranceToolStatus.IN_USE }, order: { version: 'DESC' } });
  }

  /** The standard of a code in a tool version, if it has one. */
  standardOf(toolId: string, code: string): Promise<ToolStandardEntity | null> {
    return this.standards.findOneBy({ toolId, code });
  }

  listDomains(partnershipId: string): Promise<AuditDomainEntity[]> {
    return this.domains.find({ where: { partnershipId }, order: { position: 'ASC' } });
  }
}
