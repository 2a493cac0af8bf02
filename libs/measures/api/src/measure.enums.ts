import { registerEnumType } from '@nestjs/graphql';

/** The OBA question a measure answers. */
export enum ObaQuadrant {
  HOW_MUCH = 'how-much',
  HOW_WELL = 'how-well',
  BETTER_OFF = 'better-off',
}

export enum MeasurePolarity {
  HIGHER_IS_BETTER = 'higher-is-better',
  LOWER_IS_BETTER = 'lower-is-better',
}

export enum MeasureUnit {
  COUNT = 'count',
  PERCENT = 'percent',
  DAYS = 'days',
  RATE_PER_10000 = 'rate-per-10000',
  SCORE = 'score',
  RATIO = 'ratio',
}

export enum MeasurePeriodicity {
  MONTH = 'month',
  /** UK financial-year quarters: Q1 starts 1 April. */
  QUARTER = 'quarter',
  /** UK financial year, 1 April to 31 March. */
  YEAR = 'year',
}

/** Where a measure sits in the results → indicators → performance measures hierarchy. */
export enum MeasureKind {
  /** A population-level measure of a result: how the population is doing. */
  INDICATOR = 'indicator',
  /** A measure of a strategy's work: how much, how well, is anyone better off. */
  PERFORMANCE_MEASURE = 'performance-measure',
}

export enum MeasureSource {
  ENTERED = 'entered',
  COMPUTED = 'computed',
}

registerEnumType(ObaQuadrant, {
  name: 'ObaQuadrant',
  description: 'The outcomes-based accountability question: how much did we do, how well did we do it, is anyone better off?',
});
registerEnumType(MeasurePolarity, { name: 'MeasurePolarity', description: 'Whether a higher or a lower value is better.' });
registerEnumType(MeasureUnit, { name: 'MeasureUnit' });
registerEnumType(MeasurePeriodicity, {
  name: 'MeasurePeriodicity',
  description: 'How often a value is recorded: monthly, per financial-year quarter (Q1 = April–June) or per financial year (from 1 April).',
});
registerEnumType(MeasureSource, {
  name: 'MeasureSource',
  description: 'Entered (or imported) by people, or computed from a built-in metric of the system’s own data.',
});
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'An INDICATOR measures a result for its whole population; a PERFORMANCE_MEASURE measures the work of one strategy.',
});
