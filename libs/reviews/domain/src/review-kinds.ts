import type { FieldProblem } from '@sli/shared/domain';
import type { ReviewTypeValue } from './review-values';

/*
 * Which reviews a partnership holds, by its kind. A safeguarding children partnership holds serious
 * incident notifications, rapid reviews and child safeguarding practice reviews (Working Together
 * 2023); a safeguarding adults board holds safeguarding adults reviews (Care Act 2014 s44) and the
 * domestic homicide reviews it commissions with its community safety partnership; a community safety
 * partnership holds domestic homicide reviews (Domestic Violence, Crime and Victims Act 2004 s9); a
 * joint partnership holds all of them. The learning methods (practice learning reviews, appreciative
 * inquiries, thematic reviews…) are any partnership's.
 */

export type PartnershipKindValue = 'children' | 'adults' | 'community-safety' | 'joint';

/** Whose work a review type is. */
export type ReviewWork = 'children' | 'adults' | 'domesticHomicide' | 'any';

/** What a partnership of a kind works on. */
export interface KindScope {
  children: boolean;
  adults: boolean;
  domesticHomicide: boolean;
}

export const REVIEW_TYPE_WORK: Record<ReviewTypeValue, ReviewWork> = {
  'rapid-review': 'children',
  lcspr: 'children',
  'national-cspr': 'children',
  scr: 'children',
  plr: 'any',
  sar: 'adults',
  dhr: 'domesticHomicide',
  'appreciative-inquiry': 'any',
  'single-agency': 'any',
  'critical-incident': 'any',
  'practice-learning-set': 'any',
  'child-death': 'children',
  thematic: 'any',
};

/** What a partnership of this kind works on; no kind (national roles, nothing chosen) is everything. */
export function scopeOfKind(kind: PartnershipKindValue | null | undefined): KindScope {
  if (kind === 'children') return { children: true, adults: false, domesticHomicide: false };
  if (kind === 'adults') return { children: false, adults: true, domesticHomicide: true };
  if (kind === 'community-safety') return { children: false, adults: false, domesticHomicide: true };
  return { children: true, adults: true, domesticHomicide: true };
}

/** Whether a partnership of the kind holds reviews of the type. */
export function reviewTypeFits(type: ReviewTypeValue, scope: KindScope): boolean {
  const work = REVIEW_TYPE_WORK[type];
  return work === 'any' || scope[work];
}

const KIND_WORDS: Record<PartnershipKindValue, string> = {
  children: "a safeguarding children partnership",
  adults: 'a safeguarding adults board',
  'community-safety': 'a community safety partnership',
  joint: 'a joint partnership',
};

const WORK_WORDS: Record<Exclude<ReviewWork, 'any'>, string> = {
  children: "children's partnerships (or joint ones)",
  adults: 'safeguarding adults boards (or joint partnerships)',
  domesticHomicide: 'community safety partnerships and adults boards (or joint partnerships)',
};

/** The problem with recording a review of this type in a partnership of this kind, if any. */
export function reviewKindProblems(type: ReviewTypeValue, kind: PartnershipKindValue): FieldProblem[] {
  if (reviewTypeFits(type, scopeOfKind(kind))) return [];
  const work = REVIEW_TYPE_WORK[type] as Exclude<ReviewWork, 'any'>;
  return [{ field: 'type', message: `is not a review ${KIND_WORDS[kind]} holds: this type belongs to ${WORK_WORDS[work]}` }];
}
