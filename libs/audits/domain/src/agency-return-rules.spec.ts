import { invitationProblems, returnProblems, type RoundShape } from './agency-return-rules';

const selfAssessment: RoundShape = {
  kind: 'self-assessment',
  standards: [
    { id: 's1', title: 'Senior leadership' },
    { id: 's2', title: 'Safer recruitment' },
  ],
  cases: [],
};
const caseAudit: RoundShape = { kind: 'case-audit', standards: [], cases: [{ id: 'c1', ref: 'CA-1' }, { id: 'c2', ref: 'CA-2' }] };

describe('invitationProblems', () => {
  it('refuses an invitation sent after today or due before it was sent', () => {
    expect(invitationProblems({ sentOn: '2027-01-04', dueOn: '2027-01-01' }, '2027-01-02').map((p) => p.field)).toEqual(['sentOn', 'dueOn']);
    expect(invitationProblems({ sentOn: '2027-01-01', dueOn: '2027-01-29' }, '2027-01-02')).toEqual([]);
  });
});

describe('returnProblems', () => {
  it('lets a partial draft through when every row it holds is whole', () => {
    const draft = { summary: null, assessments: [{ toolStandardId: 's1', rating: 'green', narrative: null, evidence: null }], cases: [] };
    expect(returnProblems(draft, selfAssessment, false)).toEqual([]);
  });

  it('names each row at fault, and on submit the standards not yet rated', () => {
    const r = {
      summary: null,
      assessments: [
        { toolStandardId: 's1', rating: null, narrative: null, evidence: 'Policy' },
        { toolStandardId: 'other', rating: 'red', narrative: null, evidence: null },
        { toolStandardId: 's1', rating: 'amber', narrative: null, evidence: 'Audit' },
      ],
      cases: [],
    };
    const problems = returnProblems(r, selfAssessment, true);
    expect(problems.map((p) => p.field)).toEqual([
      'assessments[0].rating',
      'assessments[1].toolStandardId',
      'assessments[1].evidence',
      'assessments[2].toolStandardId',
      'summary',
      'assessments',
    ]);
    expect(problems.at(-1)?.message).toContain('Safer recruitment');
  });

  it('asks a case audit for a narrative on every case to submit', () => {
    const r = { summary: 'Our part', assessments: [], cases: [{ auditCaseId: 'c2', narrative: 'Seen twice by the health visitor' }] };
    expect(returnProblems(r, caseAudit, false)).toEqual([]);
    expect(returnProblems(r, caseAudit, true)).toEqual([{ field: 'cases', message: 'must give a narrative on every case to submit; not yet written: CA-1' }]);
  });
});
