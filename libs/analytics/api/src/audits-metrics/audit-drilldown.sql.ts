import type { AuditCaseEntity, Section11AssessmentEntity } from '@sli/audits-api';
import type { Page, PageArgs } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { pageOfSql } from '../common/sql-page';
import { SqlParams } from '../common/sql-params';
import type { Section11ModerationChange } from './audit-metrics.enums';
import { auditScopeSql } from './audit-metrics.scope';
import { FINAL_RATING_SQL, MODERATION_SQL, section11FromSql } from './section11.sql';

export interface CasesBehind {
  filter: MetricFilter;
  types?: readonly string[];
  auditId?: string;
  round?: string;
  domain?: string;
  grade?: string;
  goodOrBetter?: boolean;
}

/**
 * The graded cases behind an audit-quality figure: the same audit scope as the figures, then the
 * audit / round asked, then the grade (overall, or the overall multi-agency grade in one domain). By case reference.
 */
export function casesBehind(manager: EntityManager, q: CasesBehind, page: PageArgs): Promise<Page<AuditCaseEntity & { sortKey: string }>> {
  const p = new SqlParams();
  const where = [auditScopeSql(q.filter, p, { types: q.types, agency: 'involved' })];
  if (q.auditId) where.push(`a.id = ${p.add(q.auditId)}::uuid`);
  if (q.round) where.push(`a.round = ${p.add(q.round)}`);
  const gradeWhere: string[] = [];
  const gradeColumn = q.domain ? 'g.grade' : 'c.overall_grade';
  if (q.grade) gradeWhere.push(`${gradeColumn} = ${p.add(q.grade)}`);
  if (q.goodOrBetter !== undefined) gradeWhere.push(`${q.goodOrBetter ? '' : 'NOT '}${gradeColumn} IN ('outstanding', 'good')`);
  if (q.domain) {
    const domain = p.add(q.domain);
    where.push(
      `EXISTS (SELECT 1 FROM audit_case_domain_grades g WHERE g.audit_case_id = c.id AND g.agency_id IS NULL AND g.domain = ${domain} ${gradeWhere.map((w) => `AND ${w}`).join(' ')})`,
    );
  } else {
    where.push(...gradeWhere);
  }
  const sql = `
    SELECT c.id, c.partnership_id AS "partnershipId", c.ref, c.audit_id AS "auditId", c.overall_grade AS "overallGrade",
      c.narrative, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.ref AS "sortKey"
    FROM audits a JOIN audit_cases c ON c.audit_id = a.id
    WHERE ${where.join(' AND ')}`;
  return pageOfSql(manager, sql, p, page, { sqlType: 'text', direction: 'ASC' });
}

export interface AssessmentsBehind {
  filter: MetricFilter | undefined;
  auditId?: string;
  standard?: string;
  finalRating?: string;
  moderation?: Section11ModerationChange;
}

/** The section 11 assessments behind a grid count, by the grid's own scope. By reference. */
export function assessmentsBehind(
  manager: EntityManager,
  q: AssessmentsBehind,
  page: PageArgs,
): Promise<Page<Section11AssessmentEntity & { sortKey: string }>> {
  const p = new SqlParams();
  const from = section11FromSql(q.filter, p, q.auditId);
  const where: string[] = [];
  if (q.standard) where.push(`s.standard = ${p.add(q.standard)}`);
  if (q.finalRating) where.push(`${FINAL_RATING_SQL} = ${p.add(q.finalRating)}`);
  if (q.moderation) where.push(`${MODERATION_SQL} = ${p.add(q.moderation)}`);
  const sql = `
    SELECT s.id, s.partnership_id AS "partnershipId", s.ref, s.audit_id AS "auditId", s.agency_id AS "agencyId", s.standard, s.tool_standard_id AS "toolStandardId",
      s.self_rating AS "selfRating", s.moderated_rating AS "moderatedRating", s.narrative, s.evidence,
      s.moderation_note AS "moderationNote", s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.ref AS "sortKey"
    ${from} ${where.map((w) => `AND ${w}`).join(' ')}`;
  return pageOfSql(manager, sql, p, page, { sqlType: 'text', direction: 'ASC' });
}
