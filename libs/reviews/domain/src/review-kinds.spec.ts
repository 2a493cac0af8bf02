import { describe, expect, it } from '@jest/globals';
import { REVIEW_TYPE_WORK, reviewKindProblems, reviewTypeFits, scopeOfKind } from './review-kinds';
import type { ReviewTypeValue } from './review-values';

const TYPES = Object.keys(REVIEW_TYPE_WORK) as ReviewTypeValue[];
const held = (kind: Parameters<typeof scopeOfKind>[0]) => TYPES.filter((t) => reviewTypeFits(t, scopeOfKind(kind)));
const LEARNING = ['plr', 'appreciative-inquiry', 'single-agency', 'critical-incident', 'practice-learning-set', 'thematic'];

describe('review types by partnership kind', () => {
  it("gives a children's partnership its statutory reviews and the learning methods, no SARs or DHRs", () => {
    expect(held('children').sort()).toEqual(['rapid-review', 'lcspr', 'national-cspr', 'scr', 'child-death', ...LEARNING].sort());
  });

  it('gives an adults board SARs and the DHRs it commissions, no rapid reviews or child reviews', () => {
    expect(held('adults').sort()).toEqual(['sar', 'dhr', ...LEARNING].sort());
  });

  it('gives a community safety partnership DHRs and the learning methods only', () => {
    expect(held('community-safety').sort()).toEqual(['dhr', ...LEARNING].sort());
  });

  it('gives a joint partnership, or no kind, every type', () => {
    expect(held('joint')).toEqual(TYPES);
    expect(held(null)).toEqual(TYPES);
  });

  it('names the type field and the kinds the type belongs to', () => {
    expect(reviewKindProblems('sar', 'children')).toEqual([
      { field: 'type', message: 'is not a review a safeguarding children partnership holds: this type belongs to safeguarding adults boards (or joint partnerships)' },
    ]);
    expect(reviewKindProblems('rapid-review', 'community-safety')[0]?.message).toContain("children's partnerships");
    expect(reviewKindProblems('thematic', 'community-safety')).toEqual([]);
  });
});
