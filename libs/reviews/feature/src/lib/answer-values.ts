import { answerProblems, type KnownToAgencyValue } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { GraphQLRequestError, type InformationRequestAnswerInput, type KnownToAgency } from '@sli/shared/data-access';
import { isoToKept, parseKeptDate, sentence, type SummaryItem } from '@sli/shared/ui';
import type { RequestToAnswer } from '../api/answers';

export const ANSWER_LABELS = {
  knownToAgency: 'Was the subject known to your agency?',
  involvedFrom: 'Involvement from',
  involvedTo: 'Involvement to',
  involvement: 'Summary of involvement',
  analysis: 'Analysis and learning identified',
  notes: 'Anything else the review should know',
  submit: 'Submit',
};
export type AnswerField = keyof typeof ANSWER_LABELS;

export const ROW_LABELS = { occurredOn: 'Date of event', agencyId: 'Agency', event: 'Event', source: 'Source' };
export type RowField = keyof typeof ROW_LABELS;

/** A chronology row as typed: the date kept as its three parts. */
export interface RowValues {
  key: string;
  occurredOn: string;
  agencyId: string;
  event: string;
  source: string;
}

export const PSEUDONYMS = 'Use pseudonyms only, such as “Child A” or “Adult B”: never the names of children or family members.';

let next = 0;
export const newRow = (agencyId: string): RowValues => ({ key: `new-${++next}`, occurredOn: isoToKept(null), agencyId, event: '', source: '' });

export function initialValues(r: RequestToAnswer) {
  const a = r.answer;
  const rows: RowValues[] = (a?.chronology ?? []).map((c) => ({
    key: `saved-${c.position}`,
    occurredOn: isoToKept(c.occurredOn),
    agencyId: c.agencyId,
    event: c.event,
    source: c.source ?? '',
  }));
  return {
    knownToAgency: (a?.knownToAgency ?? '') as string,
    involvedFrom: isoToKept(a?.involvedFrom),
    involvedTo: isoToKept(a?.involvedTo),
    involvement: a?.involvement ?? '',
    analysis: a?.analysis ?? '',
    notes: a?.notes ?? '',
    rows: JSON.stringify(rows.length ? rows : [newRow(r.agency.id)]),
  };
}
export type AnswerValues = ReturnType<typeof initialValues>;

export const rowsOf = (v: AnswerValues): RowValues[] => JSON.parse(v.rows) as RowValues[];
/** A row nobody has typed in: left out of what is saved. */
const blank = (r: RowValues) => !parseKeptDate(r.occurredOn, '').value && !r.event.trim() && !r.source.trim();

/** Where the form's problems are shown: beside each field, beside each row's field, and in the summary. */
export interface AnswerProblems {
  fields: Partial<Record<AnswerField, string>>;
  rows: Map<string, string>;
  summary: SummaryItem[];
}

export const fieldId = (f: AnswerField) => `answer-${f}`;
export const rowFieldId = (i: number, f: RowField) => `answer-row-${i + 1}-${f}`;

/**
 * Sorts problems to their places. `shown` maps a row's position in what was sent (blank rows are left
 * out) to its position on the form, so "row 2" is the second row the reader sees.
 */
function collect(problems: { field: string; message: string }[], shown: readonly number[], others: string[] = []): AnswerProblems {
  const out: AnswerProblems = { fields: {}, rows: new Map(), summary: [] };
  for (const p of problems) {
    const row = /^chronology\[(\d+)\]\.(\w+)$/.exec(p.field);
    if (row) {
      const [, sent, f] = row;
      const i = shown[Number(sent)] ?? Number(sent);
      const key = `${i}.${f}`;
      if (out.rows.has(key)) continue;
      const text = `Chronology row ${i + 1}: ${p.message.replace(/^row \d+: /i, '')}`;
      out.rows.set(key, text);
      out.summary.push({ text, href: `#${rowFieldId(i, f as RowField)}` });
      continue;
    }
    const f = p.field.split('.').pop() as AnswerField;
    if (f in ANSWER_LABELS && !out.fields[f]) {
      out.fields[f] = sentence(ANSWER_LABELS[f], p.message);
      out.summary.push({ text: out.fields[f] as string, href: `#${fieldId(f)}` });
    } else others.push(sentence(p.field, p.message));
  }
  out.summary.push(...others.map((text) => ({ text })));
  return out;
}

/** The API's refusal, read into the same places (a problem of a row names its number). */
export function serverProblems(error: unknown, shown: readonly number[]): AnswerProblems {
  if (!error) return collect([], shown);
  if (error instanceof GraphQLRequestError && error.fields.length) return collect(error.fields, shown);
  return collect([], shown, [error instanceof Error ? error.message : String(error)]);
}

/**
 * The answer to send, and the problems found before sending: dates that are not dates, then the API's own
 * rules (the domain's answerProblems), so the words beside each field are the API's.
 */
export function checkAnswer(v: AnswerValues, submit: boolean): { input: InformationRequestAnswerInput; problems: AnswerProblems; shown: number[] } {
  const dates: { field: string; message: string }[] = [];
  const date = (field: string, kept: string, label: string) => {
    const parsed = parseKeptDate(kept, label);
    if (parsed.problem) dates.push({ field, message: parsed.problem });
    return parsed.value;
  };
  const typed = rowsOf(v)
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !blank(r));
  const rows = typed.map(({ r }) => r);
  const shown = typed.map(({ i }) => i);
  const input: InformationRequestAnswerInput = {
    knownToAgency: (v.knownToAgency || null) as KnownToAgency | null,
    involvedFrom: date('involvedFrom', v.involvedFrom, ANSWER_LABELS.involvedFrom),
    involvedTo: date('involvedTo', v.involvedTo, ANSWER_LABELS.involvedTo),
    involvement: v.involvement.trim() || null,
    analysis: v.analysis.trim() || null,
    notes: v.notes.trim() || null,
    chronology: rows.map((r, i) => ({
      occurredOn: date(`chronology[${i}].occurredOn`, r.occurredOn, 'The date of the event'),
      agencyId: r.agencyId || null,
      event: r.event.trim() || null,
      source: r.source.trim() || null,
    })),
  };
  const rules = answerProblems(
    {
      knownToAgency: input.knownToAgency ? (input.knownToAgency.toLowerCase() as KnownToAgencyValue) : null,
      involvedFrom: input.involvedFrom ?? null,
      involvedTo: input.involvedTo ?? null,
      involvement: input.involvement ?? null,
      analysis: input.analysis ?? null,
      notes: input.notes ?? null,
    },
    (input.chronology ?? []).map((c) => ({ occurredOn: c.occurredOn ?? null, agencyId: c.agencyId != null ? String(c.agencyId) : null, event: c.event ?? null, source: c.source ?? null })),
    { submit, today: todayInEngland() },
  ).filter((p) => !dates.some((d) => d.field === p.field));
  return { input, problems: collect([...dates, ...rules], shown), shown };
}
