import type { FieldProblem } from '@sli/shared/api-core';
import type { TrainingFollowUpInput } from './dto/training-attendance.input';

/** The follow-up's own rules: a response has an answer and comes after sending, which comes after the session. */
export function followUpProblems(input: TrainingFollowUpInput, sessionDate: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const respondedOn = input.respondedOn ?? null;
  const responded = respondedOn !== null;
  const answered = input.changedPractice !== undefined && input.changedPractice !== null;
  if (input.sentOn < sessionDate) problems.push({ field: 'sentOn', message: `must be on or after the session date ${sessionDate}` });
  if (respondedOn !== null && respondedOn < input.sentOn) problems.push({ field: 'respondedOn', message: 'must be on or after sentOn' });
  if (responded && !answered) problems.push({ field: 'changedPractice', message: 'is required when respondedOn is given' });
  if (!responded && answered) problems.push({ field: 'respondedOn', message: 'is required when changedPractice is given' });
  if (!responded && input.example) problems.push({ field: 'example', message: 'needs respondedOn: an example comes with the response' });
  return problems;
}
