import { AuditType, RagRating } from './audit.enums';
import { acceptsCases, acceptsSection11Assessments, finalRating } from './audit-rules';

describe('audit rules', () => {
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

});
