import { normaliseHeader, readWord, SECTOR_WORDS, TRAINING_REGISTER_SHEET, type AttendanceRecord, type HeaderMatch } from '@sli/exchange-domain';
import { longDate } from '@sli/shared/domain';
import { didYouMean } from './closest';
import type { Conversion } from './conversion';
import { checkOnce, NameLookup } from './register-lookups';
import { RowReader } from './sheet-reader';
import type { SheetRow } from './spreadsheet.types';

/*
 * Training-register rows → bundle `attendances`, one row per booking on a session already recorded
 * (the course, by title or ref, and the session date find exactly one; the register never creates a
 * session, whose capacity it does not know). A booking is matched by its "Booking ref", else by
 * `<session ref>/R<n>`, n counting that session's rows in the sheet. The scores make the evaluation
 * (submitted on "Evaluated on", else the session date); the follow-up answer makes the follow-up (sent
 * on "Follow-up sent", else the session date plus the partnership's follow-up weeks; answered on
 * "Follow-up answered", else the day it was sent). Columns the sheet lacks keep what is held. The
 * training rules (evaluation and follow-up not before the session, not in the future) are the bundle
 * importer's, placed back on the row and column.
 */

export interface TrainingRegisterData {
  partnership: string;
  followUpWeeks: number;
  agencies: readonly { ref: string; name: string; sector: string }[];
  courses: readonly { ref: string; title: string }[];
  sessions: readonly { ref: string; course: string; sessionDate: string }[];
  /** The partnership's bookings as the bundle holds them. */
  attendances: ReadonlyMap<string, AttendanceRecord>;
}

/** The column each field of an attendance is read from; a nested field by its path. */
const COLUMN_OF: Record<string, string> = {
  ref: 'ref',
  session: 'sessionDate',
  agency: 'agency',
  role: 'role',
  attended: 'attended',
  evaluation: 'confidenceBefore',
  'evaluation.confidenceBefore': 'confidenceBefore',
  'evaluation.confidenceAfter': 'confidenceAfter',
  'evaluation.satisfaction': 'satisfaction',
  'evaluation.submittedOn': 'evaluatedOn',
  followUp: 'changedPractice',
  'followUp.changedPractice': 'changedPractice',
  'followUp.sentOn': 'followUpSent',
  'followUp.respondedOn': 'respondedOn',
};

