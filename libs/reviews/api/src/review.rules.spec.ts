import { applyPatch } from './review.rules';

describe('applyPatch', () => {
  it('skips undefined, clears with null, and refuses null for required fields', () => {
    const existing = { title: 'A', completedOn: '2024-01-01' as string | null, note: 'kept' };
    const { merged, problems } = applyPatch(existing, { title: null, completedOn: null, note: undefined }, ['title']);
    expect(merged).toEqual({ title: 'A', completedOn: null, note: 'kept' });
    expect(problems).toEqual([{ field: 'title', message: 'cannot be null' }]);
    expect(existing.completedOn).toBe('2024-01-01');
  });
});
