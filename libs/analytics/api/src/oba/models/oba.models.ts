import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Measure, MeasurePolarity, ObaQuadrant } from '@sli/measures-api';
import { Partnership } from '@sli/partnerships-api';
import { DateScalar } from '@sli/shared/api-core';
import { PeriodGrain } from '../../common/metric-args';
import { PeriodModel } from '../../common/metric.models';
import { ObaChangeKind, ObaRollupLevel, ObaTargetStatus, ObaTrendDirection, ObaTrendJudgement } from '../oba.enums';

@ObjectType({ description: "A measure's value for one period of its periodicity." })
export class MeasurePoint {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  periodEnd!: string;

  @Field(() => String, { description: 'e.g. `2024/25 Q1`, `2024/25`, `Apr 2024`.' })
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Counts as counts, percentages from 0 to 100; null when a computed rate had nothing to measure in the period.',
  })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'What a computed rate counted, when the metric says.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'What a computed rate was out of, when the metric says.' })
  denominator!: number | null;
}

@ObjectType({ description: 'The current trend: the latest run of period-to-period changes in one direction.' })
export class MeasureTrend {
  @Field(() => ObaTrendDirection)
  direction!: ObaTrendDirection;

  @Field(() => Int, { description: 'How many consecutive most-recent changes went this way (periods without a value are skipped).' })
  periods!: number;

  @Field(() => ObaTrendJudgement)
  judgement!: ObaTrendJudgement;

  @Field(() => MeasurePoint, { description: 'The value the run started from.' })
  since!: MeasurePoint;
}

@ObjectType({ description: 'The forecast if nothing changes: a least-squares straight line through the series ("the curve to turn").' })
export class MeasureForecast {
  @Field(() => Float, { description: 'Change per period.' })
  slope!: number;

  @Field(() => Float, { description: 'The fitted value at the first period of the series.' })
  intercept!: number;

  @Field(() => ObaTrendJudgement, { description: 'Where the line is heading, by polarity.' })
  judgement!: ObaTrendJudgement;

  @Field(() => [MeasurePoint], { description: 'The line over the next periods; percentages kept within 0–100 and counts at 0 or more.' })
  points!: MeasurePoint[];
}

@ObjectType({
  description:
    'What the scorecard says about a measure, in words from one set of rules (the grid, the card, the embedded scorecard and the annual report share them).',
})
export class MeasureWords {
  @Field(() => String, { description: 'The latest value in its unit, rounded to it: `57.1%`, `12 days`, `1,204`; `–` with none.' })
  latest!: string;

  @Field(() => String, { nullable: true, description: 'The target in its unit; null without one.' })
  target!: string | null;

  @Field(() => String, { nullable: true, description: '`5 points below target` for a percentage, `15% below target` for a count; null without a target or a value.' })
  variance!: string | null;

  @Field(() => String, { nullable: true, description: '`+12.7 points since the baseline (60%)` for a percentage, `+21% since the baseline (100)` for a count.' })
  baseline!: string | null;

  @Field(() => String, { description: '`Improving for 3 periods`; `Worsening over 8 periods, though better in the latest one`; `Too few values for a trend`.' })
  trend!: string;

  @Field(() => String, { description: 'The arrow and the run’s length: `↑ 3`; `–` without a trend.' })
  trendShort!: string;

  @Field(() => String, { nullable: true, description: 'Where the line leads if nothing changes: `78% by 2027/28 Q2`, rounded to the unit; null without a forecast.' })
  forecast!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the latest value trails the latest complete period as of the date.' })
  lag!: string | null;
}

@ObjectType({ description: 'A measure as an OBA scorecard shows it, as of a date (DESIGN.md section 3).' })
export class MeasureAnalysis {
  @Field(() => ID)
  measureId!: string;

  @Field(() => DateScalar, { description: 'Only periods that had ended by this date count.' })
  asOf!: string;

