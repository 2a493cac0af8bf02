/** The note that explains `c`, in the words a reader of the published report needs. */
export function suppressionNote(threshold: number): string {
  return (
    `c: suppressed. Counts from 1 to ${threshold} are not published, so that no child, adult or family can be identified ` +
    'from them; further counts are hidden where a row or column total would otherwise reveal a suppressed one, ' +
    'and a rate is shown as c when what it was counted from is suppressed. Totals include the suppressed counts. ' +
    'This follows the Department for Education convention for children’s social care statistics.'
  );
}

export const EXACT_NOTE =
  'Exact figures, for internal use only: small numbers are not suppressed. Do not publish or share this version; ' +
  'switch to the published version for anything that leaves the partnership.';
