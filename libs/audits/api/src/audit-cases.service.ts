import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { repeatedDomainProblems } from '@sli/audits-domain';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { AuditDomainEntity } from './assurance-tool.entity';
import { acceptsCases } from './audit-rules';
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

  /** Grades by the partnership's reading order of domains; in each, the overall grade, then agencies by name. */
  findGradesByCaseIds(caseIds: readonly string[]): Promise<AuditCaseDomainGradeEntity[]> {
    return this.grades
      .createQueryBuilder('g')
      .leftJoin(AuditDomainEntity, 'd', 'd.partnershipId = g.partnershipId AND d.code = g.domain')
      .leftJoin('agencies', 'ag', 'ag.id = g.agency_id')
      .where('g.auditCaseId IN (:...caseIds)', { caseIds: [...caseIds] })
      .orderBy('d.position', 'ASC')
      .addOrderBy('g.domain', 'ASC')
      .addOrderBy('ag.name', 'ASC', 'NULLS FIRST')
      .getMany();
  }

  async getCase(id: string): Promise<AuditCaseEntity> {
    const found = await this.cases.findOneBy({ id });
    if (!found) throw new NotFoundError('AuditCase', id);
    return found;
  }

  async createCase(input: CreateAuditCaseInput): Promise<AuditCaseEntity> {
    const { domainGrades, ...fields } = input;
    const audit = await this.caseAudit(input.auditId);
    return this.dataSource.transaction(async (m) => {
      await checkGrades(m, audit.partnershipId, null, domainGrades);
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
    const updated = this.cases.merge(existing, fields);
    return this.dataSource.transaction(async (m) => {
      await checkGrades(m, existing.partnershipId, existing.id, domainGrades);
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

const UNIQUE_GRADE = 'uq_audit_case_domain_grades__case_domain_agency';

/**
 * The grades must name the partnership's domains by code and its agencies by id, once each per
 * (domain, agency or none). A retired domain is refused for a new grade; a grade the case already
 * has in it (same domain and agency) may stay, so editing an old case does not lose it.
 */
async function checkGrades(m: EntityManager, partnershipId: string, caseId: string | null, grades: readonly AuditDomainGradeInput[] | null | undefined) {
  if (!grades || grades.length === 0) return;
  const problems: FieldProblem[] = [...repeatedDomainProblems(grades)];
  const domains = new Map((await m.find(AuditDomainEntity, { where: { partnershipId } })).map((d) => [d.code, d]));
  const agencyIds = [...new Set(grades.flatMap((g) => (g.agencyId ? [g.agencyId] : [])))];
  const agencies = new Set(
    agencyIds.length === 0
      ? []
      : ((await m.query('SELECT id FROM agencies WHERE partnership_id = $1 AND id = ANY($2::uuid[])', [partnershipId, agencyIds])) as { id: string }[]).map((a) => a.id),
  );
  const kept = new Set(
    caseId ? (await m.find(AuditCaseDomainGradeEntity, { where: { auditCaseId: caseId } })).map((g) => gradeKey(g.domain, g.agencyId)) : [],
  );
  grades.forEach((g, i) => {
    const domain = domains.get(g.domain);
    if (!domain) problems.push({ field: `domainGrades[${i}].domain`, message: `${g.domain} is not one of the partnership's audit domains` });
    else if (domain.retired && !kept.has(gradeKey(g.domain, g.agencyId ?? null))) {
      problems.push({ field: `domainGrades[${i}].domain`, message: `${g.domain} ("${domain.name}") is retired: it stays on past grades but is not given to new ones` });
    }
    if (g.agencyId && !agencies.has(g.agencyId)) problems.push({ field: `domainGrades[${i}].agencyId`, message: 'is not an agency of this partnership' });
  });
  if (problems.length > 0) throw new InputError(problems.sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true })));
}

const gradeKey = (domain: string, agencyId: string | null) => `${domain}\n${agencyId ?? ''}`;

/** Replaces a case's domain grades inside the caller's transaction. */
async function replaceGrades(m: EntityManager, auditCase: AuditCaseEntity, grades: readonly AuditDomainGradeInput[]): Promise<void> {
  await m.delete(AuditCaseDomainGradeEntity, { auditCaseId: auditCase.id });
  if (grades.length === 0) return;
  try {
    await m.insert(
      AuditCaseDomainGradeEntity,
      grades.map((g) => ({
        partnershipId: auditCase.partnershipId,
        auditCaseId: auditCase.id,
        domain: g.domain,
        agencyId: g.agencyId ?? null,
        grade: g.grade,
        narrative: g.narrative ?? null,
      })),
    );
  } catch (e) {
    // Checked before; a domain retired or removed meanwhile, or a lost race, still gets a field.
    const constraint = e instanceof QueryFailedError ? (e.driverError as { constraint?: string }).constraint : undefined;
    if (constraint === UNIQUE_GRADE) throw new InputError([{ field: 'domainGrades', message: 'repeats a domain and agency' }]);
    if (constraint === 'fk_audit_case_domain_grades__domain') throw new InputError([{ field: 'domainGrades', message: "names a domain that is not one of the partnership's" }]);
    throw e;
  }
}
