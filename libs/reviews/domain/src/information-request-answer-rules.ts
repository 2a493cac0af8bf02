import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export type KnownToAgencyValue = 'yes' | 'no' | 'unknown';
export type InformationRequestStatusValue = 'sent' | 'reminded' | 'returned' | 'overdue';

export const KNOWN_TO_AGENCY_WORDS: Record<KnownToAgencyValue, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };
export const INFORMATION_REQUEST_STATUS_WORDS: Record<InformationRequestStatusValue, string> = {
  sent: 'Sent',
  reminded: 'Reminded',
  returned: 'Returned',
  overdue: 'Overdue',
};

/** Longest structured text (involvement, analysis, notes) and chronology event; a chronology source. */
export const ANSWER_TEXT_MAX = 8000;
export const EVENT_MAX = 4000;
export const SOURCE_MAX = 500;

export interface RequestStatusFacts {
  dueOn: string;
  returnedOn: string | null;
  /** The latest day the agency was reminded of it (a recorded reminder, or a reminder notice), if any. */
  remindedOn: string | null;
}

/**
 * Where a request stands as of a day: returned once its return is dated on or before that day; else
 * overdue after its due date (never on it); else reminded once a reminder went out; else sent. Overdue
 * wins over reminded: a reminder on the day it falls overdue does not hide that it is late.
 */
export function informationRequestStatus(r: RequestStatusFacts, asOf: string): InformationRequestStatusValue {
  if (r.returnedOn && r.returnedOn <= asOf) return 'returned';
  if (r.dueOn < asOf) return 'overdue';
  if (r.remindedOn && r.remindedOn <= asOf) return 'reminded';
  return 'sent';
}

export interface AnswerFields {
  knownToAgency: KnownToAgencyValue | null;
  involvedFrom: string | null;
  involvedTo: string | null;
  involvement: string | null;
  analysis: string | null;
  notes: string | null;
}

export interface ChronologyRowFields {
  occurredOn: string | null;
  agencyId: string | null;
  event: string | null;
  source: string | null;
}

const tooLong = (field: string, value: string | null, max: number, prefix = ''): FieldProblem[] =>
  value && value.length > max ? [{ field, message: `${prefix}must be ${max} characters or fewer (it has ${value.length})` }] : [];

/**
 * Every problem of an agency's answer at once. A draft may be incomplete; a submitted return says whether
 * the subject was known to the agency and what its involvement was (a known subject's period too). Each
 * chronology row is dated, not in the future, with an agency and an event; its problems name the row by
 * its number from 1 (`chronology[1].occurredOn`: "row 2: …").
 */
export function answerProblems(a: AnswerFields, rows: readonly ChronologyRowFields[], o: { submit: boolean; today: string }): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...onOrAfter('involvedTo', a.involvedTo, a.involvedFrom, 'the start of the involvement'),
    ...notInFuture('involvedFrom', a.involvedFrom, o.today),
    ...notInFuture('involvedTo', a.involvedTo, o.today),
    ...tooLong('involvement', a.involvement, ANSWER_TEXT_MAX),
    ...tooLong('analysis', a.analysis, ANSWER_TEXT_MAX),
    ...tooLong('notes', a.notes, ANSWER_TEXT_MAX),
  ];
  if (o.submit) {
    if (!a.knownToAgency) problems.push({ field: 'knownToAgency', message: 'is required to submit: say whether the subject was known to your agency' });
    if (!a.involvement) problems.push({ field: 'involvement', message: 'is required to submit: summarise your involvement, or say there was none' });
    if (a.knownToAgency === 'yes' && !a.involvedFrom) problems.push({ field: 'involvedFrom', message: 'is required to submit when the subject was known to your agency' });
  }
  rows.forEach((r, i) => {
    const at = (field: string) => `chronology[${i}].${field}`;
    const row = `row ${i + 1}: `;
    if (!r.occurredOn) problems.push({ field: at('occurredOn'), message: `${row}the date of the event is required` });
    for (const p of notInFuture(at('occurredOn'), r.occurredOn, o.today)) problems.push({ ...p, message: `${row}the date of the event ${p.message}` });
    if (!r.agencyId) problems.push({ field: at('agencyId'), message: `${row}the agency is required` });
    if (!r.event?.trim()) problems.push({ field: at('event'), message: `${row}the event is required: what happened, with pseudonyms ("Child A"), never names` });
    problems.push(...tooLong(at('event'), r.event, EVENT_MAX, row), ...tooLong(at('source'), r.source, SOURCE_MAX, row));
  });
  return problems;
}
