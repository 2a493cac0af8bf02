/**
 * What a published figure or table counts, which decides whether it is suppressed (DESIGN.md section 4):
 *
 * - `work`: the partnership's own work (notifications made, rapid reviews held, reviews started,
 *   completed and published, actions, audits, training) and rates built on them. Every real annual
 *   report states these, so they are published as they are.
 * - `people-by-characteristic`: counts of people in a breakdown by their characteristics (age band,
 *   sex, ethnicity, disability, type of harm or abuse, locality). A count from 1 to the threshold is
 *   shown as `c`, with secondary suppression and rates on a suppressed count as `c`.
 */
export type Disclosure = 'work' | 'people-by-characteristic';

export const DISCLOSURES: readonly Disclosure[] = ['work', 'people-by-characteristic'];

/**
 * The threshold to publish a figure of this kind with: none for the partnership's work, the
 * partnership's threshold for people by characteristic. `threshold` null (exact mode) stays null.
 */
export function disclosureThreshold(disclosure: Disclosure, threshold: number | null): number | null {
  return disclosure === 'work' ? null : threshold;
}

/**
 * The note that explains `c` to a reader of the published report (web page and PDF alike): work is
 * published as it is, people by characteristic are suppressed from 1 to the threshold.
 */
export function publishedDisclosureNote(threshold: number): string {
  return (
    'Counts of the partnership’s own work (notifications made, reviews, actions, audits, training) and rates built on them ' +
    `are published as they are. c: suppressed. In tables that count people by their characteristics (such as age or type of harm), ` +
    `counts from 1 to ${threshold} are not published, so that no child, adult or family can be identified from them; further counts ` +
    'are hidden where a total would otherwise reveal a suppressed one, and a rate is shown as c when what it was counted from is ' +
    'suppressed. Totals include the suppressed counts. This follows the Department for Education convention for children’s social ' +
    'care statistics.'
  );
}

/** The warning on the exact (internal) report, web page and PDF alike. */
export const EXACT_DISCLOSURE_NOTE =
  'Exact figures, for internal use only: small numbers are not suppressed, and draft narrative is shown, marked as not yet approved. ' +
  'Do not publish or share this version; use the published version for anything that leaves the partnership.';
