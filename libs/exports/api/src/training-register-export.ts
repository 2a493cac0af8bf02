import type { ExportList, ListColumn } from './export-lists';

interface BookingNode {
  ref: string;
  role: string | null;
  attended: boolean;
  agency: { name: string };
  session: { ref: string; sessionDate: string; course: { title: string } };
  evaluation: { confidenceBefore: number; confidenceAfter: number; satisfaction: number | null; submittedOn: string } | null;
  followUp: { sentOn: string; respondedOn: string | null; changedPractice: boolean | null } | null;
}

const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? 'Yes' : 'No');

/**
 * One row per booking, under the headers the training-register spreadsheet import reads
 * (libs/exchange/domain/src/spreadsheets/sheet-kinds.ts), so a downloaded register imports back to
 * the same state: the booking's own ref keys it, the course's title and the session's date find its
 * session. The evaluation's comment and the follow-up's example are not in the sheet, and an import
 * keeps what is held for them.
 */
export const TRAINING_REGISTER_COLUMNS: ListColumn<BookingNode>[] = [
  { key: 'ref', header: 'Booking ref', type: 'text', width: 20, value: (n) => n.ref },
  { key: 'course', header: 'Course', type: 'text', width: 40, value: (n) => n.session.course.title },
  { key: 'sessionDate', header: 'Session date', type: 'date', value: (n) => n.session.sessionDate },
  { key: 'agency', header: 'Agency', type: 'text', width: 30, value: (n) => n.agency.name },
  { key: 'role', header: 'Role', type: 'text', width: 24, value: (n) => n.role },
  { key: 'attended', header: 'Attended', type: 'text', width: 10, value: (n) => yesNo(n.attended) },
  { key: 'confidenceBefore', header: 'Confidence before', type: 'number', value: (n) => n.evaluation?.confidenceBefore ?? null },
  { key: 'confidenceAfter', header: 'Confidence after', type: 'number', value: (n) => n.evaluation?.confidenceAfter ?? null },
  { key: 'satisfaction', header: 'Satisfaction', type: 'number', value: (n) => n.evaluation?.satisfaction ?? null },
  { key: 'evaluatedOn', header: 'Evaluated on', type: 'date', value: (n) => n.evaluation?.submittedOn ?? null },
  { key: 'changedPractice', header: 'Changed practice', type: 'text', width: 12, value: (n) => yesNo(n.followUp?.changedPractice) },
  { key: 'followUpSent', header: 'Follow-up sent', type: 'date', value: (n) => n.followUp?.sentOn ?? null },
  { key: 'respondedOn', header: 'Follow-up answered', type: 'date', value: (n) => n.followUp?.respondedOn ?? null },
];

/** The register of the sessions a page lists (or of one session): every booking, by ref. */
export const TRAINING_REGISTER_LIST: ExportList<BookingNode> = {
  name: 'training-register',
  title: 'Training register',
  document: `query ExportTrainingRegister($filter: TrainingAttendanceFilter, $sort: TrainingAttendanceSortField, $direction: SortDirection, $first: Int!, $after: String) {
    trainingAttendances(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ref role attended agency { name } session { ref sessionDate course { title } }
        evaluation { confidenceBefore confidenceAfter satisfaction submittedOn } followUp { sentOn respondedOn changedPractice } } } }`,
  field: 'trainingAttendances',
  variables: ['filter', 'sort', 'direction'],
  columns: TRAINING_REGISTER_COLUMNS,
  words: { dates: 'Session dates', agency: 'Booked by' },
};
