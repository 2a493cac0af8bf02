import type { TrainingDelivery } from '@sli/shared/data-access';
import type { RadioOption } from '@sli/shared/ui';

export const DELIVERY_LABELS: Record<TrainingDelivery, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  HYBRID: 'Hybrid (in person and online)',
  E_LEARNING: 'E-learning',
};

/** The 1 to 5 scale of confidence and satisfaction, with its two ends named. */
export const SCALE: RadioOption[] = [
  { value: '1', label: '1 (lowest)' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 (highest)' },
];

export const yesNo = (value: boolean | null | undefined, yes = 'Yes', no = 'No'): string => (value === true ? yes : value === false ? no : '');

export function options<K extends string>(labels: Record<K, string>): RadioOption[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** Hours as people say them: "1.5 hours", "1 hour". */
export function hoursWords(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '';
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
