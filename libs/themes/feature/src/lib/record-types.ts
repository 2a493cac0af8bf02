import type { ThemeRecordKind } from '@sli/shared/data-access';
import { humanise } from '@sli/shared/ui';
import { REVIEW_TYPE_SHORT_WORDS } from '@sli/reviews-domain';

/** Audit types as a business unit writes them (review types are the reviews domain's); the API gives kebab-case values. */
const AUDITS: Record<string, string> = {
  'multi-agency-case': 'Multi-agency case audit',
  'single-agency': 'Single-agency audit',
  'section-11': 'Section 11 audit',
  thematic: 'Thematic audit',
};

/** "Rapid review", "Thematic audit": the kind of record and its type in one. */
export function recordTypeLabel(kind: ThemeRecordKind, type: string): string {
  if (kind === 'AUDIT') return AUDITS[type] ?? `${humanise(type)} audit`;
  return (REVIEW_TYPE_SHORT_WORDS as Record<string, string>)[type] ?? humanise(type);
}