export function convertTrainingRegister(rows: readonly SheetRow[], match: HeaderMatch, data: TrainingRegisterData): Conversion {
  const courses = new NameLookup(data.courses.map((c) => ({ key: c.ref, name: c.title })));
  const agencies = new NameLookup(data.agencies.map((a) => ({ key: a.ref, name: a.name })));
  const titleOf = new Map(data.courses.map((c) => [c.ref, c.title]));
  const refOf = new Map(data.courses.map((c) => [c.ref.toLowerCase(), c.ref]));
  const sameTitle = coursesByTitle(data.courses);
  const perSession = new Map<string, number>();
  const seen = new Map<string, number>();
  const readers: RowReader[] = [];
  const records: AttendanceRecord[] = [];
  const rowOf: number[] = [];
  const sample: Conversion['sample'] = [];
  for (const row of rows) {
    const r = new RowReader(TRAINING_REGISTER_SHEET, match, row);
    readers.push(r);
    const courseText = r.required('course');
    const byRef = courseText === null ? undefined : refOf.get(courseText.trim().toLowerCase());
    const course = byRef ?? (courseText === null ? undefined : courses.find(courseText));
    if (courseText !== null && course === undefined) {
      r.fail('course', `"${courseText}" is not a training course of partnership ${data.partnership}.${didYouMean(courseText, courses.names)}`);
    }
    const sessionDate = r.date('sessionDate');
    if (sessionDate === null) r.fail('sessionDate', 'is required');
    // A title several courses share names them all: the date (and a booking's own ref) tells their sessions apart.
    const named = byRef ? [byRef] : course ? (sameTitle.get(course) ?? [course]) : [];
    let ref: string | null = r.has('ref') ? r.text('ref') : null;
    const held = ref === null ? undefined : data.attendances.get(ref)?.session;
    const session = course && sessionDate ? findSession(r, data, named, titleOf.get(course) ?? course, sessionDate, held) : undefined;

    // The booking's key: its own ref, else the session's ref and the row's place among the session's rows.
    if (session) {
      const n = (perSession.get(session) ?? 0) + 1;
      perSession.set(session, n);
      ref ??= `${session}/R${n}`;
    }
    checkOnce(r, ref, seen, 'booking');
    const existing = ref === null ? undefined : data.attendances.get(ref);

    const agency = readAgency(r, data, agencies);
    const role = r.has('role') ? r.text('role') : (existing?.role ?? null);
    const attended = r.yesNo('attended');
    if (attended === null) r.fail('attended', 'is required');
    const evaluation = readEvaluation(r, sessionDate, existing);
    const followUp = readFollowUp(r, sessionDate, data.followUpWeeks, existing);

    if (!r.ok || !ref || !session || !agency || attended === null || attended === undefined || evaluation === undefined || followUp === undefined) continue;
    const record: AttendanceRecord = { partnership: data.partnership, ref, session, agency, attended, role, evaluation, followUp };
    records.push(record);
    rowOf.push(row.number);
    if (sample.length < 20) {
      sample.push({
        row: row.number,
        values: {
          ref,
          session,
          agency,
          attended: attended ? 'Yes' : 'No',
          confidenceBefore: evaluation?.confidenceBefore ?? null,
          confidenceAfter: evaluation?.confidenceAfter ?? null,
          changedPractice: followUp?.changedPractice === undefined || followUp.changedPractice === null ? null : followUp.changedPractice ? 'Yes' : 'No',
        },
      });
    }
  }
  return {
    section: 'attendances',
    records,
    rowOf,
    locate: (index, path) => {
      const field = fieldOf(path);
      const i = match.columns[field];
      return { row: rowOf[index] ?? null, column: i === undefined ? null : match.headers[i] || null };
    },
    fieldOf,
    problems: readers.flatMap((r) => r.problems),
    counts: null,
    sample,
  };
}

/** The sheet field an importer's problem at `path` (`followUp.sentOn`) is about. */
function fieldOf(path: string): string {
  return COLUMN_OF[path] ?? COLUMN_OF[path.split(/[.[]/)[0] ?? ''] ?? path;
}

/** Each course's ref → the refs of every course with its title (itself included). */
function coursesByTitle(courses: TrainingRegisterData['courses']): Map<string, string[]> {
  const byTitle = new Map<string, string[]>();
  for (const c of courses) {
    const key = normaliseHeader(c.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), c.ref]);
  }
  return new Map(courses.map((c) => [c.ref, byTitle.get(normaliseHeader(c.title)) ?? [c.ref]]));
}

/**
 * The one session of the course(s) on the day; none or several is a problem on the date, unless the
 * booking already held (found by its ref) is on one of them: a re-imported download stays on its session.
 */
function findSession(r: RowReader, data: TrainingRegisterData, courses: readonly string[], title: string, day: string, held: string | undefined): string | undefined {
  const ofCourse = data.sessions.filter((s) => courses.includes(s.course));
  const found = ofCourse.filter((s) => s.sessionDate === day);
  if (found.length === 1) return found[0]?.ref;
  if (held !== undefined && found.some((s) => s.ref === held)) return held;
  if (found.length === 0) {
    const dates = ofCourse.map((s) => longDate(s.sessionDate));
    const held = dates.length === 0 ? 'it has no sessions' : `its sessions are on ${dates.slice(0, 5).join(', ')}${dates.length > 5 ? ', …' : ''}`;
    r.fail('sessionDate', `no session of "${title}" is recorded on ${longDate(day)} (${held}): record the session first`);
  } else {
    r.fail('sessionDate', `"${title}" has ${found.length} sessions on ${longDate(day)} (${found.map((s) => s.ref).join(', ')}): the register cannot tell which`);
  }
  return undefined;
}

