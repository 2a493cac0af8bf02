import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { repeatedDomainProblems } from '@sli/audits-domain';
import { InputError, NotFoundError, PageArgs, paginate, type Page } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { acceptsCases, byDomainOrder } from './audit-rules';
import { AuditCaseDomainGradeEntity, AuditCaseEntity } from './audit-case.entity';
import { AuditEntity } from './audit.entity';
import { AuditCaseFilter, AuditDomainGradeInput, CreateAuditCaseInput, UpdateAuditCaseInput } from './dto/audit-case.input';

@Injectable()
export class AuditCasesService {
  constructor(
    @InjectRepository(AuditCaseEntity) private readonly cases: Repository<AuditCaseEntity>,
    @InjectRepository(AuditCaseDomainGradeEntity) private readonly grades: Repository<AuditCaseDomainGradeEntity>,
    @InjectRepository(AuditEntity) private readonly audits: Repository<AuditEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  listCases(filter: AuditCaseFilter = {}, page: PageArgs): Promise<Page<AuditCaseEntity>> {
    const qb = this.cases.createQueryBuilder('c');
    if (filter.partnershipId) qb.andWhere('c.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.auditId) qb.andWhere('c.auditId = :auditId', { auditId: filter.auditId });
    if (filter.grade) qb.andWhere('c.overallGrade = :grade', { grade: filter.grade });
    // Cases carry no date of their own; the source's reference is how auditors number them.
    return paginate(qb, page, { property: 'ref', sqlType: 'text', direction: 'ASC' }, (c) => c.ref);
  }

  findCasesByIds(ids: readonly string[]): Promise<AuditCaseEntity[]> {
    return this.cases.findBy({ id: In([...ids]) });
  }

  findCasesByAuditIds(auditIds: readonly string[]): Promise<AuditCaseEntity[]> {
    return this.cases.find({ where: { auditId: In([...auditIds]) }, order: { ref: 'ASC' } });
  }

  async findGradesByCaseIds(caseIds: readonly string[]): Promise<AuditCaseDomainGradeEntity[]> {
    return (await this.grades.findBy({ auditCaseId: In([...caseIds]) })).sort(byDomainOrder);
  }

  async getCase(id: string): Promise<AuditCaseEntity> {
    const found = await this.cases.findOneBy({ id });
    if (!found) throw new NotFoundError('AuditCase', id);
    return found;
  }

  async createCase(input: CreateAuditCaseInput): Promise<AuditCaseEntity> {
    const { domainGrades, ...fields } = input;
    const audit = await this.caseAudit(input.auditId);
    checkGrades(domainGrades);
    return this.dataSource.transaction(async (m) => {
      const created = await m.save(
        m.create(AuditCaseEntity, { narrative: null, ...fields, partnershipId: audit.partnershipId, ref: input.ref ?? randomUUID() }),
      );
      await replaceGrades(m, created, domainGrades ?? []);
      return created;
    });
  }

  async updateCase(id: string, input: UpdateAuditCaseInput): Promise<AuditCaseEntity> {
    const { domainGrades, ...fields } = input;
    const existing = await this.getCase(id);
    checkGrades(domainGrades);
    const updated = this.cases.merge(existing, fields);
    return this.dataSource.transaction(async (m) => {
      if (domainGrades != null) await replaceGrades(m, updated, domainGrades);
      // The case row is written last and always, so updatedAt also moves when only the grades change.
      updated.updatedAt = new Date();
      return m.save(updated);
    });
  }

  /** Deletes a case with its domain grades (nothing else depends on a case). Returns it as it was. */
  removeCase(id: string): Promise<AuditCaseEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(AuditCaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('AuditCase', id);
      await m.delete(AuditCaseEntity, { id });
      return { ...existing };
    });
  }

  /** The audit a case is added to must exist and be one that grades cases. */
  private async caseAudit(auditId: string): Promise<AuditEntity> {
    const audit = await this.audits.findOneBy({ id: auditId });
    if (!audit) throw new InputError([{ field: 'auditId', message: 'is not an audit' }]);
    if (!acceptsCases(audit.type)) {
      throw new InputError([
        { field: 'auditId', message: `is a ${audit.type} audit; cases belong to multi-agency case, single-agency or thematic audits` },
      ]);
    }
    return audit;
  }
}

function checkGrades(grades: readonly AuditDomainGradeInput[] | null | undefined): void {
  const problems = repeatedDomainProblems(grades ?? []);
  if (problems.length > 0) throw new InputError(problems);
}

/** Replaces a case's domain grades inside the caller's transaction. */
async function replaceGrades(m: EntityManager, auditCase: AuditCaseEntity, grades: readonly AuditDomainGradeInput[]): Promise<void> {
  await m.delete(AuditCaseDomainGradeEntity, { auditCaseId: auditCase.id });
  if (grades.length === 0) return;
  await m.insert(
    AuditCaseDomainGradeEntity,
    grades.map((g) => ({
      partnershipId: auditCase.partnershipId,
      auditCaseId: auditCase.id,
      domain: g.domain,
      grade: g.grade,
      narrative: g.narrative ?? null,
    })),
  );
}
