import { notInFuture, type FieldProblem } from '@sli/shared/domain';

/** How a partnership answered a recommendation. */
export type RecommendationResponseValue = 'accepted' | 'accepted-in-part' | 'not-accepted';

export const RECOMMENDATION_RESPONSE_WORDS: Record<RecommendationResponseValue, string> = {
  accepted: 'accepted',
  'accepted-in-part': 'accepted in part',
  'not-accepted': 'not accepted',
};

export interface RecommendationResponseFields {
  response?: RecommendationResponseValue | null;
  responseReasons?: string | null;
  respondedOn?: string | null;
}

/**
 * The response to a recommendation: accepted, accepted in part or not accepted, on a day that has come,
 * with the reasons when it is not accepted in full (a safeguarding adults board must report them).
 */
export function recommendationResponseProblems(r: RecommendationResponseFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const response = r.response ?? null;
  if (response && !r.respondedOn) problems.push({ field: 'respondedOn', message: 'is required when the recommendation has a response' });
  if (!response && r.respondedOn) problems.push({ field: 'respondedOn', message: 'needs a response: accepted, accepted in part or not accepted' });
  if ((response === 'accepted-in-part' || response === 'not-accepted') && !r.responseReasons?.trim()) {
    problems.push({ field: 'responseReasons', message: `are required when the recommendation is ${RECOMMENDATION_RESPONSE_WORDS[response]}` });
  }
  problems.push(...notInFuture('respondedOn', r.respondedOn, today));
  return problems;
}
