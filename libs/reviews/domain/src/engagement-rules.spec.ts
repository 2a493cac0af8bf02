import { engagementProblems, type EngagementFields } from './engagement-rules';

const FAMILY: EngagementFields = { engagedOn: '2025-03-01', party: 'family', familyRole: 'mother', agencyId: null };
const fields = (e: Partial<EngagementFields>) => engagementProblems({ ...FAMILY, ...e }, { initiatedOn: '2025-01-15' }, '2025-12-06').map((p) => `${p.field}: ${p.message}`);

describe('engagementProblems', () => {
  it('accepts a family member by role and a practitioner by agency', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ party: 'practitioner', familyRole: null, agencyId: 'a-1' })).toEqual([]);
  });

  it('names a family member by role only, a practitioner by agency only', () => {
    expect(fields({ familyRole: null, agencyId: 'a-1' })).toEqual([
      'familyRole: is required for a family member: their role, never a name',
      'agencyId: is for a practitioner, not a family member',
    ]);
    expect(fields({ party: 'practitioner' })).toEqual([
      "agencyId: is required for a practitioner: the practitioner's agency",
      'familyRole: is for a family member, not a practitioner',
    ]);
  });

  it('dates it from the initiation, not in the future', () => {
    expect(fields({ engagedOn: '2025-01-14' })).toEqual(['engagedOn: must be on or after the date the review was initiated (15 January 2025)']);
    expect(fields({ engagedOn: '2025-12-07' })).toEqual(['engagedOn: cannot be in the future (today is 6 December 2025)']);
  });
});