  @Field(() => MeasurePoint, { nullable: true, description: 'The most recent period with a value.' })
  latest!: MeasurePoint | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: '(latest − target) / target as a fraction: −0.05 is 5% below target. Null without a target or when it is 0.' })
  variance!: number | null;

  @Field(() => Float, { nullable: true, description: 'latest / target × 100: 95 means 95% of target. Null without a target or when it is 0.' })
  percentOfTarget!: number | null;

  @Field(() => ObaTargetStatus)
  status!: ObaTargetStatus;

  @Field(() => MeasureTrend, { nullable: true, description: 'Null with fewer than two values.' })
  trend!: MeasureTrend | null;

  @Field(() => Float, { nullable: true, description: 'The measure’s baseline, or else its value in the baseline period.' })
  baseline!: number | null;

  @Field(() => DateScalar, { nullable: true })
  baselinePeriodStart!: string | null;

  @Field(() => Float, { nullable: true, description: '(latest − baseline) / baseline as a fraction. Null without a baseline or when it is 0.' })
  changeSinceBaseline!: number | null;

  @Field(() => ObaChangeKind, { description: 'How the gap to target and the change since the baseline are measured for this unit.' })
  changeKind!: ObaChangeKind;

  @Field(() => Float, {
    nullable: true,
    description: 'latest − target in points (POINTS) or the unit (DIFFERENCE), or (latest − target) / target (RELATIVE). Null without a target or a value.',
  })
  targetGap!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'latest − baseline in points (POINTS) or the unit (DIFFERENCE), or (latest − baseline) / baseline (RELATIVE). Null without a baseline or a value.',
  })
  baselineChange!: number | null;

  @Field(() => ObaTrendJudgement, {
    nullable: true,
    description:
      'The one judgement of the trend: the latest run when it is two or more periods long, otherwise where the line through every value is heading. Null with fewer than two values.',
  })
  trendJudgement!: ObaTrendJudgement | null;

  @Field(() => MeasureForecast, { nullable: true, description: 'Null with fewer than two values.' })
  forecast!: MeasureForecast | null;

  @Field(() => Int, { description: 'Complete periods after the latest value, as of asOf: 0 when up to date (or with no value).' })
  periodsBehind!: number;

  @Field(() => MeasureWords)
  words!: MeasureWords;

  @Field(() => Int, { description: 'How many periods have a value.' })
  valueCount!: number;

  @Field(() => Boolean, { description: 'True when the measure has no value yet: it sits on the data development agenda.' })
  onDataDevelopmentAgenda!: boolean;

  @Field(() => Boolean, {
    description: 'True when a computed measure names a metric that is not (yet) a built-in one, so nothing can be computed: a data development item.',
  })
  dataDevelopment!: boolean;

  @Field(() => String, { nullable: true, description: 'Why values are missing or how they were computed, when it needs saying.' })
  note!: string | null;
}

@ObjectType({ description: 'Whether a story behind the curve is as recent as the value it sits beside.' })
export class StoryCurrency {
  @Field(() => Boolean, { description: 'True when the story is about an earlier period than the latest value, or was written before that period ended.' })
  older!: boolean;

  @Field(() => String, { description: '`Written 3 February 2022, before the latest value (2024/25 Q4).`' })
  words!: string;
}

@ObjectType({ description: 'One measure on the scorecard with its analysis and the latest story behind the curve.' })
export class ObaScorecardEntry {
  @Field(() => Measure)
  measure!: Measure;

  // analysis and latestNote are resolved on demand (ObaScorecardEntryResolver).
  asOf!: string;
  forecastPeriods!: number;
}

@ObjectType({ description: 'The measures answering one OBA question, headline measures first.' })
export class ObaScorecardQuadrant {
  @Field(() => ObaQuadrant)
  quadrant!: ObaQuadrant;

  @Field(() => String, { description: 'How much did we do? How well did we do it? Is anyone better off?' })
  question!: string;

  @Field(() => [ObaScorecardEntry])
  measures!: ObaScorecardEntry[];
}

@ObjectType({ description: "A partnership's OBA scorecard as of a date: its measures in the three quadrants." })
export class ObaScorecard {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => [ObaScorecardQuadrant], { description: 'Always three: HOW_MUCH, HOW_WELL, BETTER_OFF.' })
  quadrants!: ObaScorecardQuadrant[];
}

@ObjectType({ description: 'A metric for one period of a roll-up row.' })
export class ObaRollupValue {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => Float, { nullable: true, description: 'Counts as counts, percentages from 0 to 100; null when there was nothing to measure.' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;
}

@ObjectType({ description: 'One partnership, one region or the national total of a roll-up.' })
export class ObaRollupRow {
  @Field(() => ObaRollupLevel)
  level!: ObaRollupLevel;

  @Field(() => String, { description: 'The partnership’s name, the region, `No region`, or `National`.' })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'Set on PARTNERSHIP rows.' })
  partnershipId!: string | null;

  @Field(() => String, { nullable: true, description: 'The region of a PARTNERSHIP or REGION row; null for partnerships with none and for NATIONAL.' })
  region!: string | null;

  @Field(() => Int, { description: 'How many partnerships the row covers.' })
  partnershipCount!: number;

  @Field(() => [ObaRollupValue], { description: 'One per period, oldest first.' })
  values!: ObaRollupValue[];
}

@ObjectType({ description: 'A built-in metric per partnership, per region and in total: figures are recomputed over each group, never averaged.' })
export class ObaRollup {
  @Field(() => String)
  metric!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'count, percent, days or score.' })
  unit!: string;

  @Field(() => MeasurePolarity)
  polarity!: MeasurePolarity;

  @Field(() => PeriodGrain)
  grain!: PeriodGrain;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => [PeriodModel], { description: 'Every period that had ended by asOf, from the earliest data of the partnerships (or `from`).' })
  periods!: PeriodModel[];

  @Field(() => [ObaRollupRow], { description: 'NATIONAL first, then each region followed by its partnerships.' })
  rows!: ObaRollupRow[];
}
