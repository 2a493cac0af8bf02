import { compact } from './export-queries';

describe(compact.name, () => {
  it('leaves out nulls, empty lists and defaults, at every depth', () => {
    expect(
      compact(
        { ref: 'R', region: null, themes: [], agencies: ['A'], decision: 'pending', attended: false, evaluation: { satisfaction: null, confidenceBefore: 2 }, updates: [{ note: null, toStatus: 'completed' }] },
        { decision: 'pending' },
      ),
    ).toEqual({ ref: 'R', agencies: ['A'], attended: false, evaluation: { confidenceBefore: 2 }, updates: [{ toStatus: 'completed' }] });
  });

  it('keeps a value that differs from the default', () => {
    expect(compact({ isCoreMember: false }, { isCoreMember: true })).toEqual({ isCoreMember: false });
  });
});
