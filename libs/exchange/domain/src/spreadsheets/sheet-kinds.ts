/*
 * The kinds of spreadsheet a partnership can import, and the columns each one reads. Each column
 * lists the header names partnerships commonly use for it (compared after normaliseHeader), so a
 * sheet's columns are found without the user mapping them; a mapping saved for the partnership
 * comes first. The dashboard shows these labels when the user maps columns by hand.
 */

export const SHEET_KINDS = ['action-plan', 'measure-values', 'notifications', 'reviews', 'training-register'] as const;
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

const THEMES_HINT = "Theme codes or names, separated by semicolons (or new lines within the cell).";

/** The notification register: one row per serious incident notification, keyed by its ref. */
export const NOTIFICATIONS_SHEET: SheetKindSpec = {
  kind: 'notifications',
  label: 'Notifications register',
  rowNoun: 'notification',
  columns: [
    {
      field: 'ref',
      label: 'Reference',
      headers: ['notification ref', 'notification reference', 'notification id', 'notification no', 'notification number', 'ref', 'reference', 'scsi ref', 'scsi reference', 'incident ref', 'incident reference', 'case ref', 'case reference'],
      required: true,
      hint: "The notification's own reference, kept on re-import.",
    },
    {
      field: 'dateAware',
      label: 'Date aware',
      headers: ['date aware', 'aware', 'date aware of incident', 'date became aware', 'date la aware', 'date la became aware', 'date local authority became aware', 'date of awareness'],
      required: true,
    },
    {
      field: 'dateNotified',
      label: 'Date notified',
      headers: ['date notified', 'notified', 'notified on', 'date of notification', 'notification date', 'date notified to panel', 'date notified to the panel', 'date submitted'],
    },
    {
      field: 'harm',
      label: 'Harm',
      headers: ['harm', 'harm type', 'type of harm', 'harm category', 'death or serious harm', 'death serious harm', 'category', 'incident type', 'nature of harm'],
      required: true,
      hint: 'Death or Serious harm.',
    },
    {
      field: 'ageBand',
      label: 'Age band',
      headers: ['age band', 'age', 'age group', 'age range', 'child s age', 'childs age', 'age of child'],
      required: true,
      hint: "Under 1, 1–5, 6–10, 11–15 or 16–17, or the child's age in whole years.",
    },
    {
      field: 'decision',
      label: 'Decision',
      headers: ['decision', 'rapid review decision', 'decision on rapid review', 'rr decision', 'screening decision', 'rapid review required', 'rapid review'],
      hint: 'Pending, Rapid review or No rapid review (a blank cell is pending).',
    },
    { field: 'summary', label: 'Summary', headers: ['summary', 'brief summary', 'circumstances', 'description', 'details'], hint: 'No names or identifying details.' },
    { field: 'themes', label: 'Themes', headers: ['themes', 'theme', 'key themes'], hint: THEMES_HINT },
  ],
};

