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
}

registerEnumType(ReportMode, {
  name: 'ReportMode',
  description:
    'EXACT: every count as it is (internal use). PUBLISHED: counts from 1 to the partnership suppression threshold, ' +
    'and counts that would let a total reveal them, shown as `c`; rates on a suppressed count shown as `c`.',
});
registerEnumType(AnnualReportTableKey, { name: 'AnnualReportTableKey', description: 'A table of the annual report dataset.' });
