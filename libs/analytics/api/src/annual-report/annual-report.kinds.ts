import type { PartnershipKind } from '@sli/partnerships-api';
import { scopeOfKind, type PartnershipKindValue } from '@sli/reviews-domain';

/** The kinds of statutory work a report section, headline or table is about. */
export type Work = 'children' | 'adults' | 'domesticHomicide';

/** Which of them a partnership does. */
export type ReportWork = Record<Work, boolean>;

/** What a partnership of this kind works on: the reviews domain's rule, which the dashboard and the recording rules share. */
export function reportWork(kind: PartnershipKind | string): ReportWork {
  return scopeOfKind(kind as PartnershipKindValue);
}

/** Whether a partnership doing `does` reports something about `work` (nothing named: every partnership). */
export const reports = (does: ReportWork, work: Work | undefined): boolean => !work || does[work];
