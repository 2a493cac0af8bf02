import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { InputError, NotFoundError, PageArgs, paginate, type Page } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, In, QueryFailedError, Repository } from 'typeorm';
import { AssuranceToolsService } from './assurance-tools.service';
import { acceptsSection11Assessments } from './audit-rules';
import { AuditEntity } from './audit.entity';
import { RagRating } from './audit.enums';
import {
  CreateSection11AssessmentInput,
  Section11AssessmentFilter,
  UpdateSection11AssessmentInput,
} from './dto/section11-assessment.input';
import { Section11AssessmentEntity } from './section11-assessment.entity';

const UNIQUE_STANDARD = 'uq_section11_assessments__audit_agency_standard';

@Injectable()
export class Section11AssessmentsService {
  constructor(
    @InjectRepository(Section11AssessmentEntity) private readonly assessments: Repository<Section11AssessmentEntity>,
    @InjectRepository(AuditEntity) private readonly audits: Repository<AuditEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tools: AssuranceToolsService,
  ) {}

  listAssessments(filter: Section11AssessmentFilter = {}, page: PageArgs): Promise<Page<Section11AssessmentEntity>> {
    const qb = this.assessments.createQueryBuilder('s');
    if (filter.partnershipId) qb.andWhere('s.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.auditId) qb.andWhere('s.auditId = :auditId', { auditId: filter.auditId });
    if (filter.agencyId) qb.andWhere('s.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.standard) qb.andWhere('s.standard = :standard', { standard: filter.standard });
    if (filter.rating) qb.andWhere('COALESCE(s.moderatedRating, s.selfRating) = :rating', { rating: filter.rating });
    return paginate(qb, page, { property: 'standard', sqlType: 'text', direction: 'ASC' }, (s) => s.standard);
  }

  findAssessmentsByIds(ids: readonly string[]): Promise<Section11AssessmentEntity[]> {
    return this.assessments.findBy({ id: In([...ids]) });
  }

  findAssessmentsByAuditIds(auditIds: readonly string[]): Promise<Section11AssessmentEntity[]> {
    return this.assessments.find({ where: { auditId: In([...auditIds]) }, order: { standard: 'ASC', ref: 'ASC' } });
  }

  async getAssessment(id: string): Promise<Section11AssessmentEntity> {
    const found = await this.assessments.findOneBy({ id });
    if (!found) throw new NotFoundError('Section11Assessment', id);
    return found;
  }

  async createAssessment(input: CreateSection11AssessmentInput): Promise<Section11AssessmentEntity> {
    const audit = await this.section11Audit(input.auditId);
    const { standard, toolStandardId, ...fields } = input;
    if (!standard && !toolStandardId) throw new InputError([{ field: 'standard', message: 'is required (a code, or give toolStandardId)' }]);
    const assessment = this.assessments.create({
      moderatedRating: null,
      narrative: null,
      evidence: null,
      moderationNote: null,
      ...fields,
      partnershipId: audit.partnershipId,
      ref: input.ref ?? randomUUID(),
    });
    await this.resolveStandard(assessment, audit, standard, toolStandardId);
    await this.checkAgencyAndStandard(assessment);
    return this.save(assessment);
  }

  async updateAssessment(id: string, input: UpdateSection11AssessmentInput): Promise<Section11AssessmentEntity> {
    const existing = await this.getAssessment(id);
    const { agencyId, standard } = existing;
    const { standard: code, toolStandardId, ...fields } = input;
    const assessment = this.assessments.merge(existing, fields);
    if (code || toolStandardId) await this.resolveStandard(assessment, await this.section11Audit(existing.auditId), code, toolStandardId);
    if (assessment.agencyId !== agencyId || assessment.standard !== standard) await this.checkAgencyAndStandard(assessment);
    return this.save(assessment);
  }

  async moderate(id: string, rating: RagRating, note: string | null | undefined): Promise<Section11AssessmentEntity> {
    const assessment = await this.getAssessment(id);
    assessment.moderatedRating = rating;
    assessment.moderationNote = note ?? null;
    return this.save(assessment);
  }

  /** Deletes an assessment (nothing depends on one). Returns it as it was. */
  async removeAssessment(id: string): Promise<Section11AssessmentEntity> {
    const existing = await this.getAssessment(id);
    await this.assessments.delete({ id });
    return existing;
  }

  /** Assessments belong to section 11 audits only. */
  private async section11Audit(auditId: string): Promise<AuditEntity> {
    const audit = await this.audits.findOneBy({ id: auditId });
    if (!audit) throw new InputError([{ field: 'auditId', message: 'is not an audit' }]);
    if (!acceptsSection11Assessments(audit.type)) {
      throw new InputError([{ field: 'auditId', message: `is a ${audit.type} audit; section 11 assessments belong to section-11 audits` }]);
    }
    return audit;
  }

  /**
   * Points the assessment at a standard of the audit's tool, by id or by code. An audit with no tool
   * (made before tools, or imported without one) takes the code's standard in a version of the
   * partnership's section 11 tool: the database does that on save.
   */
  private async resolveStandard(a: Section11AssessmentEntity, audit: AuditEntity, code?: string | null, toolStandardId?: string | null) {
    if (toolStandardId) {
      const [found] = await this.tools.findStandardsByIds([toolStandardId]);
      if (!found || found.partnershipId !== audit.partnershipId || (audit.toolId && found.toolId !== audit.toolId)) {
        throw new InputError([{ field: 'toolStandardId', message: "is not a standard of the audit's tool" }]);
      }
      a.toolStandardId = found.id;
      a.standard = found.code;
      return;
    }
    if (!code) return;
    a.standard = code;
    if (!audit.toolId) return; // the database resolves the code on save
    const found = await this.tools.standardOf(audit.toolId, code);
    if (!found) throw new InputError([{ field: 'standard', message: `${code} is not a standard of the audit's tool` }]);
    a.toolStandardId = found.id;
  }

  /** The agency must be of the audit's partnership and not have assessed this standard in this audit already. */
  private async checkAgencyAndStandard(a: Section11AssessmentEntity): Promise<void> {
    // Explicit nulls on update: report them here rather than passing null into a where clause.
    if (!a.agencyId) throw new InputError([{ field: 'agencyId', message: 'is required' }]);
    if (!a.standard) throw new InputError([{ field: 'standard', message: 'is required' }]);
    const [agency]: { id: string }[] = await this.dataSource.query('SELECT id FROM agencies WHERE partnership_id = $1 AND id = $2', [
      a.partnershipId,
      a.agencyId,
    ]);
    if (!agency) throw new InputError([{ field: 'agencyId', message: 'is not an agency of this partnership' }]);
    const clash = await this.assessments.findOneBy({ auditId: a.auditId, agencyId: a.agencyId, standard: a.standard });
    if (clash && clash.id !== a.id) throw duplicateStandard(a.standard, clash.ref);
  }

  /** Saves, turning a lost race on the one-per-standard rule into the same error the pre-check gives. */
  private async save(a: Section11AssessmentEntity): Promise<Section11AssessmentEntity> {
    try {
      // Reloaded: the database fills in the standard's id or code (see resolveStandard).
      return await this.getAssessment((await this.assessments.save(a)).id);
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === UNIQUE_STANDARD) {
        throw duplicateStandard(a.standard);
      }
      if (e instanceof QueryFailedError && /is not a standard of the audit's tool/.test(e.message)) {
        throw new InputError([{ field: 'standard', message: `${a.standard} is not a standard of the audit's tool` }]);
      }
      throw e;
    }
  }
}

function duplicateStandard(standard: string, existingRef?: string): InputError {
  const which = existingRef ? ` (${existingRef})` : '';
  return new InputError([
    { field: 'standard', message: `this agency already has an assessment${which} of standard ${standard} in this audit` },
  ]);
}
