import { notInFuture, onOrAfter, repeatedItems, type FieldProblem } from '@sli/shared/domain';

/**
 * An audit round gives each invited agency four working weeks (20 working days) to return its part.
 * Unlike a rapid review's information (5 working days, inside the 15-working-day clock) an audit has no
 * statutory clock, and a self-assessment gathers evidence from across the agency (policies, training
 * records, supervision audits), which partnerships commonly allow a month for.
 */
export const AUDIT_RETURN_DEFAULT_WORKING_DAYS = 20;

/** Returns are reminded a working week before they fall due (a month's work: two days' notice is too little to act on). */
export const AUDIT_RETURN_WORKING_DAYS_BEFORE = 5;

export const AUDIT_RETURN_TEXT_MAX = 8000;

export interface InvitationDates {
  sentOn: string;
  dueOn: string;
}

/** An invitation is sent no later than today and due no earlier than it was sent. */
export function invitationProblems(d: InvitationDates, today: string): FieldProblem[] {
  return [...notInFuture('sentOn', d.sentOn, today), ...onOrAfter('dueOn', d.dueOn, d.sentOn, 'the date the invitation was sent')];
}

export interface ReturnAssessmentRow {
  /** The standard of the round's tool. */
  toolStandardId: string;
  rating: string | null;
  narrative: string | null;
  evidence: string | null;
}

export interface ReturnCaseRow {
  auditCaseId: string;
  narrative: string | null;
}

export interface ReturnFacts {
  summary: string | null;
  assessments: readonly ReturnAssessmentRow[];
  cases: readonly ReturnCaseRow[];
}

/** What the round asks for: its tool's standards (a self-assessment) or its cases (a case audit), each with its words for messages. */
export interface RoundShape {
  kind: 'self-assessment' | 'case-audit';
  standards: readonly { id: string; title: string }[];
  cases: readonly { id: string; ref: string }[];
}

const tooLong = (field: string, value: string | null): FieldProblem[] =>
  value && value.length > AUDIT_RETURN_TEXT_MAX ? [{ field, message: `must be ${AUDIT_RETURN_TEXT_MAX} characters or fewer (it has ${value.length})` }] : [];

/**
 * A return's problems, each naming its field as in the GraphQL input (`assessments[2].evidence`).
 * A draft may be partial; every row it holds must still belong to the round and, for a standard, carry a
 * rating (a self-assessment row is a rating). Submitting asks for the whole return: a summary, and every
 * standard rated with its evidence, or a narrative on every case.
 */
export function returnProblems(r: ReturnFacts, round: RoundShape, submit: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [...tooLong('summary', r.summary)];
  const standards = new Map(round.standards.map((s) => [s.id, s]));
  const cases = new Map(round.cases.map((c) => [c.id, c]));
  // Rows of the other kind are one problem, not one per row.
  if (round.kind === 'case-audit' && r.assessments.length > 0) {
    return [...problems, { field: 'assessments', message: 'must be empty: a case audit is returned as a narrative per case' }];
  }
  if (round.kind === 'self-assessment' && r.cases.length > 0) {
    return [...problems, { field: 'cases', message: 'must be empty: a self-assessment is returned as a rating and evidence per standard' }];
  }
  r.assessments.forEach((a, i) => {
    const at = `assessments[${i}]`;
    if (!standards.has(a.toolStandardId)) problems.push({ field: `${at}.toolStandardId`, message: "is not a standard of the round's tool" });
    if (!a.rating) problems.push({ field: `${at}.rating`, message: 'is required: rate the standard, or leave the whole row out' });
    if (submit && !a.evidence) problems.push({ field: `${at}.evidence`, message: 'is required to submit: say what shows the rating' });
    problems.push(...tooLong(`${at}.narrative`, a.narrative), ...tooLong(`${at}.evidence`, a.evidence));
  });
  problems.push(...repeatedItems(r.assessments, 'assessments', 'toolStandardId', (a) => a.toolStandardId, 'standard'));
  r.cases.forEach((c, i) => {
    const at = `cases[${i}]`;
    if (!cases.has(c.auditCaseId)) problems.push({ field: `${at}.auditCaseId`, message: "is not a case of this audit" });
    if (!c.narrative) problems.push({ field: `${at}.narrative`, message: 'is required: write the narrative, or leave the whole row out' });
    problems.push(...tooLong(`${at}.narrative`, c.narrative));
  });
  problems.push(...repeatedItems(r.cases, 'cases', 'auditCaseId', (c) => c.auditCaseId, 'case'));
  if (!submit) return problems;

  if (!r.summary) problems.push({ field: 'summary', message: "is required to submit: the agency's summary of its return" });
  if (round.kind === 'self-assessment') {
    const rated = new Set(r.assessments.map((a) => a.toolStandardId));
    const missing = round.standards.filter((s) => !rated.has(s.id));
    if (missing.length > 0) {
      problems.push({ field: 'assessments', message: `must rate every standard to submit; not yet rated: ${missing.map((s) => s.title).join('; ')}` });
    }
  } else {
    const written = new Set(r.cases.map((c) => c.auditCaseId));
    const missing = round.cases.filter((c) => !written.has(c.id));
    if (missing.length > 0) {
      problems.push({ field: 'cases', message: `must give a narrative on every case to submit; not yet written: ${missing.map((c) => c.ref).join(', ')}` });
    }
  }
  return problems;
}
