import type { AgeBand, Harm, NotificationDecision } from '@sli/shared/data-access';

export const HARM_LABELS: Record<Harm, string> = { DEATH: 'Death', SERIOUS_HARM: 'Serious harm' };
export const AGE_LABELS: Record<AgeBand, string> = { UNDER_1: 'Under 1', AGE_1_5: '1 to 5', AGE_6_10: '6 to 10', AGE_11_15: '11 to 15', AGE_16_17: '16 to 17' };
export const DECISION_LABELS: Record<NotificationDecision, string> = {
  PENDING: 'Not decided yet',
  RAPID_REVIEW: 'Rapid review',
  NO_RAPID_REVIEW: 'No rapid review',
};

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
