import { longDate } from '@sli/analytics-domain';
/** UK English number and date formatting used across the dashboard. */
const whole = new Intl.NumberFormat('en-GB');
const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatCount = (n: number | null | undefined) => (n == null ? '–' : whole.format(n));
/** A 0..1 share as a percentage. */
export const formatShare = (v: number | null | undefined) => (v == null ? '–' : `${oneDp.format(v * 100)}%`);
/** A 0..1 rate with what it was computed from: "61.9% (73 of 118)"; "–" when there was nothing to measure. */
export function formatRate(rate: { value: number | null | undefined; numerator?: number | null; denominator?: number | null } | null | undefined): string {
  if (rate?.value == null) return '–';
  if (rate.denominator == null) return formatShare(rate.value);
  return `${formatShare(rate.value)} (${whole.format(rate.numerator ?? 0)} of ${whole.format(rate.denominator)})`;
}
export const formatNumber = (v: number | null | undefined) => (v == null ? '–' : oneDp.format(v));

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A date in words, as a sentence reads it: 6 December 2026. */
export function formatLongDate(iso: string | null | undefined): string {
  return iso ? longDate(iso) : '–';
}

/** Words for an API enum value: IMPACT_EVIDENCED → Impact evidenced. */
export function humanise(value: string | null | undefined): string {
  if (!value) return '–';
  const s = value.replace(/[_-]+/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A moment in UK time: 6 Dec 2026, 09:15. */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '–');
