import { auditProblems, repeatedDomainProblems } from './audit-rules';

const TODAY = '2026-12-06';

describe(auditProblems.name, () => {
  it('finishes on or after it starts, and not in the future', () => {
    expect(auditProblems({ startedOn: '2024-05-01', completedOn: '2024-04-30' }, TODAY)).toEqual([
      { field: 'completedOn', message: 'must be on or after the start date (1 May 2024)' },
    ]);
    expect(auditProblems({ startedOn: '2024-05-01', completedOn: '2024-05-01' }, TODAY)).toEqual([]);
    expect(auditProblems({ startedOn: '2024-05-01', completedOn: null }, TODAY)).toEqual([]);
    expect(auditProblems({ startedOn: '2026-11-01', completedOn: '2026-12-07' }, TODAY)).toEqual([
      { field: 'completedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(auditProblems({ startedOn: '2026-11-01', completedOn: TODAY }, TODAY)).toEqual([]);
  });
});

describe(repeatedDomainProblems.name, () => {
  it('names each repeated domain by position', () => {
    const grades = [{ domain: 'impact' }, { domain: 'assessment' }, { domain: 'impact' }];
    expect(repeatedDomainProblems(grades)).toEqual([{ field: 'domainGrades[2].domain', message: 'repeats the domain and agency of domainGrades[0]' }]);
    expect(repeatedDomainProblems([])).toEqual([]);
  });

  it('allows one overall grade and one per agency in a domain', () => {
    const grades = [{ domain: 'impact' }, { domain: 'impact', agencyId: 'a1' }, { domain: 'impact', agencyId: 'a2' }, { domain: 'impact', agencyId: 'a1' }];
    expect(repeatedDomainProblems(grades)).toEqual([{ field: 'domainGrades[3].domain', message: 'repeats the domain and agency of domainGrades[1]' }]);
  });
});
