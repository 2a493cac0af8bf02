import { evaluationProblems, followUpProblems } from './attendance-rules';

const TODAY = '2026-12-06';

describe(followUpProblems.name, () => {
  const session = '2025-05-06';
  const fields = (input: Parameters<typeof followUpProblems>[0]) => followUpProblems(input, session, TODAY).map((p) => p.field);

  it('accepts a follow-up that is sent and not yet answered', () => {
    expect(fields({ sentOn: '2025-07-01' })).toEqual([]);
    expect(fields({ sentOn: '2025-07-01', respondedOn: null, changedPractice: null })).toEqual([]);
  });

  it('accepts an answer on or after sending, yes or no', () => {
    expect(fields({ sentOn: '2025-07-01', respondedOn: '2025-07-01', changedPractice: false })).toEqual([]);
    expect(fields({ sentOn: '2025-07-01', respondedOn: '2025-07-09', changedPractice: true, example: 'Asks about fathers.' })).toEqual([]);
  });

  it('needs the answer with the response date, and the date with the answer', () => {
    expect(fields({ sentOn: '2025-07-01', respondedOn: '2025-07-09' })).toEqual(['changedPractice']);
    expect(fields({ sentOn: '2025-07-01', changedPractice: true })).toEqual(['respondedOn']);
    expect(fields({ sentOn: '2025-07-01', example: 'Without a response' })).toEqual(['example']);
  });

  it('keeps the dates in order: session, sent, responded; none in the future', () => {
    expect(followUpProblems({ sentOn: '2025-05-05' }, session, TODAY)).toEqual([
      { field: 'sentOn', message: 'must be on or after the session date (6 May 2025)' },
    ]);
    expect(fields({ sentOn: '2025-07-01', respondedOn: '2025-06-30', changedPractice: true })).toEqual(['respondedOn']);
    expect(fields({ sentOn: TODAY, respondedOn: '2026-12-07', changedPractice: true })).toEqual(['respondedOn']);
    // Without the session date (not known), the other rules still hold.
    expect(followUpProblems({ sentOn: '2025-05-05' }, null, TODAY)).toEqual([]);
  });
});

describe(evaluationProblems.name, () => {
  it('is submitted on or after the session, not in the future', () => {
    expect(evaluationProblems({ submittedOn: '2025-05-06' }, '2025-05-06', TODAY)).toEqual([]);
    expect(evaluationProblems({ submittedOn: '2025-05-05' }, '2025-05-06', TODAY)).toEqual([
      { field: 'submittedOn', message: 'must be on or after the session date (6 May 2025)' },
    ]);
    expect(evaluationProblems({ submittedOn: '2026-12-07' }, '2025-05-06', TODAY)).toEqual([
      { field: 'submittedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
  });
});