/** An agency by name or ref, or a sector with exactly one agency of the partnership in it. */
function readAgency(r: RowReader, data: TrainingRegisterData, agencies: NameLookup): string | undefined {
  const text = r.required('agency');
  if (text === null) return undefined;
  const byName = agencies.find(text);
  if (byName !== undefined) return byName;
  const sector = readWord(text, SECTOR_WORDS);
  if (sector !== undefined) {
    const inSector = data.agencies.filter((a) => a.sector === sector);
    if (inSector.length === 1) return inSector[0]?.ref;
    r.fail(
      'agency',
      inSector.length === 0
        ? `"${text}": no agency of partnership ${data.partnership} is in that sector; name the agency.${didYouMean(text, agencies.names)}`
        : `"${text}" is the sector of ${inSector.length} agencies of partnership ${data.partnership}: name one of ${inSector.map((a) => `"${a.name}"`).join(', ')}`,
    );
    return undefined;
  }
  r.fail('agency', `"${text}" is not an agency or sector of partnership ${data.partnership}.${didYouMean(text, agencies.names)}`);
  return undefined;
}

/** A score from 1 to 5, null when blank. */
function readScore(r: RowReader, field: string): number | null | undefined {
  const cell = r.cell(field);
  const text = r.text(field);
  if (text === null) return null;
  const n = typeof cell === 'number' ? cell : Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= 5) return n;
  r.fail(field, `"${text}" is not a score from 1 to 5`);
  return undefined;
}

/** The evaluation the scores make: null when all are blank, kept when the sheet has no score columns. */
function readEvaluation(r: RowReader, sessionDate: string | null | undefined, existing: AttendanceRecord | undefined): AttendanceRecord['evaluation'] | undefined {
  if (!r.has('confidenceBefore') && !r.has('confidenceAfter') && !r.has('satisfaction')) return existing?.evaluation ?? null;
  const before = readScore(r, 'confidenceBefore');
  const after = readScore(r, 'confidenceAfter');
  const satisfaction = readScore(r, 'satisfaction');
  if (before === undefined || after === undefined || satisfaction === undefined) return undefined;
  if (before === null && after === null && satisfaction === null) return null;
  if (before === null) r.fail('confidenceBefore', 'is required with the other scores of the evaluation');
  if (after === null) r.fail('confidenceAfter', 'is required with the other scores of the evaluation');
  const evaluatedOn = r.has('evaluatedOn') ? r.date('evaluatedOn') : null;
  if (before === null || after === null || evaluatedOn === undefined || !sessionDate) return undefined;
  return {
    confidenceBefore: before,
    confidenceAfter: after,
    satisfaction,
    comment: existing?.evaluation?.comment ?? null,
    submittedOn: evaluatedOn ?? sessionDate,
  };
}

/** The follow-up the answer makes: null when answer and dates are blank, kept when the sheet has none of its columns. */
function readFollowUp(r: RowReader, sessionDate: string | null | undefined, weeks: number, existing: AttendanceRecord | undefined): AttendanceRecord['followUp'] | undefined {
  if (!r.has('changedPractice') && !r.has('followUpSent') && !r.has('respondedOn')) return existing?.followUp ?? null;
  const answer = r.has('changedPractice') ? r.yesNo('changedPractice') : (existing?.followUp?.changedPractice ?? null);
  const sent = r.has('followUpSent') ? r.date('followUpSent') : null;
  const responded = r.has('respondedOn') ? r.date('respondedOn') : null;
  if (answer === undefined || sent === undefined || responded === undefined) return undefined;
  if (answer === null && sent === null && responded === null) return null;
  if (!sessionDate) return undefined;
  const sentOn = sent ?? addDays(sessionDate, weeks * 7);
  return {
    sentOn,
    respondedOn: responded ?? (answer === null ? null : sentOn),
    changedPractice: answer,
    example: existing?.followUp?.example ?? null,
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
