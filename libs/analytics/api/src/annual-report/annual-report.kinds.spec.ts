import { describe, expect, it } from '@jest/globals';
import { PartnershipKind } from '@sli/partnerships-api';
import { NARRATIVE_SECTIONS } from './annual-report-narratives.sections';
import { AnnualReportNarrativeSection } from './annual-report.enums';
import { HEADLINES } from './annual-report.headlines';
import { reports, reportWork } from './annual-report.kinds';
import { TABLE_SOURCES } from './annual-report.tables';

const headlinesOf = (kind: PartnershipKind) => HEADLINES.filter((h) => reports(reportWork(kind), h.work)).map((h) => h.key);
const tablesOf = (kind: PartnershipKind) => TABLE_SOURCES.filter((t) => reports(reportWork(kind), t.work)).map((t) => t.key);
const section = (s: AnnualReportNarrativeSection) => {
  const found = NARRATIVE_SECTIONS.find((d) => d.section === s);
  if (!found) throw new Error(`no section ${s}`);
  return found;
};
const COMMON = ['reviews-started', 'reviews-completed', 'reviews-published', 'actions-completed-on-time', 'actions-overdue', 'training-reach', 'training-practice-change', 'audit-good-or-better'];

describe('the annual report follows the partnership’s kind', () => {
  it('reports notifications and rapid reviews for a children’s partnership, no SARs or DHRs', () => {
    expect(headlinesOf(PartnershipKind.CHILDREN)).toEqual(['notifications', 'notifications-on-time', 'rapid-reviews-on-time', ...COMMON]);
    expect(tablesOf(PartnershipKind.CHILDREN)).toContain('notifications-by-harm-and-age');
  });

  it('reports SARs and DHRs for an adults board, and no notifications table', () => {
    expect(headlinesOf(PartnershipKind.ADULTS)).toEqual(['sars-started', 'sars-within-six-months', 'dhrs-started', 'dhrs-within-six-months', ...COMMON]);
    expect(tablesOf(PartnershipKind.ADULTS)).not.toContain('notifications-by-harm-and-age');
  });

  it('reports DHRs only for a community safety partnership', () => {
    expect(headlinesOf(PartnershipKind.COMMUNITY_SAFETY)).toEqual(['dhrs-started', 'dhrs-within-six-months', ...COMMON]);
    expect(tablesOf(PartnershipKind.COMMUNITY_SAFETY)).toEqual(['reviews-by-type-and-status', 'actions-by-sector-and-brag', 'training-attendance-by-sector', 'recommendations-by-response', 'referrals-by-route-and-decision', 'review-timescale-changes-by-reason']);
  });

  it('reports everything for a joint partnership', () => {
    expect(headlinesOf(PartnershipKind.JOINT)).toEqual(HEADLINES.map((h) => h.key));
    expect(tablesOf(PartnershipKind.JOINT)).toEqual(TABLE_SOURCES.map((t) => t.key));
  });

  it('heads the narratives in the partnership’s own words', () => {
    const voice = section(AnnualReportNarrativeSection.VOICE);
    expect(voice.title(reportWork(PartnershipKind.CHILDREN))).toBe('The voice of children, families and practitioners');
    expect(voice.title(reportWork(PartnershipKind.ADULTS))).toBe('The voice of adults at risk, families and practitioners');
    expect(voice.title(reportWork(PartnershipKind.COMMUNITY_SAFETY))).toBe('The voice of victims, families and practitioners');
    expect(voice.title(reportWork(PartnershipKind.JOINT))).toBe('The voice of children, adults at risk, families and practitioners');
    const learning = section(AnnualReportNarrativeSection.LEARNING_FROM_REVIEWS);
    expect(learning.guidance(reportWork(PartnershipKind.CHILDREN))).toBe(
      'What practice, systems or services changed because of rapid reviews and safeguarding practice reviews, and the evidence of it.',
    );
    expect(learning.guidance(reportWork(PartnershipKind.COMMUNITY_SAFETY))).toBe(
      'What practice, systems or services changed because of domestic homicide reviews, and the evidence of it.',
    );
    expect(learning.guidance(reportWork(PartnershipKind.ADULTS))).toContain('safeguarding adults reviews and domestic homicide reviews');
  });
});
