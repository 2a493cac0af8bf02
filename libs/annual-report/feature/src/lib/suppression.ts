/** The note that explains `c`, in the words a reader of the published report needs. */
export function suppressionNote(threshold: number): string {
  return (
    'Counts of the partnership’s own work (notifications made, reviews, actions, audits, training) and rates built on them ' +
    `are published as they are. c: suppressed. In tables that count people by their characteristics (such as age or type of harm), ` +
    `counts from 1 to ${threshold} are not published, so that no child, adult or family can be identified from them; further counts ` +
    'are hidden where a total would otherwise reveal a suppressed one, and a rate is shown as c when what it was counted from is ' +
    'suppressed. Totals include the suppressed counts. This follows the Department for Education convention for children’s social ' +
    'care statistics.'
  );
}

export const EXACT_NOTE =
  'Exact figures, for internal use only: small numbers are not suppressed, and draft narrative is shown, marked as not yet approved. ' +
  'Do not publish or share this version; switch to the published version for anything that leaves the partnership.';
