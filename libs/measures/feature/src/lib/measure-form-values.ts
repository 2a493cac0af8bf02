import { parseValue, type Periodicity } from './value-periods';

export type Quadrant = 'HOW_MUCH' | 'HOW_WELL' | 'BETTER_OFF';
export type Source = 'ENTERED' | 'COMPUTED';
export type Unit = 'COUNT' | 'DAYS' | 'PERCENT' | 'RATE_PER_10000' | 'RATIO' | 'SCORE';
export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** What the measure form holds: text as typed, choices as the API names them ('' = not chosen). */
export type MeasureFormValues = {
  name: string;
  quadrant: Quadrant | '';
  source: Source | '';
  metric: string;
  periodicity: Periodicity | '';
  unit: Unit | '';
  polarity: Polarity | '';
  target: string;
  baselinePeriodStart: string;
  baseline: string;
  headline: boolean;
  agencyId: string;
  description: string;
  ref: string;
};

export const EMPTY_MEASURE: MeasureFormValues = {
  name: '',
  quadrant: '',
  source: '',
  metric: '',
  periodicity: '',
  unit: '',
  polarity: '',
  target: '',
  baselinePeriodStart: '',
  baseline: '',
  headline: false,
  agencyId: '',
  description: '',
  ref: '',
};

export type MeasureField = keyof MeasureFormValues;
/** The fields with a label and messages of their own (the headline checkbox needs neither). */
export type LabelledField = Exclude<MeasureField, 'headline'>;

export const MEASURE_LABELS: Record<LabelledField, string> = {
  name: 'Name',
  source: 'Where the values come from',
  metric: 'Built-in metric',
  quadrant: 'Question it answers',
  periodicity: 'How often',
  unit: 'Unit',
  polarity: 'Which way is better',
  target: 'Target',
  baselinePeriodStart: 'Baseline period',
  baseline: 'Baseline value',
  agencyId: 'Agency',
  description: 'Description',
  ref: 'Your reference',
};

export const QUADRANTS: Record<Quadrant, string> = {
  HOW_MUCH: 'How much did we do?',
  HOW_WELL: 'How well did we do it?',
  BETTER_OFF: 'Is anyone better off?',
};

export const SOURCES: Record<Source, { label: string; hint: string }> = {
  ENTERED: { label: 'Entered by the business unit', hint: 'A figure from an agency’s own system or a survey, entered each period.' },
  COMPUTED: { label: 'Computed from the records here', hint: 'A built-in metric, worked out from the reviews, actions, audits and training recorded in this product.' },
};

export const PERIODICITIES: Record<Periodicity, string> = {
  MONTH: 'Monthly',
  QUARTER: 'Quarterly (financial-year quarters: Q1 is April to June)',
  YEAR: 'Yearly (financial years, April to March)',
};

export const UNITS: Record<Unit, string> = {
  COUNT: 'Count',
  PERCENT: 'Percentage',
  DAYS: 'Days',
  RATE_PER_10000: 'Rate per 10,000',
  SCORE: 'Score',
  RATIO: 'Ratio',
};

export const POLARITIES: Record<Polarity, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
};

/** The measure as the API takes it (create and update share the fields). */
export interface MeasureInputFields {
  name: string;
  quadrant: Quadrant;
  source: Source;
  metric: string | null;
  periodicity: Periodicity;
  unit: Unit;
  polarity: Polarity;
  target: number | null;
  baselinePeriodStart: string | null;
  baseline: number | null;
  headline: boolean;
  agencyId: string | null;
  description: string | null;
  ref?: string;
}

const NAME_MAX = 200;

/**
 * The checks made before sending: what is required and what must be a number, with GOV.UK-style
 * messages. The API judges the rest (a baseline period that does not start a period, an unknown agency).
 */
export function measureFormProblems(v: MeasureFormValues): Partial<Record<LabelledField, string>> {
  const problems: Partial<Record<LabelledField, string>> = {};
  const name = v.name.trim();
  if (!name) problems.name = 'Enter the measure’s name';
  else if (name.length > NAME_MAX) problems.name = `Name must be ${NAME_MAX} characters or fewer (it has ${name.length})`;
  if (!v.quadrant) problems.quadrant = 'Choose the question the measure answers';
  if (!v.source) problems.source = 'Choose where the values come from';
  if (v.source === 'COMPUTED' && !v.metric) problems.metric = 'Choose the built-in metric';
  if (!v.periodicity) problems.periodicity = 'Choose how often the measure has a value';
  if (!v.unit) problems.unit = 'Choose the unit';
  if (!v.polarity) problems.polarity = 'Choose which way is better';
  if (v.target.trim() && parseValue(v.target) === null) problems.target = 'Target must be a number, like 80';
  if (v.baseline.trim() && parseValue(v.baseline) === null) problems.baseline = 'Baseline value must be a number, like 64.5';
  if (v.baseline.trim() && !v.baselinePeriodStart) problems.baselinePeriodStart = 'Choose the period the baseline value is for';
  if (v.baselinePeriodStart && !v.baseline.trim()) problems.baseline = 'Enter the baseline value, or choose no baseline period';
  return problems;
}

/** The form's values as the API's input; only call once `measureFormProblems` is empty. */
export function toMeasureInput(v: MeasureFormValues): MeasureInputFields {
  const text = (s: string) => (s.trim() ? s.trim() : null);
  const ref = v.ref.trim();
  return {
    name: v.name.trim(),
    quadrant: v.quadrant as Quadrant,
    source: v.source as Source,
    metric: v.source === 'COMPUTED' ? v.metric : null,
    periodicity: v.periodicity as Periodicity,
    unit: v.unit as Unit,
    polarity: v.polarity as Polarity,
    target: v.target.trim() ? parseValue(v.target) : null,
    baselinePeriodStart: v.baselinePeriodStart || null,
    baseline: v.baseline.trim() ? parseValue(v.baseline) : null,
    headline: v.headline,
    agencyId: v.agencyId || null,
    description: text(v.description),
    ...(ref ? { ref } : {}),
  };
}

/** A stored measure as the form's values, for editing. */
export function fromMeasure(m: {
  name: string;
  quadrant: Quadrant;
  source: Source;
  metric?: string | null;
  periodicity: Periodicity;
  unit: Unit;
  polarity: Polarity;
  target?: number | null;
  baselinePeriodStart?: string | null;
  baseline?: number | null;
  headline: boolean;
  agencyId?: string | null;
  description?: string | null;
  ref: string;
}): MeasureFormValues {
  const num = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    name: m.name,
    quadrant: m.quadrant,
    source: m.source,
    metric: m.metric ?? '',
    periodicity: m.periodicity,
    unit: m.unit,
    polarity: m.polarity,
    target: num(m.target),
    baselinePeriodStart: m.baselinePeriodStart ?? '',
    baseline: num(m.baseline),
    headline: m.headline,
    agencyId: m.agencyId ?? '',
    description: m.description ?? '',
    ref: m.ref,
  };
}
