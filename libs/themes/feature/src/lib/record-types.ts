import type { ThemeRecordKind } from '@sli/shared/data-access';
import { humanise } from '@sli/shared/ui';

/** Review and audit types as a business unit writes them; the API gives kebab-case values. */
const REVIEWS: Record<string, string> = {
  'rapid-review': 'Rapid review',
  lcspr: 'LCSPR',
  'national-cspr': 'National CSPR',
  scr: 'Serious case review',
  plr: 'Practice learning review',
  sar: 'Safeguarding adults review',
  dhr: 'Domestic homicide review',
  'single-agency': 'Single-agency review',
  'critical-incident': 'Critical incident review',
  'child-death': 'Child death review',
  thematic: 'Thematic review',
};

const AUDITS: Record<string, string> = {
  'multi-agency-case': 'Multi-agency case audit',
  'single-agency': 'Single-agency audit',
  'section-11': 'Section 11 audit',
  thematic: 'Thematic audit',
};

/** "Rapid review", "Thematic audit": the kind of record and its type in one. */
export function recordTypeLabel(kind: ThemeRecordKind, type: string): string {
  if (kind === 'AUDIT') return AUDITS[type] ?? `${humanise(type)} audit`;
  return REVIEWS[type] ?? humanise(type);
}
