import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionPlanGroupBy } from '@sli/shared/data-access';
import { patchParams, searchWithPatch } from '@sli/shared/data-access';

/** The summary's grouping, as kept in the URL (`groupBy=committee`). */
export interface Grouping {
  value: string;
  by: ActionPlanGroupBy;
  label: string;
  /** Column header and heading noun. */
  noun: string;
}

export const GROUPINGS: Grouping[] = [
  { value: 'committee', by: 'COMMITTEE', label: 'Monitoring committee', noun: 'committee' },
  { value: 'review', by: 'REVIEW', label: 'Source review or audit', noun: 'source review' },
  { value: 'owner-agency', by: 'OWNER_AGENCY', label: 'Owner agency', noun: 'owner agency' },
  { value: 'theme', by: 'THEME', label: 'Theme', noun: 'theme' },
  { value: 'sector', by: 'AGENCY_SECTOR', label: 'Owner agency sector', noun: 'sector' },
  { value: 'review-type', by: 'REVIEW_TYPE', label: 'Review type', noun: 'review type' },
];

type Patch = Partial<Record<'groupBy' | 'reviewId' | 'action' | 'overdue', string | null>>;

/** This page's own state in the URL, beside the shared filters: grouping, review, open action, overdue scope. */
export function usePageParams() {
  const [params, setParams] = useSearchParams();
  const grouping = GROUPINGS.find((g) => g.value === params.get('groupBy')) ?? (GROUPINGS[0] as Grouping);
  const reviewId = params.get('reviewId');
  const actionId = params.get('action');
  const overduePeriodOnly = params.get('overdue') === 'period';

  /** The search string with some parameters changed (null removes one), for links. */
  const searchWith = useCallback(
    (patch: Patch) => searchWithPatch(params, patch),
    [params],
  );

  const update = useCallback(
    (patch: Patch) => setParams((prev) => patchParams(prev, patch)),
    [setParams],
  );

  return { grouping, reviewId, actionId, overduePeriodOnly, searchWith, update };
}
