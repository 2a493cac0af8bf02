/*
 * The kinds of spreadsheet a partnership can import, and the columns each one reads. Each column
 * lists the header names partnerships commonly use for it (compared after normaliseHeader), so a
 * sheet's columns are found without the user mapping them; a mapping saved for the partnership
 * comes first. The dashboard shows these labels when the user maps columns by hand.
 */

export const SHEET_KINDS = ['action-plan', 'measure-values'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export interface SheetColumn {
  /** The field the column fills, e.g. `dueOn`. */
  field: string;
  /** What the dashboard calls it. */
  label: string;
  /** Header names that mean this column, already normalised. */
  headers: readonly string[];
  /** A sheet without this column cannot be imported as this kind. */
  required?: boolean;
  hint?: string;
}

export interface SheetKindSpec {
  kind: SheetKind;
  label: string;
  columns: readonly SheetColumn[];
  /** What each row is, in words ("action"). */
  rowNoun: string;
}

export const ACTION_PLAN_SHEET: SheetKindSpec = {
  kind: 'action-plan',
  label: 'Action plan',
  rowNoun: 'action',
  columns: [
    {
      field: 'ref',
      label: 'Action ref',
      headers: ['action ref', 'action reference', 'action id', 'ref', 'reference', 'action code'],
      hint: 'The action\'s own reference, kept on re-import. Without it, "Action no." with the review ref makes one: REVIEW-REF/A3.',
    },
    { field: 'number', label: 'Action no.', headers: ['action no', 'action number', 'action num', 'no', 'number'] },
    {
      field: 'source',
      label: 'Review ref',
      headers: ['review ref', 'review reference', 'review', 'review id', 'source', 'source ref', 'source reference', 'review or audit', 'audit ref', 'audit reference', 'audit'],
      required: true,
      hint: 'The reference of the review (or audit) the action comes from.',
    },
    {
      field: 'recommendation',
      label: 'Recommendation',
      headers: ['recommendation', 'recommendation ref', 'recommendation reference', 'recommendation no', 'recommendation number', 'rec', 'rec no'],
      hint: 'The recommendation\'s ref, or its exact text.',
    },
    {
      field: 'title',
      label: 'Action',
      headers: ['action', 'action title', 'action description', 'description', 'actions', 'what will be done', 'action to be taken', 'action required', 'action to be completed'],
      required: true,
    },
    {
      field: 'ownerAgency',
      label: 'Owner agency',
      headers: ['owner agency', 'owner', 'agency', 'lead agency', 'responsible agency', 'owning agency', 'action owner', 'lead'],
      required: true,
      hint: "The agency's name or ref.",
    },
    {
      field: 'dueOn',
      label: 'Due date',
      headers: ['due date', 'due', 'due on', 'date due', 'target date', 'deadline', 'timescale', 'target completion date', 'by when', 'completion target'],
      required: true,
    },
    { field: 'status', label: 'Status', headers: ['status', 'action status', 'current status', 'progress'], required: true },
    {
      field: 'completedOn',
      label: 'Completion date',
      headers: ['completion date', 'completed on', 'date completed', 'completed', 'actual completion date', 'date of completion'],
    },
    {
      field: 'impactEvidence',
      label: 'Evidence of impact',
      headers: ['evidence of impact', 'impact evidence', 'impact', 'evidence', 'evidence of impact and outcomes', 'outcome evidence'],
    },
    { field: 'monitoringCommittee', label: 'Committee', headers: ['committee', 'monitoring committee', 'subgroup', 'monitored by', 'monitoring group'] },
  ],
};

export const MEASURE_VALUES_SHEET: SheetKindSpec = {
  kind: 'measure-values',
  label: 'Measure values',
  rowNoun: 'value',
  columns: [
    {
      field: 'measure',
      label: 'Measure',
      headers: ['measure', 'measure ref', 'measure reference', 'measure name', 'measure id', 'indicator', 'performance measure'],
      required: true,
      hint: "The measure's ref or its name.",
    },
    {
      field: 'period',
      label: 'Period',
      headers: ['period', 'period start', 'period starting', 'reporting period', 'quarter', 'month', 'year', 'date'],
      required: true,
      hint: 'The first day of the period (01/04/2024), or Q1 2024/25, April 2024, 2024/25.',
    },
    { field: 'value', label: 'Value', headers: ['value', 'actual', 'result', 'figure', 'score', 'data'], required: true },
    { field: 'note', label: 'Note', headers: ['note', 'notes', 'comment', 'comments', 'story behind the curve', 'story'] },
  ],
};

export const SHEET_SPECS: Record<SheetKind, SheetKindSpec> = {
  'action-plan': ACTION_PLAN_SHEET,
  'measure-values': MEASURE_VALUES_SHEET,
};

export function isSheetKind(value: unknown): value is SheetKind {
  return typeof value === 'string' && (SHEET_KINDS as readonly string[]).includes(value);
}