/** The review register: one row per review (rapid reviews included), keyed by its ref. */
export const REVIEWS_SHEET: SheetKindSpec = {
  kind: 'reviews',
  label: 'Reviews register',
  rowNoun: 'review',
  columns: [
    {
      field: 'ref',
      label: 'Reference',
      headers: ['review ref', 'review reference', 'review id', 'review no', 'review number', 'ref', 'reference', 'case ref', 'case reference'],
      required: true,
      hint: "The review's own reference, kept on re-import.",
    },
    {
      field: 'type',
      label: 'Type',
      headers: ['type', 'review type', 'type of review', 'kind of review'],
      required: true,
      hint: 'Rapid review, LCSPR, SAR, DHR, … in words or abbreviated.',
    },
    { field: 'title', label: 'Title', headers: ['title', 'review title', 'review name', 'case name', 'case title', 'pseudonym'], required: true },
    {
      field: 'status',
      label: 'Status',
      headers: ['status', 'review status', 'current status', 'stage'],
      required: true,
      hint: 'Proposed, Scoping, In progress, Report drafted, Completed, Published or Closed unpublished.',
    },
    {
      field: 'initiatedOn',
      label: 'Initiated',
      headers: ['initiated', 'initiated on', 'date initiated', 'initiation date', 'date of initiation', 'decision to initiate', 'date of decision to initiate', 'start date', 'date started', 'started', 'commissioned', 'date commissioned'],
      required: true,
    },
    {
      field: 'notification',
      label: 'Notification',
      headers: ['notification', 'notification ref', 'notification reference', 'notification id', 'linked notification', 'related notification', 'scsi ref', 'scsi'],
      hint: "The ref of the notification the review arises from.",
    },
    {
      field: 'sourceReview',
      label: 'Arising from',
      headers: ['arising from', 'source review', 'source review ref', 'from rapid review', 'rapid review ref', 'linked rapid review', 'linked review'],
      hint: 'The ref of the review (usually the rapid review) this one arises from.',
    },
    {
      field: 'termsAgreedOn',
      label: 'Terms agreed',
      headers: ['terms agreed', 'terms agreed on', 'terms of reference agreed', 'date terms of reference agreed', 'tor agreed', 'date tor agreed'],
    },
    { field: 'completedOn', label: 'Completed', headers: ['completed', 'completed on', 'date completed', 'completion date', 'date of completion'] },
    { field: 'publishedOn', label: 'Published', headers: ['published', 'published on', 'date published', 'publication date', 'date of publication'] },
    {
      field: 'unpublishedReason',
      label: 'Reason not published',
      headers: ['reason not published', 'unpublished reason', 'reason unpublished', 'reason for not publishing', 'why not published'],
    },
    {
      field: 'infoRequestedOn',
      label: 'Information requested',
      headers: ['information requested', 'info requested', 'information requested on', 'info requested on', 'date information requested', 'date agencies asked for information', 'agencies asked for information'],
      hint: 'Rapid reviews only.',
    },
    {
      field: 'meetingOn',
      label: 'Meeting',
      headers: ['meeting', 'meeting on', 'meeting date', 'date of meeting', 'rapid review meeting', 'rapid review meeting date'],
      hint: 'Rapid reviews only.',
    },
    {
      field: 'sentToPanelOn',
      label: 'Sent to the Panel',
      headers: ['sent to the panel', 'sent to panel', 'sent to panel on', 'date sent to panel', 'date sent to the panel', 'submitted to panel', 'date submitted to panel'],
      hint: 'Rapid reviews only.',
    },
    {
      field: 'rapidReviewOutcome',
      label: 'Rapid review outcome',
      headers: ['rapid review outcome', 'outcome', 'rr outcome', 'outcome of rapid review'],
      hint: 'LCSPR, Other learning review or No further review. Rapid reviews only.',
    },
    {
      field: 'nationalReviewRecommended',
      label: 'National review recommended',
      headers: ['national review recommended', 'national review', 'refer for national review'],
      hint: 'Yes or No. Rapid reviews only.',
    },
    { field: 'independentReviewer', label: 'Independent reviewer', headers: ['independent reviewer', 'independent author', 'independent reviewer used'], hint: 'Yes or No.' },
    {
      field: 'familyParticipation',
      label: 'Family participation',
      headers: ['family participation', 'family involvement', 'family involved', 'family engagement'],
      hint: 'Not yet offered, Offered, Took part, Declined or Not appropriate.',
    },
    { field: 'practitionersInvolved', label: 'Practitioners involved', headers: ['practitioners involved', 'number of practitioners', 'no of practitioners', 'practitioners'] },
    {
      field: 'agencies',
      label: 'Agencies involved',
      headers: ['agencies involved', 'agencies', 'partner agencies', 'agencies involved in review'],
      hint: 'Agency names or refs, separated by semicolons.',
    },
    { field: 'themes', label: 'Themes', headers: ['themes', 'theme', 'key themes'], hint: THEMES_HINT },
  ],
};

/**
 * The training register: one row per booking on a session already recorded (course and date find it).
 * A booking is matched by its "Booking ref", else by `<session ref>/R<n>`, n counting the session's rows
 * in the sheet, so a re-import of the same sheet in the same order updates the same bookings.
 */
