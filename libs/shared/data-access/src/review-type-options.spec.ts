import { describe, expect, it } from '@jest/globals';
import { kindScope } from './partnership-kind';
import { REVIEW_TYPE_OPTIONS, reviewTypeOptions } from './review-type-options';

const values = (kind: Parameters<typeof kindScope>[0], chosen?: string | null) => reviewTypeOptions(kindScope(kind), chosen).map((o) => o.value);
const LEARNING = ['plr', 'appreciative-inquiry', 'single-agency', 'critical-incident', 'practice-learning-set'];

describe('reviewTypeOptions', () => {
  it("offers a children's partnership its statutory reviews and the learning methods, no SARs or DHRs", () => {
    expect(values('CHILDREN')).toEqual(['rapid-review', 'lcspr', 'national-cspr', 'scr', ...LEARNING, 'child-death', 'thematic']);
  });

  it('offers an adults board SARs and DHRs and the learning methods, no rapid reviews or child reviews', () => {
    expect(values('ADULTS')).toEqual(['plr', 'sar', 'dhr', 'appreciative-inquiry', 'single-agency', 'critical-incident', 'practice-learning-set', 'thematic']);
  });

  it('offers a community safety partnership DHRs and the learning methods only', () => {
    expect(values('COMMUNITY_SAFETY')).toEqual(['plr', 'dhr', 'appreciative-inquiry', 'single-agency', 'critical-incident', 'practice-learning-set', 'thematic']);
  });

  it('offers a joint partnership, or none chosen, every type', () => {
    expect(values('JOINT')).toEqual(REVIEW_TYPE_OPTIONS.map((o) => o.value));
    expect(values(null)).toEqual(REVIEW_TYPE_OPTIONS.map((o) => o.value));
  });

  it('keeps a chosen type that does not fit, so the filter in force is shown', () => {
    expect(values('COMMUNITY_SAFETY', 'rapid-review')).toEqual(['rapid-review', 'plr', 'dhr', 'appreciative-inquiry', 'single-agency', 'critical-incident', 'practice-learning-set', 'thematic']);
    expect(reviewTypeOptions(kindScope('ADULTS'), 'lcspr').find((o) => o.value === 'lcspr')?.label).toBe('Local child safeguarding practice review');
  });
});
