/**
 * en-CA formats as YYYY-MM-DD. Made once: building an Intl.DateTimeFormat loads locale and time-zone
 * data (about 0.4 ms), and the argument guard asks for today on every GraphQL request.
 */
const ENGLAND_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in England (`YYYY-MM-DD`), whatever the server's or browser's time zone. */
export function todayInEngland(now: Date = new Date()): string {
  return ENGLAND_DATE.format(now);
}
