import { compareRounds, MIN_CASES_TO_COMPARE } from './round-comparison';

const S11_V2 = { key: 'section-11', standardCodes: ['leadership-and-board-lead', 'training-and-supervision'] };

describe(compareRounds.name, () => {
  it('compares case audits on the same themes with at least ten cases in each round', () => {
    expect(MIN_CASES_TO_COMPARE).toBe(10);
    // Neglect, 12 cases then 10 cases: both at the minimum or above.
    expect(compareRounds({ themes: ['neglect'], cases: 12 }, { themes: ['neglect'], cases: 10 })).toEqual({ comparability: 'comparable', note: null });
    // Order of themes does not matter.
    expect(compareRounds({ themes: ['neglect', 'voice-of-the-child'], cases: 10 }, { themes: ['voice-of-the-child', 'neglect'], cases: 11 }).comparability).toBe('comparable');
  });

  it('does not compare case audits on different topics, or with no topic', () => {
    const note = 'not comparable: different topic';
    expect(compareRounds({ themes: ['neglect'], cases: 20 }, { themes: ['domestic-abuse'], cases: 20 })).toEqual({ comparability: 'different-topic', note });
    // Sharing one theme of two is not the same topic.
    expect(compareRounds({ themes: ['neglect'], cases: 20 }, { themes: ['neglect', 'domestic-abuse'], cases: 20 }).comparability).toBe('different-topic');
    expect(compareRounds({ themes: [], cases: 20 }, { themes: [], cases: 20 }).comparability).toBe('different-topic');
  });

  it('calls no change when either round has fewer than ten cases, naming both counts', () => {
    // Four cases then eight: the demo's rounds. One case moves a share of four by 25 points.
    expect(compareRounds({ themes: ['neglect'], cases: 4 }, { themes: ['neglect'], cases: 8 })).toEqual({
      comparability: 'too-few-cases',
      note: 'too few cases to call a change (n=4 and 8; at least 10 in each round)',
    });
    expect(compareRounds({ themes: ['neglect'], cases: 30 }, { themes: ['neglect'], cases: 9 }).comparability).toBe('too-few-cases');
    // A different topic is the first reason given, whatever the counts.
    expect(compareRounds({ themes: ['neglect'], cases: 4 }, { themes: ['self-harm'], cases: 4 }).comparability).toBe('different-topic');
  });

  it('compares self-assessment rounds of one tool whose versions have the same standards', () => {
    const v3SameStandards = { key: 'section-11', standardCodes: ['training-and-supervision', 'leadership-and-board-lead'] };
    expect(compareRounds({ tool: S11_V2, cases: 40 }, { tool: v3SameStandards, cases: 40 }).comparability).toBe('comparable');
  });

  it('does not compare rounds of different tools, of versions with other standards, or with and without a tool', () => {
    const legacy = { key: 'section-11', standardCodes: ['staff-training', 'safer-recruitment'] };
    const schools = { key: 'schools-175-157', standardCodes: S11_V2.standardCodes };
    const note = 'not comparable: different tool';
    expect(compareRounds({ tool: legacy, cases: 40 }, { tool: S11_V2, cases: 40 })).toEqual({ comparability: 'different-tool', note });
    expect(compareRounds({ tool: schools, cases: 40 }, { tool: S11_V2, cases: 40 }).comparability).toBe('different-tool');
    expect(compareRounds({ tool: null, themes: ['neglect'], cases: 40 }, { tool: S11_V2, themes: ['neglect'], cases: 40 }).comparability).toBe('different-tool');
  });

  it('takes another minimum when given one', () => {
    expect(compareRounds({ themes: ['neglect'], cases: 5 }, { themes: ['neglect'], cases: 5 }, 5).comparability).toBe('comparable');
  });
});
