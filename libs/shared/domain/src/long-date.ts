/** A `YYYY-MM-DD` date (or an ISO timestamp's date) as a UK reader writes it: 6 December 2026. */
export function longDate(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
