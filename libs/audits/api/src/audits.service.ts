import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { auditProblems } from '@sli/audits-domain';
import { AgencyEntity, linkedAgencies, PartnershipsService } from '@sli/partnerships-api';
import { assertNothingDepends, chooseSort, InputError, NotFoundError, PageArgs, paginate, SortDirection, type FieldProblem, type Page } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AssuranceToolStatus } from './assurance-tool.enums';
import { AssuranceToolsService } from './assurance-tools.service';
import { acceptsCases, acceptsSection11Assessments } from './audit-rules';
import { AuditType } from './audit.enums';
import { AuditEntity } from './audit.entity';
import { AuditCaseEntity } from './audit-case.entity';
import { AuditFilter, auditSortFieldColumns, AuditSortField, type AuditSortArgs, CreateAuditInput, UpdateAuditInput } from './dto/audit.input';
import { Section11AssessmentEntity } from './section11-assessment.entity';

export const AUDIT_THEMES: ThemeLink = { table: 'audit_themes', ownerColumn: 'audit_id' };

@Injectable()
export class AuditsService {
  constructor(
    @InjectRepository(AuditEntity) private readonly audits: Repository<AuditEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly tools: AssuranceToolsService,
  ) {}

  /** For loaders that other services do not own (themes). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  listAudits(filter: AuditFilter = {}, page: PageArgs, sort: AuditSortArgs = {}): Promise<Page<AuditEntity>> {
    const qb = this.audits.createQueryBuilder('a');
    if (filter.partnershipId) qb.andWhere('a.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.types?.length) qb.andWhere('a.type IN (:...types)', { types: filter.types });
    if (filter.startedFrom) qb.andWhere('a.startedOn >= :from', { from: filter.startedFrom });
    if (filter.startedTo) qb.andWhere('a.startedOn <= :to', { to: filter.startedTo });
    if (filter.round) qb.andWhere('a.round = :round', { round: filter.round });
    if (filter.agencyId) {
      qb.andWhere(
        '(a.leadAgencyId = :agencyId OR EXISTS (SELECT 1 FROM audit_agencies l WHERE l.audit_id = a.id AND l.agency_id = :agencyId))',
        { agencyId: filter.agencyId },
      );
    }
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM audit_themes l WHERE l.audit_id = a.id AND l.theme_id = :themeId)', { themeId: filter.themeId });
    }
    const key = chooseSort(auditSortFieldColumns, { field: AuditSortField.startedOn, direction: SortDirection.desc }, sort.sort, sort.direction);
    return paginate(qb, page, key);
  }

  findAuditsByIds(ids: readonly string[]): Promise<AuditEntity[]> {
    return this.audits.findBy({ id: In([...ids]) });
  }

  async getAudit(id: string): Promise<AuditEntity> {
    const found = await this.audits.findOneBy({ id });
    if (!found) throw new NotFoundError('Audit', id);
    return found;
  }

  /** Participating agencies of each audit, by name. */
  async findAgenciesByAuditIds(auditIds: readonly string[]): Promise<(AgencyEntity & { auditId: string })[]> {
    const found = await linkedAgencies(this.dataSource, { table: 'audit_agencies', owner: 'audit_id' }, auditIds);
    return found.map((a) => ({ ...a, auditId: a.ownerId }));
  }


  async createAudit(input: CreateAuditInput): Promise<AuditEntity> {
    const { agencyIds, themeIds, ...fields } = input;
    await this.partnerships.getPartnership(input.partnershipId);
    const problems = [
      ...auditProblems(input, todayInEngland()),
      ...(await this.agencyProblems(input.partnershipId, input.leadAgencyId, agencyIds)),
      ...(await this.toolProblems(input.partnershipId, input.toolId)),
    ];
    if (problems.length > 0) throw new InputError(problems);
    if (!fields.toolId && input.type === AuditType.SECTION_11) fields.toolId = (await this.tools.inUseTool(input.partnershipId, 'section-11'))?.id ?? null;
    return this.dataSource.transaction(async (m) => {
      const audit = await m.save(
        m.create(AuditEntity, { round: null, leadAgencyId: null, completedOn: null, summary: null, ...fields, ref: input.ref ?? randomUUID() }),
      );
      await setAgencies(m, audit.partnershipId, audit.id, agencyIds ?? []);
      await setThemes(m, AUDIT_THEMES, audit.partnershipId, audit.id, themeIds ?? []);
      return audit;
    });
  }

  async updateAudit(id: string, input: UpdateAuditInput): Promise<AuditEntity> {
    const { agencyIds, themeIds, ...fields } = input;
    const existing = await this.getAudit(id);
    const previousType = existing.type;
    const previousToolId = existing.toolId;
    const audit = this.audits.merge(existing, fields);
    const problems = [
      ...auditProblems(audit, todayInEngland()),
      ...(await this.agencyProblems(audit.partnershipId, fields.leadAgencyId, agencyIds)),
      ...(fields.toolId && fields.toolId !== previousToolId ? await this.toolProblems(audit.partnershipId, fields.toolId) : []),
      ...(audit.type && audit.type !== previousType ? await this.typeChangeProblems(audit) : []),
    ];
    if (problems.length > 0) throw new InputError(problems);
    return this.dataSource.transaction(async (m) => {
      if (agencyIds != null) await setAgencies(m, audit.partnershipId, audit.id, agencyIds);
      if (themeIds != null) await setThemes(m, AUDIT_THEMES, audit.partnershipId, audit.id, themeIds);
      // Touch the row even when only links changed, so updatedAt says when the audit last changed.
      audit.updatedAt = new Date();
      return m.save(audit);
    });
  }

