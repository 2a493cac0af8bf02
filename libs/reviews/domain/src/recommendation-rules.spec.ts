import { recommendationResponseProblems } from './recommendation-rules';

const TODAY = '2026-12-06';

describe('recommendationResponseProblems', () => {
  it('accepts no response yet, and an accepted one dated today without reasons', () => {
    expect(recommendationResponseProblems({}, TODAY)).toEqual([]);
    expect(recommendationResponseProblems({ response: 'accepted', respondedOn: TODAY }, TODAY)).toEqual([]);
  });

  it('asks for the reasons when a recommendation is not accepted in full', () => {
    expect(recommendationResponseProblems({ response: 'not-accepted', respondedOn: '2026-11-02', responseReasons: ' ' }, TODAY)).toEqual([
      { field: 'responseReasons', message: 'are required when the recommendation is not accepted' },
    ]);
    expect(recommendationResponseProblems({ response: 'accepted-in-part', respondedOn: '2026-11-02' }, TODAY)).toEqual([
      { field: 'responseReasons', message: 'are required when the recommendation is accepted in part' },
    ]);
  });

  it('dates a response, never in the future, and a date needs a response', () => {
    expect(recommendationResponseProblems({ response: 'accepted' }, TODAY)).toEqual([{ field: 'respondedOn', message: 'is required when the recommendation has a response' }]);
    expect(recommendationResponseProblems({ respondedOn: '2026-11-02' }, TODAY)).toEqual([
      { field: 'respondedOn', message: 'needs a response: accepted, accepted in part or not accepted' },
    ]);
    expect(recommendationResponseProblems({ response: 'accepted', respondedOn: '2026-12-07' }, TODAY)).toEqual([
      { field: 'respondedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
  });
});
