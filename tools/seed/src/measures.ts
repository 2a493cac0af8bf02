import type { MeasureRecord, MeasureUnit, PartnershipKind, Periodicity, Polarity, Quadrant } from '@sli/exchange-domain';
import { existingAgencies, type PartnershipContext } from './context';
import { addMonths, type Day, iso, quartersOf, yearLabel, yearOf, yearStart } from './dates';
import type { Random } from './random';
import { COMMITTEES } from './reference-data';

interface MeasureSpec {
  ref: string;
  name: string;
  quadrant: Quadrant;
  polarity: Polarity;
  unit: MeasureUnit;
  periodicity: Periodicity;
  kinds: 'children' | 'adults' | 'all';
  /** A computed measure names a built-in metric; the system fills its values. */
  metric?: string;
  target?: number;
  headline?: boolean;
  agency?: string;
  /** An entered measure's values drift from `from` to `to` over the years, with noise. No series: no data yet. */
  series?: { from: number; to: number; noise: number };
}

const SPECS: readonly MeasureSpec[] = [
  // How much did we do?
  { ref: 'M-NOTIFICATIONS', name: 'Serious incident notifications', quadrant: 'how-much', polarity: 'lower-is-better', unit: 'count', periodicity: 'quarter', kinds: 'children', metric: 'notifications', headline: true },
  { ref: 'M-TRAINING-REACH', name: 'Practitioners attending partnership training', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'quarter', kinds: 'all', metric: 'training-reach' },
  { ref: 'M-EARLY-HELP', name: 'Families supported through early help', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'quarter', kinds: 'children', series: { from: 420, to: 560, noise: 25 } },
  { ref: 'M-S42-ENQUIRIES', name: 'Section 42 enquiries started', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'quarter', kinds: 'adults', series: { from: 150, to: 190, noise: 12 } },
  // How well did we do it?
  { ref: 'M-NOTIFIED-ON-TIME', name: 'Notifications made within 5 working days', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children', metric: 'notifications-on-time', target: 95 },
  { ref: 'M-RAPID-REVIEWS-ON-TIME', name: 'Rapid reviews sent to the Panel within 15 working days', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children', metric: 'rapid-reviews-on-time', target: 90, headline: true },
  { ref: 'M-ACTIONS-ON-TIME', name: 'Review and audit actions completed on time', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'all', metric: 'actions-completed-on-time', target: 80, headline: true },
  { ref: 'M-AUDIT-GOOD', name: 'Audited cases graded good or better', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'year', kinds: 'all', metric: 'audit-good-or-better', target: 60 },
  { ref: 'M-ICPC-TIMELY', name: 'Initial child protection conferences within 15 working days of the strategy discussion', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children', target: 85, series: { from: 72, to: 86, noise: 3 } },
  { ref: 'M-ENCOMPASS', name: 'Domestic abuse incidents with a child present shared with the school by the next school day', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children', target: 95, agency: 'POLICE', series: { from: 78, to: 94, noise: 2.5 } },
  { ref: 'M-MSP-ASKED', name: 'Adults asked about the outcomes they want from a safeguarding enquiry', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'adults', target: 90, series: { from: 74, to: 88, noise: 2.5 } },
  // Is anyone better off?
  { ref: 'M-PRACTICE-CHANGE', name: 'Training attendees reporting changed practice at follow-up', quadrant: 'better-off', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'all', metric: 'training-practice-change', target: 60, headline: true },
  { ref: 'M-RE-REFERRALS', name: "Re-referrals to children's social care within 12 months", quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children', target: 20, headline: true, series: { from: 24, to: 19.5, noise: 1.2 } },
  { ref: 'M-CPP-REPEAT', name: 'Children subject to a child protection plan for a second or subsequent time', quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent', periodicity: 'year', kinds: 'children', target: 20, series: { from: 25, to: 21, noise: 1.5 } },
  { ref: 'M-MSP-ACHIEVED', name: 'Adults whose desired outcomes were fully or partly achieved', quadrant: 'better-off', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'adults', target: 95, headline: true, series: { from: 89, to: 94, noise: 1.2 } },
  { ref: 'M-REPEAT-CONCERNS', name: 'Repeat safeguarding concerns within 12 months', quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'adults', target: 15, series: { from: 21, to: 17, noise: 1.3 } },
  // The data development agenda: wanted, not yet collected.
  { ref: 'M-CHILD-FEELS-SAFER', name: 'Children and young people who say they feel safer after support', quadrant: 'better-off', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'children' },
  { ref: 'M-ADULT-FEELS-SAFER', name: 'Adults who say they feel safer after a safeguarding enquiry', quadrant: 'better-off', polarity: 'higher-is-better', unit: 'percent', periodicity: 'quarter', kinds: 'adults' },
];

const applies = (spec: MeasureSpec, kind: PartnershipKind) =>
  spec.kinds === 'all' || kind === 'joint' || spec.kinds === kind;

const STORIES = [
  (period: string) => `The change in ${period} follows a new recording practice at the front door; a dip sample was requested.`,
  (period: string) => `Improvement since ${period} reflects the multi-agency pathway launched after local reviews; two more quarters are needed to be sure of the trend.`,
  (period: string) => `Benchmarked in ${period}: in line with statistical neighbours. The target was reviewed and kept.`,
  (period: string) => `Staffing pressures in ${period} slowed progress; an improvement plan is monitored monthly.`,
];

/** Scorecard measures in all three OBA quadrants, with targets, baselines and the story behind the curve. */
export function writeMeasures(ctx: PartnershipContext, rng: Random): void {
  const periods = (p: Periodicity): Day[] =>
    ctx.years.flatMap((y) => (p === 'year' ? [yearStart(y)] : quartersOf(y))).filter((start) => periodEnd(start, p) <= ctx.asOf);

  for (const spec of SPECS) {
    if (!applies(spec, ctx.kind)) continue;
    const agency = spec.agency ? existingAgencies(ctx, [spec.agency])[0] ?? null : null;
    const starts = spec.series ? periods(spec.periodicity) : [];
    const values = spec.series ? seriesValues(rng, spec, starts) : [];
    const record: MeasureRecord = {
      partnership: ctx.partnership.ref,
      ref: spec.ref,
      name: spec.name,
      description: spec.metric ? `Computed from the partnership's own records (${spec.metric}).` : spec.series ? 'Entered quarterly from the agency’s performance report.' : 'On the data development agenda: no data collected yet.',
      quadrant: spec.quadrant,
      polarity: spec.polarity,
      unit: spec.unit,
      periodicity: spec.periodicity,
      source: spec.metric ? 'computed' : 'entered',
      metric: spec.metric ?? null,
      headline: spec.headline ?? false,
      target: spec.target ?? null,
      baseline: values.length > 0 ? values[0].value : null,
      baselinePeriodStart: values.length > 0 ? values[0].periodStart : null,
      agency,
      values,
      notes: notes(ctx, rng, spec, starts),
    };
    ctx.out.measures.push(record);
  }
}

function periodEnd(start: Day, p: Periodicity): Day {
  return addMonths(start, p === 'year' ? 12 : p === 'quarter' ? 3 : 1) - 1;
}

function seriesValues(rng: Random, spec: MeasureSpec, starts: readonly Day[]): { periodStart: string; value: number }[] {
  if (!spec.series) return [];
  const { from, to, noise } = spec.series;
  const offset = rng.normal(0, noise);
  const decimals = spec.unit === 'count' ? 0 : 1;
  return starts.map((start, i) => {
    const trend = starts.length > 1 ? from + ((to - from) * i) / (starts.length - 1) : from;
    let value = trend + offset + rng.normal(0, noise);
    if (spec.unit === 'percent') value = Math.min(100, Math.max(0, value));
    return { periodStart: iso(start), value: Number(Math.max(0, value).toFixed(decimals)) };
  });
}

function notes(ctx: PartnershipContext, rng: Random, spec: MeasureSpec, starts: readonly Day[]): NonNullable<MeasureRecord['notes']> {
  if (!spec.series) {
    return spec.metric
      ? []
      : [{ periodStart: null, writtenOn: iso(yearStart(ctx.years[ctx.years.length - 1]) + 40), author: COMMITTEES.quality, text: 'Agreed as a measure we want; a survey is being designed with the participation group.' }];
  }
  const chosen = rng.sample(starts, Math.min(starts.length, rng.int(1, 3))).sort((a, b) => a - b);
  return chosen
    .map((start) => ({ start, written: periodEnd(start, spec.periodicity) + rng.int(20, 45) }))
    .filter(({ written }) => written <= ctx.asOf)
    .map(({ start, written }) => ({
      periodStart: iso(start),
      writtenOn: iso(written),
      author: rng.chance(0.5) ? COMMITTEES.quality : ctx.businessUnit,
      text:
        yearOf(start) === 2020
          ? `Pandemic restrictions in ${periodName(start, spec.periodicity)} reduced face-to-face contact; read this period with care.`
          : rng.pick(STORIES)(periodName(start, spec.periodicity)),
    }));
}

function periodName(start: Day, p: Periodicity): string {
  const year = yearOf(start);
  if (p === 'year') return yearLabel(year);
  const q = quartersOf(year).indexOf(start) + 1;
  return `Q${q} ${yearLabel(year)}`;
}
