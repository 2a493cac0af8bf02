import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export interface FollowUpRuleFields {
  sentOn: string;
  respondedOn?: string | null;
  changedPractice?: boolean | null;
  example?: string | null;
}

const SESSION = 'the session date';

/**
 * A follow-up's rules (`today` in England): sent on or after the session (`sessionDate`, when known),
 * answered on or after sending, neither in the future; an answer has its response date and a
 * response date its answer; an example comes with the response.
 */
export function followUpProblems(f: FollowUpRuleFields, sessionDate: string | null, today: string): FieldProblem[] {
  const respondedOn = f.respondedOn ?? null;
  const answered = f.changedPractice !== undefined && f.changedPractice !== null;
  const problems = [
    ...onOrAfter('sentOn', f.sentOn, sessionDate, SESSION),
    ...notInFuture('sentOn', f.sentOn, today),
    ...onOrAfter('respondedOn', respondedOn, f.sentOn, 'the date the follow-up was sent'),
    ...notInFuture('respondedOn', respondedOn, today),
  ];
  if (respondedOn && !answered) problems.push({ field: 'changedPractice', message: 'is required when the response date is given' });
  if (!respondedOn && answered) problems.push({ field: 'respondedOn', message: 'is required when the answer (changed practice) is given' });
  if (!respondedOn && f.example) problems.push({ field: 'example', message: 'needs the response date: an example comes with the response' });
  return problems;
}

/** An evaluation is submitted on or after the session, and not in the future. */
export function evaluationProblems(e: { submittedOn: string }, sessionDate: string | null, today: string): FieldProblem[] {
  return [...onOrAfter('submittedOn', e.submittedOn, sessionDate, SESSION), ...notInFuture('submittedOn', e.submittedOn, today)];
}
