import { reviewConductProblems, type ReviewConductFields } from './review-conduct-rules';

const LCSPR: ReviewConductFields = { type: 'lcspr', initiatedOn: '2025-01-15', publishedOn: '2025-09-01' };
const fields = (r: Partial<ReviewConductFields>) => reviewConductProblems({ ...LCSPR, ...r }, '2025-12-06').map((p) => `${p.field}: ${p.message}`);

describe('reviewConductProblems', () => {
  it('accepts a reviewer, a method and a report sent before publication', () => {
    expect(fields({ reviewers: 'Dr A Reviewer (independent)', method: 'learning-together', reportSharedOn: '2025-08-20' })).toEqual([]);
    expect(fields({ method: 'other', methodDetails: 'Significant incident learning process' })).toEqual([]);
  });

  it('needs details for the method other, and the report sent no later than publication', () => {
    expect(fields({ method: 'other', methodDetails: ' ', reportSharedOn: '2025-09-02' })).toEqual([
      'methodDetails: are required when the method is other',
      'reportSharedOn: must be on or before the publication date (1 September 2025): the report goes to the Panel first',
    ]);
    expect(fields({ reportSharedOn: '2025-12-07', publishedOn: null, plannedPublicationOn: '2024-12-01' })).toEqual([
      'reportSharedOn: cannot be in the future (today is 6 December 2025)',
      'plannedPublicationOn: must be on or after the date the review was initiated (15 January 2025)',
    ]);
  });

  it('has none of it on a rapid review', () => {
    expect(fields({ type: 'rapid-review', reviewers: 'Someone', method: null })).toEqual(['reviewers: does not apply to a rapid review']);
  });
});
