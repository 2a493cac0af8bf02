import { describe, expect, it } from '@jest/globals';
import { dateWords, listHash, readListState, sortWords, textWords, type ListSort } from './list-params';

const SORTS: ListSort<'startedOn' | 'ref' | 'goodOrBetter'> = {
  columns: ['startedOn', 'ref', 'goodOrBetter'],
  default: { key: 'startedOn', dir: 'desc' },
};
const SELECTION = JSON.stringify({ partnershipIds: ['p1'], from: '2025-04-01', to: '2026-03-31' });
const params = (query: string) => new URLSearchParams(query);

describe('readListState', () => {
  it('gives the default sort and page 1 when the URL says nothing', () => {
    const state = readListState(params(''), SELECTION, SORTS);
    expect(state.sort).toEqual({ key: 'startedOn', dir: 'desc', chosen: false });
    expect(state.cursors).toEqual([]);
  });

  it('runs a chosen column A to Z unless the URL says which way', () => {
    expect(readListState(params('sort=ref'), SELECTION, SORTS).sort).toEqual({ key: 'ref', dir: 'asc', chosen: true });
    expect(readListState(params('sort=ref&dir=desc'), SELECTION, SORTS).sort).toEqual({ key: 'ref', dir: 'desc', chosen: true });
    // Only a direction: the default column, that way.
    expect(readListState(params('dir=asc'), SELECTION, SORTS).sort).toEqual({ key: 'startedOn', dir: 'asc', chosen: true });
  });

  it('ignores a column the server cannot sort by and a direction that is not one', () => {
    expect(readListState(params('sort=dueOn&dir=sideways'), SELECTION, SORTS).sort).toEqual({ key: 'startedOn', dir: 'desc', chosen: false });
  });

  it('keeps the cursors of earlier pages only while the selection and sort are the ones they were taken under', () => {
    const owner = readListState(params('sort=ref&dir=desc'), SELECTION, SORTS).owner;
    const url = `sort=ref&dir=desc&after=${owner}.c1.c2`;
    expect(readListState(params(url), SELECTION, SORTS).cursors).toEqual(['c1', 'c2']);
    // Another sort, or other filters: back to page 1.
    expect(readListState(params(`sort=ref&dir=asc&after=${owner}.c1.c2`), SELECTION, SORTS).cursors).toEqual([]);
    expect(readListState(params(url), JSON.stringify({ partnershipIds: ['p2'] }), SORTS).cursors).toEqual([]);
  });

  it('reads a second list on the page under its own prefix', () => {
    const owner = readListState(params('nsort=ref'), SELECTION, SORTS, 'n').owner;
    const state = readListState(params(`sort=goodOrBetter&nsort=ref&nafter=${owner}.x`), SELECTION, SORTS, 'n');
    expect(state.sort.key).toBe('ref');
    expect(state.cursors).toEqual(['x']);
  });
});

describe('listHash', () => {
  it('is stable and differs for different selections', () => {
    expect(listHash('a|b')).toBe(listHash('a|b'));
    expect(listHash('a|b')).not.toBe(listHash('a|c'));
    expect(listHash('')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('sortWords', () => {
  const words = { startedOn: dateWords('start date'), ref: textWords('reference'), goodOrBetter: ['by share good or better', 'lowest first', 'highest first'] as [string, string, string] };
  it('says how a list is sorted in words, for its caption', () => {
    expect(sortWords(words, 'startedOn', 'desc')).toBe('by start date, most recent first');
    expect(sortWords(words, 'startedOn', 'asc')).toBe('by start date, oldest first');
    expect(sortWords(words, 'ref', 'desc')).toBe('by reference, Z to A');
    expect(sortWords(words, 'goodOrBetter', 'asc')).toBe('by share good or better, lowest first');
  });
  it('falls back to the key and a plain direction for a column with no words', () => {
    expect(sortWords(words, 'capacity', 'asc')).toBe('by capacity, ascending');
  });
});
