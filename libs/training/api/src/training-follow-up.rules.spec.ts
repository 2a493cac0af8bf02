import { followUpProblems } from './training-follow-up.rules';

describe(followUpProblems.name, () => {
  const session = '2025-05-06';
  const fields = (input: Parameters<typeof followUpProblems>[0]) => followUpProblems(input, session).map((p) => p.field);

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

  it('keeps the dates in order: session, sent, responded', () => {
    expect(fields({ sentOn: '2025-05-05' })).toEqual(['sentOn']);
    expect(fields({ sentOn: '2025-07-01', respondedOn: '2025-06-30', changedPractice: true })).toEqual(['respondedOn']);
  });
});
