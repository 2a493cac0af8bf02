import { registerEnumType } from '@nestjs/graphql';

/** Exact figures for internal use, or figures fit to publish (small counts suppressed). */
export enum ReportMode {
  EXACT = 'exact',
  PUBLISHED = 'published',
}

/** The tables of the annual report dataset. */
export enum AnnualReportTableKey {
  NOTIFICATIONS_BY_HARM_AND_AGE = 'notifications-by-harm-and-age',
  REVIEWS_BY_TYPE_AND_STATUS = 'reviews-by-type-and-status',
  ACTIONS_BY_SECTOR_AND_BRAG = 'actions-by-sector-and-brag',
  TRAINING_ATTENDANCE_BY_SECTOR = 'training-attendance-by-sector',
  RECOMMENDATIONS_BY_RESPONSE = 'recommendations-by-response',
  REFERRALS_BY_ROUTE_AND_DECISION = 'referrals-by-route-and-decision',
  REVIEW_TIMESCALE_CHANGES_BY_REASON = 'review-timescale-changes-by-reason',
}

registerEnumType(ReportMode, {
  name: 'ReportMode',
  description:
    'EXACT: every count as it is (internal use). PUBLISHED: counts from 1 to the partnership suppression threshold, ' +
    'and counts that would let a total reveal them, shown as `c`; rates on a suppressed count shown as `c`.',
});
registerEnumType(AnnualReportTableKey, { name: 'AnnualReportTableKey', description: 'A table of the annual report dataset.' });

/** What a published figure or table counts, which decides its suppression (DESIGN.md section 4). */
export enum ReportDisclosure {
  WORK = 'work',
  PEOPLE_BY_CHARACTERISTIC = 'people-by-characteristic',
}

/** The narrative sections of an annual report: fixed keys, written by the business unit and approved by the board. */
export enum AnnualReportNarrativeSection {
  PRIORITIES = 'priorities',
  LEARNING_FROM_REVIEWS = 'learning-from-reviews',
  VOICE = 'voice',
  SCRUTINY = 'scrutiny',
  NEXT_YEAR = 'next-year',
}

/** Where a narrative section stands: nothing written, its latest version awaiting approval, or approved. */
export enum AnnualReportNarrativeStatus {
  EMPTY = 'empty',
  DRAFT = 'draft',
  APPROVED = 'approved',
}

registerEnumType(ReportDisclosure, {
  name: 'ReportDisclosure',
  description:
    "WORK: counts of the partnership's own work and rates built on them, published as they are. " +
    'PEOPLE_BY_CHARACTERISTIC: counts of people by age band, sex, ethnicity, disability, type of harm or locality, suppressed in PUBLISHED mode.',
});
registerEnumType(AnnualReportNarrativeSection, {
  name: 'AnnualReportNarrativeSection',
  description: 'A narrative section of the annual report, in print order.',
});
registerEnumType(AnnualReportNarrativeStatus, {
  name: 'AnnualReportNarrativeStatus',
  description: 'EMPTY: nothing written. DRAFT: the latest version awaits approval. APPROVED: the latest version is approved.',
});
