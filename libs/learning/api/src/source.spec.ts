import { nextSource, sameSource, sourceProblems } from './source';

describe('sourceProblems', () => {
  it('accepts exactly one of reviewId and auditId', () => {
    expect(sourceProblems({ reviewId: 'r', auditId: null })).toEqual([]);
    expect(sourceProblems({ reviewId: null, auditId: 'a' })).toEqual([]);
  });

  it('names reviewId when neither is given, auditId when both are', () => {
    expect(sourceProblems({ reviewId: null, auditId: null })).toEqual([{ field: 'reviewId', message: expect.stringMatching(/^is required/) }]);
    expect(sourceProblems({ reviewId: 'r', auditId: 'a' })).toEqual([{ field: 'auditId', message: expect.stringMatching(/not both$/) }]);
  });
});

describe('nextSource', () => {
  const current = { reviewId: 'r', auditId: null };

  it('keeps fields left out and clears fields sent as null', () => {
    expect(nextSource(current, {})).toEqual(current);
    expect(nextSource(current, { reviewId: null, auditId: 'a' })).toEqual({ reviewId: null, auditId: 'a' });
    expect(nextSource(current, { auditId: 'a' })).toEqual({ reviewId: 'r', auditId: 'a' });
  });

  it('compares sources', () => {
    expect(sameSource(current, { reviewId: 'r', auditId: null })).toBe(true);
    expect(sameSource(current, { reviewId: null, auditId: 'r' })).toBe(false);
  });
});
