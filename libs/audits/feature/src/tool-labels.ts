import type { AssuranceToolKind, AssuranceToolStatus } from '@sli/shared/data-access';

export const TOOL_KIND_LABELS: Record<AssuranceToolKind, string> = {
  SECTION_11: 'Section 11 self-assessment',
  SCHOOLS_175_157: 'Schools and colleges (section 175/157)',
  ADULTS_SELF_ASSESSMENT: 'Safeguarding adults board self-assessment',
  CASE_AUDIT: 'Case audit',
};

export const TOOL_STATUS_LABELS: Record<AssuranceToolStatus, string> = {
  DRAFT: 'Draft',
  IN_USE: 'In use',
  RETIRED: 'Retired',
};
