import type { Section11Standard } from '@sli/shared/data-access';
import { STANDARD_LABELS } from '../labels';

/**
 * The API names a standard by its stored value (`staff-training`); beside the field it reads as the
 * standard's name ("Staff training").
 */
export function readableStandards(message: string): string {
  return message.replace(/\b[a-z]+(?:-[a-z]+)+\b/g, (word) => {
    const label = STANDARD_LABELS[word.toUpperCase().replace(/-/g, '_') as Section11Standard];
    return label ?? word;
  });
}
