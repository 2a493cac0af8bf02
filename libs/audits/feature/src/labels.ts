import { BRAG_COLOURS, RAG_COLOURS } from '@sli/shared/ui';
import type { AuditType, OfstedGrade, RagRating, Section11ModerationChange } from '@sli/shared/data-access';

/** Ofsted's scale, best first, with a colour of at least 3:1 on white for each. */
export const GRADES: { grade: OfstedGrade; label: string; colour: string }[] = [
  { grade: 'OUTSTANDING', label: 'Outstanding', colour: BRAG_COLOURS.BLUE },
  { grade: 'GOOD', label: 'Good', colour: BRAG_COLOURS.GREEN },
  { grade: 'REQUIRES_IMPROVEMENT', label: 'Requires improvement', colour: BRAG_COLOURS.AMBER },
  { grade: 'INADEQUATE', label: 'Inadequate', colour: BRAG_COLOURS.RED },
];

export const RAG_WORDS: Record<RagRating, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };
export const ragColour = (rating: RagRating) => RAG_COLOURS[rating];

/** A tool's rating scale: the stored rating (`green`) and the tool's words for it. */
export type RatingScale = readonly { code: string; label: string }[] | null | undefined;

/** A rating in the words of the audit's tool ("Green: met"); the colour alone when the audit has no tool. */
export function ratingWords(scale: RatingScale, rating: RagRating): string {
  return scale?.find((l) => l.code.toUpperCase() === rating)?.label ?? RAG_WORDS[rating];
}

/** Red, amber, green as a form's radios, in the tool's words. */
export const ragOptions = (scale: RatingScale) => (Object.keys(RAG_WORDS) as RagRating[]).map((value) => ({ value, label: ratingWords(scale, value) }));

export const MODERATION_WORDS: Record<Section11ModerationChange, string> = {
  UP: 'Raised by moderation',
  DOWN: 'Lowered by moderation',
  UNCHANGED: 'Confirmed by moderation',
  NOT_MODERATED: 'Not moderated yet',
};

/** A difference of shares (0.1) as percentage points in words: "up 10 percentage points". */
export function changeInWords(change: number | null | undefined): string {
  if (change == null) return 'no earlier round to compare with';
  const points = Math.round(Math.abs(change) * 1000) / 10;
  if (points === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${points.toLocaleString('en-GB')} percentage point${points === 1 ? '' : 's'}`;
}

/** Signed percentage points for tables and exports: +10.0, −4.2. */
export function changePoints(change: number | null | undefined): number | null {
  return change == null ? null : Math.round(change * 1000) / 10;
}

export const AUDIT_TYPE_LABELS: Record<AuditType, string> = {
  MULTI_AGENCY_CASE: 'Multi-agency case audit',
  SINGLE_AGENCY: 'Single-agency audit',
  THEMATIC: 'Thematic audit',
  SECTION_11: 'Section 11 audit',
};

/** Types whose work is grading cases (the API's CASE_AUDIT_TYPES); a section 11 audit holds agencies' assessments. */
export const gradesCases = (type: AuditType) => type !== 'SECTION_11';

/** Ofsted's words in full, for forms and the audit's page. */
export const GRADE_WORDS: Record<OfstedGrade, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement to be good',
  INADEQUATE: 'Inadequate',
};

/** A reference the API made up (a UUID) because none was given: not worth showing to a person. */
const MADE_REF = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "case C-12", or just "case" when its reference was made up: for headings, questions and messages. */
export function named(noun: string, ref: string): string {
  return MADE_REF.test(ref) ? noun : `${noun} ${ref}`;
}
