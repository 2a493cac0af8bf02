import { AnnualReportNarrativeSection } from './annual-report.enums';

/** The narrative sections, in print order: the heading and what the business unit is asked to write. */
export const NARRATIVE_SECTIONS: readonly { section: AnnualReportNarrativeSection; title: string; guidance: string }[] = [
  {
    section: AnnualReportNarrativeSection.PRIORITIES,
    title: 'Our priorities',
    guidance: "The partnership's priorities for the year and how far they were met.",
  },
  {
    section: AnnualReportNarrativeSection.LEARNING_FROM_REVIEWS,
    title: 'What changed because of reviews',
    guidance: 'What practice, systems or services changed because of rapid reviews and safeguarding practice reviews, and the evidence of it.',
  },
  {
    section: AnnualReportNarrativeSection.VOICE,
    title: 'The voice of children, families and practitioners',
    guidance: 'How children, families and practitioners were heard, what they said, and what the partnership did about it.',
  },
  {
    section: AnnualReportNarrativeSection.SCRUTINY,
    title: 'Scrutiny and challenge',
    guidance: "Independent scrutiny of the partnership's arrangements: what it found and what was done in response.",
  },
  {
    section: AnnualReportNarrativeSection.NEXT_YEAR,
    title: 'Next year',
    guidance: 'The priorities and plans for the coming year.',
  },
];
