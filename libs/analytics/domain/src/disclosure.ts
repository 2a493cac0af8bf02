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