export const TRAINING_REGISTER_SHEET: SheetKindSpec = {
  kind: 'training-register',
  label: 'Training register',
  rowNoun: 'booking',
  columns: [
    {
      field: 'ref',
      label: 'Booking ref',
      headers: ['booking ref', 'booking reference', 'booking id', 'booking no', 'attendance ref', 'attendance reference', 'delegate ref', 'delegate id'],
      hint: 'Kept on re-import. Without it, a booking is the session\'s ref and its row within the session in the sheet: SESSION-REF/R3.',
    },
    {
      field: 'course',
      label: 'Course',
      headers: ['course', 'course title', 'course name', 'course ref', 'course reference', 'training', 'training course', 'training title', 'title of training'],
      required: true,
      hint: "The course's title or ref.",
    },
    {
      field: 'sessionDate',
      label: 'Session date',
      headers: ['session date', 'date of session', 'date of training', 'training date', 'course date', 'session', 'date attended', 'date'],
      required: true,
      hint: 'The session must already be recorded: the course and the date find it.',
    },
    {
      field: 'agency',
      label: 'Agency',
      headers: ['agency', 'attendee s agency', 'attendees agency', 'attendee agency', 'organisation', 'organization', 'employer', 'agency or sector', 'sector', 'delegate agency'],
      required: true,
      hint: "The agency's name or ref, or a sector (Police, Health, …) when the partnership has one agency of that sector.",
    },
    { field: 'role', label: 'Role', headers: ['role', 'job role', 'job title', 'attendee role', 'position', 'delegate role'], hint: "The attendee's role (Health visitor), never a name." },
    {
      field: 'attended',
      label: 'Attended',
      headers: ['attended', 'attendance', 'did attend', 'present', 'attended yes no'],
      required: true,
      hint: 'Yes or No.',
    },
    {
      field: 'confidenceBefore',
      label: 'Confidence before',
      headers: ['confidence before', 'confidence before training', 'confidence pre', 'pre confidence', 'pre course confidence', 'confidence at start', 'before'],
      hint: '1 to 5. With "Confidence after", it makes the evaluation.',
    },
    {
      field: 'confidenceAfter',
      label: 'Confidence after',
      headers: ['confidence after', 'confidence after training', 'confidence post', 'post confidence', 'post course confidence', 'confidence at end', 'after'],
      hint: '1 to 5.',
    },
    { field: 'satisfaction', label: 'Satisfaction', headers: ['satisfaction', 'satisfaction score', 'overall satisfaction', 'rating', 'overall rating'], hint: '1 to 5; needs the confidence scores.' },
    {
      field: 'evaluatedOn',
      label: 'Evaluated on',
      headers: ['evaluated on', 'evaluation date', 'date evaluated', 'evaluation submitted', 'date of evaluation'],
      hint: 'Blank or missing: the session date.',
    },
    {
      field: 'changedPractice',
      label: 'Changed practice',
      headers: ['changed practice', 'practice changed', 'follow up answer', 'follow up', 'has practice changed', 'changed practice yes no', 'impact on practice'],
      hint: 'The follow-up answer: Yes or No.',
    },
    {
      field: 'followUpSent',
      label: 'Follow-up sent',
      headers: ['follow up sent', 'follow up sent on', 'date follow up sent', 'follow up date'],
      hint: "Blank or missing: the session date plus the partnership's follow-up weeks.",
    },
    {
      field: 'respondedOn',
      label: 'Follow-up answered',
      headers: ['follow up answered', 'follow up responded', 'responded on', 'date responded', 'response date', 'follow up response date'],
      hint: 'Blank or missing: the date the follow-up was sent.',
    },
  ],
};

export const SHEET_SPECS: Record<SheetKind, SheetKindSpec> = {
  'action-plan': ACTION_PLAN_SHEET,
  'measure-values': MEASURE_VALUES_SHEET,
  notifications: NOTIFICATIONS_SHEET,
  reviews: REVIEWS_SHEET,
  'training-register': TRAINING_REGISTER_SHEET,
};

export function isSheetKind(value: unknown): value is SheetKind {
  return typeof value === 'string' && (SHEET_KINDS as readonly string[]).includes(value);
}
