import type { TimescaleReason } from '@sli/shared/data-access';

/** Why a review was paused or extended, as the form and the review page say it. */
export const TIMESCALE_REASONS: Record<TimescaleReason, string> = {
  CRIMINAL_PROCEEDINGS: 'Criminal proceedings',
  INQUEST: "Coroner's inquest",
  FAMILY_ENGAGEMENT: 'Family engagement',
  NEW_INFORMATION: 'New information',
  OTHER: 'Other',
};
