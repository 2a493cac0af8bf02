import { describe, expect, it } from '@jest/globals';
import { kindOf, kindScope } from './partnership-kind';

describe('kindScope', () => {
  it('gives a children’s partnership children’s work only and an adults board adults’ work only', () => {
    expect(kindScope('CHILDREN')).toEqual({ children: true, adults: false });
    expect(kindScope('ADULTS')).toEqual({ children: false, adults: true });
  });

  it('gives joint and community safety partnerships, and no partnership at all, both', () => {
    expect(kindScope('JOINT')).toEqual({ children: true, adults: true });
    expect(kindScope('COMMUNITY_SAFETY')).toEqual({ children: true, adults: true });
    expect(kindScope(null)).toEqual({ children: true, adults: true });
  });
});

describe('kindOf', () => {
  const partnerships = [
    { id: 'a', kind: 'CHILDREN' as const },
    { id: 'b', kind: 'ADULTS' as const },
  ];
  it('finds the kind of the partnership in force, or null when it is not the user’s', () => {
    expect(kindOf(partnerships, 'b')).toBe('ADULTS');
    expect(kindOf(partnerships, 'z')).toBeNull();
    expect(kindOf(partnerships, null)).toBeNull();
  });
});
