import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { returnProblems, type ReturnFacts, type RoundShape } from '@sli/audits-domain';
import { InputError, NotFoundError } from '@sli/shared/api-core';
import { longDate, todayInEngland } from '@sli/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ToolStandardEntity } from './assurance-tool.entity';
import { AuditAgencyReturnEntity, AuditReturnCaseEntity } from './audit-agency-return.entity';
import { AuditCaseEntity } from './audit-case.entity';
import { acceptsSection11Assessments } from './audit-rules';
import { AuditEntity } from './audit.entity';
import { RagRating } from './audit.enums';
import { AuditAgencyReturnInput } from './dto/audit-agency-return.input';
import { Section11AssessmentEntity } from './section11-assessment.entity';

const text = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

/**
 * An agency saves its audit return as a draft and submits it. A self-assessment's rows are the agency's
 * section 11 assessments in the round (the same rows moderation reads); a case audit's are its narratives
 * per case. Saving replaces the return's rows in one transaction; submitting also returns it, once.
 */
@Injectable()
export class AuditReturnSubmissionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(id: string, input: AuditAgencyReturnInput, submit: boolean, actor: string): Promise<AuditAgencyReturnEntity> {
    const today = todayInEngland();
    return this.dataSource.transaction(async (m) => {
      const found = await m.findOne(AuditAgencyReturnEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new NotFoundError('AuditAgencyReturn', id);
      const audit = await m.findOneByOrFail(AuditEntity, { id: found.auditId });
      const round = await roundShape(m, audit);
      const facts: ReturnFacts = {
        summary: text(input.summary),
        assessments: (input.assessments ?? []).map((a) => ({ toolStandardId: a.toolStandardId, rating: a.rating ?? null, narrative: text(a.narrative), evidence: text(a.evidence) })),
        cases: (input.cases ?? []).map((c) => ({ auditCaseId: c.auditCaseId, narrative: text(c.narrative) })),
      };
      const problems = returnProblems(facts, round, submit);
      if (found.returnedOn && !submit) {
        problems.push({ field: 'submit', message: `is required: the return was submitted on ${longDate(found.returnedOn)}, so changes are submitted too` });
      }
      if (problems.length > 0) throw new InputError(problems);

      if (round.kind === 'self-assessment') await saveAssessments(m, found, facts);
      else await saveCases(m, found, facts);
      Object.assign(found, {
        summary: facts.summary,
        returnedOn: submit ? (found.returnedOn ?? today) : null,
        submittedBy: submit ? (found.submittedBy ?? actor) : null,
        updatedBy: actor,
      });
      return m.save(AuditAgencyReturnEntity, found);
    });
  }
}

/** What the round asks of each agency: its tool's standards, or its cases. */
export async function roundShape(m: EntityManager, audit: AuditEntity): Promise<RoundShape> {
  if (acceptsSection11Assessments(audit.type)) {
    const standards = audit.toolId ? await m.find(ToolStandardEntity, { where: { toolId: audit.toolId }, order: { position: 'ASC' } }) : [];
    return { kind: 'self-assessment', standards: standards.map((s) => ({ id: s.id, title: s.title })), cases: [] };
  }
  const cases = await m.find(AuditCaseEntity, { where: { auditId: audit.id }, order: { ref: 'ASC' } });
  return { kind: 'case-audit', standards: [], cases: cases.map((c) => ({ id: c.id, ref: c.ref })) };
}

/**
 * The agency's assessments in the round become the rows given: each standard's row is updated in place
 * (keeping any moderation), new ones are added, and unmoderated rows of standards left out are removed.
 */
async function saveAssessments(m: EntityManager, r: AuditAgencyReturnEntity, facts: ReturnFacts): Promise<void> {
  const existing = await m.find(Section11AssessmentEntity, { where: { auditId: r.auditId, agencyId: r.agencyId } });
  const byStandard = new Map(existing.map((e) => [e.toolStandardId, e]));
  const kept = new Set(facts.assessments.map((a) => a.toolStandardId));
  const gone = existing.filter((e) => !kept.has(e.toolStandardId) && !e.moderatedRating).map((e) => e.id);
  if (gone.length > 0) await m.delete(Section11AssessmentEntity, { id: In(gone) });
  const standards = new Map((await m.findBy(ToolStandardEntity, { id: In([...kept]) })).map((s) => [s.id, s]));
  for (const a of facts.assessments) {
    const row = byStandard.get(a.toolStandardId);
    const fields = { selfRating: a.rating as RagRating, narrative: a.narrative, evidence: a.evidence };
    if (row) {
      await m.update(Section11AssessmentEntity, { id: row.id }, fields);
    } else {
      const standard = standards.get(a.toolStandardId) as ToolStandardEntity;
      await m.insert(Section11AssessmentEntity, {
        ...fields,
        partnershipId: r.partnershipId,
        ref: randomUUID(),
        auditId: r.auditId,
        agencyId: r.agencyId,
        toolStandardId: standard.id,
        standard: standard.code,
        moderatedRating: null,
        moderationNote: null,
      });
    }
  }
}

async function saveCases(m: EntityManager, r: AuditAgencyReturnEntity, facts: ReturnFacts): Promise<void> {
  await m.delete(AuditReturnCaseEntity, { auditAgencyReturnId: r.id });
  if (facts.cases.length === 0) return;
  await m.insert(
    AuditReturnCaseEntity,
    facts.cases.map((c) => ({ auditAgencyReturnId: r.id, auditCaseId: c.auditCaseId, partnershipId: r.partnershipId, narrative: c.narrative as string })),
  );
}
