import { describe, expect, it } from '@jest/globals';
import { patchParams, searchWithPatch } from './url-patch';

describe('URL patches', () => {
  it('sets given values, removes null and empty ones, leaves the rest', () => {
    const params = new URLSearchParams('year=2025%2F26&page=3&sort=due');
    expect(patchParams(params, { page: null, sort: 'ref', dir: 'desc', size: '' }).toString()).toBe('year=2025%2F26&sort=ref&dir=desc');
    expect(params.toString()).toBe('year=2025%2F26&page=3&sort=due');
    expect(searchWithPatch(new URLSearchParams('page=2'), { page: null })).toBe('');
    expect(searchWithPatch(new URLSearchParams(''), { view: 'cards' })).toBe('?view=cards');
  });
});
