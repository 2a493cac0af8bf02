import { AnnualReportNarrativeSection } from './annual-report.enums';
import type { ReportWork } from './annual-report.kinds';

/** A narrative section: its heading and what the business unit is asked to write, in the partnership's own words. */
export interface NarrativeSectionDefinition {
  section: AnnualReportNarrativeSection;
  title: (work: ReportWork) => string;
  guidance: (work: ReportWork) => string;
}

/** "A, B and C", or "A" alone. */
const andList = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Whom the partnership hears: children for a children's partnership, adults at risk for an adults board, victims for a community safety partnership. */
function whoIsHeard(work: ReportWork): string {
  const people = [...(work.children ? ['children'] : []), ...(work.adults ? ['adults at risk'] : [])];
  return andList([...(people.length > 0 ? people : ['victims']), 'families', 'practitioners']);
}

/** The statutory reviews the partnership runs, as the guidance names them. */
function itsReviews(work: ReportWork): string {
  return andList([
    ...(work.children ? ['rapid reviews', 'safeguarding practice reviews'] : []),
    ...(work.adults ? ['safeguarding adults reviews'] : []),
    ...(work.domesticHomicide ? ['domestic homicide reviews'] : []),
  ]);
}

/**
 * The narrative sections, in print order. The headings and guidance follow the partnership's kind: "The
 * voice of children, families and practitioners" for a children's partnership, of adults at risk for an
 * adults board, of victims for a community safety partnership.
 */
export const NARRATIVE_SECTIONS: readonly NarrativeSectionDefinition[] = [
  {
    section: AnnualReportNarrativeSection.PRIORITIES,
    title: () => 'Our priorities',
    guidance: () => "The partnership's priorities for the year and how far they were met.",
  },
  {
    section: AnnualReportNarrativeSection.LEARNING_FROM_REVIEWS,
    title: () => 'What changed because of reviews',
    guidance: (work) => `What practice, systems or services changed because of ${itsReviews(work)}, and the evidence of it.`,
  },
  {
    section: AnnualReportNarrativeSection.VOICE,
    title: (work) => `The voice of ${whoIsHeard(work)}`,
    guidance: (work) => `How ${whoIsHeard(work)} were heard, what they said, and what the partnership did about it.`,
  },
  {
    section: AnnualReportNarrativeSection.SCRUTINY,
    title: () => 'Scrutiny and challenge',
    guidance: () => "Independent scrutiny of the partnership's arrangements: what it found and what was done in response.",
  },
  {
    section: AnnualReportNarrativeSection.NEXT_YEAR,
    title: () => 'Next year',
    guidance: () => 'The priorities and plans for the coming year.',
  },
];
