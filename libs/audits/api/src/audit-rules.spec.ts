import { AuditDomain, AuditType, RagRating } from './audit.enums';
import { acceptsCases, acceptsSection11Assessments, auditDateProblems, byDomainOrder, duplicateDomainProblems, finalRating } from './audit-rules';

describe('audit rules', () => {
  it('requires completedOn on or after startedOn', () => {
    expect(auditDateProblems('2024-05-01', '2024-04-30')).toEqual([{ field: 'completedOn', message: 'must be on or after startedOn' }]);
    expect(auditDateProblems('2024-05-01', '2024-05-01')).toEqual([]);
    expect(auditDateProblems('2024-05-01', null)).toEqual([]);
  });

  it('names each repeated domain by position', () => {
    const grades = [{ domain: AuditDomain.IMPACT }, { domain: AuditDomain.ASSESSMENT }, { domain: AuditDomain.IMPACT }];
    expect(duplicateDomainProblems(grades)).toEqual([{ field: 'domainGrades[2].domain', message: 'repeats the domain impact' }]);
    expect(duplicateDomainProblems([])).toEqual([]);
  });

  it('keeps case grading and section 11 assessments to their audit types', () => {
    expect(acceptsCases(AuditType.THEMATIC)).toBe(true);
    expect(acceptsCases(AuditType.SECTION_11)).toBe(false);
    expect(acceptsSection11Assessments(AuditType.SECTION_11)).toBe(true);
    expect(acceptsSection11Assessments(AuditType.MULTI_AGENCY_CASE)).toBe(false);
  });

  it('takes the moderated rating over the self-rating', () => {
    expect(finalRating({ selfRating: RagRating.GREEN, moderatedRating: null })).toBe(RagRating.GREEN);
    expect(finalRating({ selfRating: RagRating.GREEN, moderatedRating: RagRating.AMBER })).toBe(RagRating.AMBER);
  });

  it('orders domains as practice flows', () => {
    const sorted = [{ domain: AuditDomain.IMPACT }, { domain: AuditDomain.RECOGNITION }].sort(byDomainOrder);
    expect(sorted.map((g) => g.domain)).toEqual([AuditDomain.RECOGNITION, AuditDomain.IMPACT]);
  });
});
