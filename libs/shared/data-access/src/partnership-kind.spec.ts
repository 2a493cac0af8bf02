import { describe, expect, it } from '@jest/globals';
import { kindOf, kindScope, peopleWords, reviewsNoun, sixMonthReviewWords } from './partnership-kind';

describe('kindScope', () => {
  it('gives a children’s partnership children’s work only: no SARs, no domestic homicide reviews', () => {
    expect(kindScope('CHILDREN')).toEqual({ children: true, adults: false, domesticHomicide: false });
  });

  it('gives an adults board SARs and the domestic homicide reviews it runs, and no children’s work', () => {
    expect(kindScope('ADULTS')).toEqual({ children: false, adults: true, domesticHomicide: true });
  });

  it('gives a community safety partnership domestic homicide reviews only: no notifications, rapid reviews or SARs', () => {
    expect(kindScope('COMMUNITY_SAFETY')).toEqual({ children: false, adults: false, domesticHomicide: true });
  });

  it('gives a joint partnership, and no partnership at all (national roles), everything', () => {
    const all = { children: true, adults: true, domesticHomicide: true };
    expect(kindScope('JOINT')).toEqual(all);
    expect(kindScope(null)).toEqual(all);
    expect(kindScope(undefined)).toEqual(all);
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

describe('the words for a kind’s reviews', () => {
  it('names the six-month review types the partnership runs', () => {
    expect(sixMonthReviewWords(kindScope('JOINT'))).toBe('LCSPR, SAR, DHR and PLR');
    expect(sixMonthReviewWords(kindScope('CHILDREN'))).toBe('LCSPR and PLR');
    expect(sixMonthReviewWords(kindScope('ADULTS'))).toBe('SAR, DHR and PLR');
    expect(sixMonthReviewWords(kindScope('COMMUNITY_SAFETY'))).toBe('DHR and PLR');
  });

  it('opens the reviews page with the partnership’s own reviews', () => {
    expect(reviewsNoun(kindScope('CHILDREN'))).toBe('Rapid reviews and learning reviews');
    expect(reviewsNoun(kindScope('ADULTS'))).toBe('Safeguarding adults reviews and other learning reviews');
    expect(reviewsNoun(kindScope('COMMUNITY_SAFETY'))).toBe('Domestic homicide reviews and other learning reviews');
    expect(reviewsNoun({ children: false, adults: false, domesticHomicide: false })).toBe('Learning reviews');
  });
});

describe('peopleWords', () => {
  it('names whom the partnership safeguards', () => {
    expect(peopleWords(kindScope('CHILDREN'))).toBe('children and families');
    expect(peopleWords(kindScope('ADULTS'))).toBe('adults at risk');
    expect(peopleWords(kindScope('COMMUNITY_SAFETY'))).toBe('people at risk of domestic abuse');
    expect(peopleWords(kindScope('JOINT'))).toBe('children and adults');
    expect(peopleWords(kindScope(null))).toBe('children and adults');
  });
});
