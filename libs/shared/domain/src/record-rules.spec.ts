import { notInFuture, onOrAfter } from './date-rules';
import { oneSourceProblems, outsidePartnershipMessage } from './record-rules';

describe('date rules', () => {
  it('orders two dates, naming the earlier in words and as a UK reader writes it', () => {
    expect(onOrAfter('dueOn', '2024-02-28', '2024-02-29', 'the date sent')).toEqual([
      { field: 'dueOn', message: 'must be on or after the date sent (29 February 2024)' },
    ]);
    expect(onOrAfter('dueOn', '2024-02-29', '2024-02-29', 'the date sent')).toEqual([]);
    expect(onOrAfter('dueOn', null, '2024-02-29', 'the date sent')).toEqual([]);
    expect(onOrAfter('dueOn', '2024-02-28', undefined, 'the date sent')).toEqual([]);
  });

  it('refuses a day after today, accepting today', () => {
    expect(notInFuture('completedOn', '2026-12-07', '2026-12-06')).toEqual([
      { field: 'completedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(notInFuture('completedOn', '2026-12-06', '2026-12-06')).toEqual([]);
    expect(notInFuture('completedOn', null, '2026-12-06')).toEqual([]);
  });
});

describe('record rules', () => {
  it('wants exactly one source', () => {
    expect(oneSourceProblems('r', null)).toEqual([]);
    expect(oneSourceProblems(null, 'a')).toEqual([]);
    expect(oneSourceProblems(null, undefined)).toEqual([{ field: 'reviewId', message: 'is required: give the review or the audit it comes from' }]);
    expect(oneSourceProblems('r', 'a').map((p) => p.field)).toEqual(['auditId']);
  });

  it('words a reference outside the partnership', () => {
    expect(outsidePartnershipMessage('agency')).toBe('must be an agency of this partnership');
    expect(outsidePartnershipMessage('review')).toBe('must be a review of this partnership');
  });
});