  /**
   * Deletes an audit with what is part of it (agencies taking part, themes); refused while its graded
   * cases, section 11 assessments, findings, recommendations or actions depend on it. Returns it as it was.
   */
  removeAudit(id: string): Promise<AuditEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(AuditEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Audit', id);
      await assertNothingDepends(m, { entity: 'Audit', id, ref: existing.ref }, [
        { noun: ['graded case', 'graded cases'], sql: 'SELECT ref FROM audit_cases WHERE audit_id = $1' },
        { noun: ['section 11 assessment', 'section 11 assessments'], sql: 'SELECT ref FROM section11_assessments WHERE audit_id = $1' },
        { noun: ['finding', 'findings'], sql: 'SELECT ref FROM findings WHERE audit_id = $1' },
        { noun: ['recommendation', 'recommendations'], sql: 'SELECT ref FROM recommendations WHERE audit_id = $1' },
        { noun: ['action', 'actions'], sql: 'SELECT ref FROM actions WHERE audit_id = $1' },
        { noun: ['action awaiting its impact', 'actions awaiting their impact'], sql: 'SELECT ref FROM actions WHERE impact_audit_id = $1' },
      ]);
      await m.delete(AuditEntity, { id });
      return { ...existing };
    });
  }

  /** Every named agency must belong to the audit's partnership (the composite FKs would refuse it anyway). */
  /**
   * The tool, when given, must be one of the partnership's, and published: a round is assessed on the
   * version in use, never on a draft (it may still change) or a retired version (replaced).
   */
  private async toolProblems(partnershipId: string, toolId: string | null | undefined): Promise<FieldProblem[]> {
    if (!toolId) return [];
    const [tool] = await this.tools.findToolsByIds([toolId]);
    if (tool?.partnershipId !== partnershipId) return [{ field: 'toolId', message: 'is not an assurance tool of this partnership' }];
    if (tool.status === AssuranceToolStatus.DRAFT) return [{ field: 'toolId', message: `is a draft (${tool.name}, version ${tool.version}): publish it before a round uses it` }];
    if (tool.status === AssuranceToolStatus.RETIRED) return [{ field: 'toolId', message: `is retired (${tool.name}, version ${tool.version}): choose the version in use` }];
    return [];
  }

  private async agencyProblems(
    partnershipId: string,
    leadAgencyId: string | null | undefined,
    agencyIds: readonly string[] | null | undefined,
  ): Promise<FieldProblem[]> {
    const wanted = [...new Set([...(leadAgencyId ? [leadAgencyId] : []), ...(agencyIds ?? [])])];
    if (wanted.length === 0) return [];
    const found: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM agencies WHERE partnership_id = $1 AND id = ANY($2::uuid[])',
      [partnershipId, wanted],
    );
    const known = new Set(found.map((r) => r.id));
    const problems: FieldProblem[] = [];
    if (leadAgencyId && !known.has(leadAgencyId)) {
      problems.push({ field: 'leadAgencyId', message: 'is not an agency of this partnership' });
    }
    const missing = [...new Set(agencyIds ?? [])].filter((a) => !known.has(a));
    if (missing.length > 0) {
      problems.push({ field: 'agencyIds', message: `holds agencies not in this partnership: ${missing.join(', ')}` });
    }
    return problems;
  }

  /** A case audit with graded cases cannot become a section 11 audit, nor the other way round. */
  private async typeChangeProblems(audit: AuditEntity): Promise<FieldProblem[]> {
    if (!acceptsCases(audit.type)) {
      const cases = await this.dataSource.getRepository(AuditCaseEntity).countBy({ auditId: audit.id });
      if (cases > 0) return [{ field: 'type', message: `cannot be ${audit.type}: the audit has ${cases} graded case(s)` }];
    }
    if (!acceptsSection11Assessments(audit.type)) {
      const assessments = await this.dataSource.getRepository(Section11AssessmentEntity).countBy({ auditId: audit.id });
      if (assessments > 0) {
        return [{ field: 'type', message: `cannot be ${audit.type}: the audit has ${assessments} section 11 assessment(s)` }];
      }
    }
    return [];
  }
}

/** Replaces an audit's participating agencies inside the caller's transaction; ids are checked beforehand. */
async function setAgencies(m: EntityManager, partnershipId: string, auditId: string, agencyIds: readonly string[]): Promise<void> {
  await m.query('DELETE FROM audit_agencies WHERE audit_id = $1', [auditId]);
  const unique = [...new Set(agencyIds)];
  if (unique.length > 0) {
    await m.query('INSERT INTO audit_agencies (partnership_id, audit_id, agency_id) SELECT $1, $2, unnest($3::uuid[])', [
      partnershipId,
      auditId,
      unique,
    ]);
  }
}
