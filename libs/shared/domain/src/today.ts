/** Today's date in England (`YYYY-MM-DD`), whatever the server's or browser's time zone. */
export function todayInEngland(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
