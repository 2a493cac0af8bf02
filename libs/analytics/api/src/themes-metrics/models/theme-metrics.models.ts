import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThemeGroup } from '@sli/themes-api';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { PeriodModel, RateModel } from '../../common/metric.models';
import { ThemeRecordKind } from '../dto/theme-metrics.args';

@ObjectType({ description: 'A theme as theme metrics group it: by its stable code, across partnerships.' })
export class ThemeMetricsTheme {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: "The theme's name (the first alphabetically where partnerships renamed it)." })
  name!: string;

  @Field(() => ThemeGroup)
  themeGroup!: ThemeGroup;
}

@ObjectType({ description: 'One theme in one period: the reviews and audits tagged with it, and their share of all in the period.' })
export class ThemeTrendPoint {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => Int, { description: 'Distinct reviews and audits tagged with the theme.' })
  count!: number;

  @Field(() => Int)
  reviews!: number;

  @Field(() => Int)
  audits!: number;

  @Field(() => RateModel, { description: 'count / all reviews and audits in the period (in scope).' })
  share!: RateModel;
}

@ObjectType({ description: "A theme's trend: one point per period, zeros included." })
export class ThemeTrendSeries {
  @Field(() => ThemeMetricsTheme)
  theme!: ThemeMetricsTheme;

  @Field(() => Int, { description: 'Tagged records over all the periods.' })
  total!: number;

  @Field(() => [ThemeTrendPoint])
  points!: ThemeTrendPoint[];
}

@ObjectType({ description: 'One row of the theme × period heatmap; counts and shares line up with the periods.' })
export class ThemeHeatmapRow {
  @Field(() => ThemeMetricsTheme)
  theme!: ThemeMetricsTheme;

  @Field(() => [Int])
  counts!: number[];

  @Field(() => [Float], { nullable: 'items', description: 'From 0 to 1; null where the period had no records.' })
  shares!: (number | null)[];
}

@ObjectType({ description: 'Themes × periods, for a heatmap: each cell is the records tagged with the theme in the period.' })
export class ThemeHeatmap {
  @Field(() => [PeriodModel])
  periods!: PeriodModel[];

  @Field(() => [Int], { description: 'All reviews and audits in scope per period: the denominators of the shares.' })
  totals!: number[];

  @Field(() => [ThemeHeatmapRow])
  rows!: ThemeHeatmapRow[];
}

@ObjectType({ description: 'Two themes found on the same records.' })
export class ThemeCoOccurrencePair {
  @Field(() => ThemeMetricsTheme, { description: 'The first of the two by code.' })
  themeA!: ThemeMetricsTheme;

  @Field(() => ThemeMetricsTheme)
  themeB!: ThemeMetricsTheme;

  @Field(() => Int, { description: 'Records tagged with both themes.' })
  count!: number;

  @Field(() => Int, { description: 'Records tagged with theme A.' })
  countA!: number;

  @Field(() => Int, { description: 'Records tagged with theme B.' })
  countB!: number;

  @Field(() => Float, { description: 'count / records tagged with either theme (Jaccard index), 0 to 1.' })
  jaccard!: number;
}

@ObjectType({ description: 'Themes × themes: the records tagged with both; the diagonal holds each theme’s own count. Symmetric.' })
export class ThemeCoOccurrenceMatrix {
  @Field(() => [ThemeMetricsTheme])
  themes!: ThemeMetricsTheme[];

  @Field(() => [[Int]], { description: 'counts[i][j] lines up with themes[i] and themes[j].' })
  counts!: number[][];

  @Field(() => Int, { description: 'All reviews and audits in scope.' })
  records!: number;
}

@ObjectType({ description: "A theme's figures in one period." })
export class ThemePeriodFigures {
  @Field(() => Int)
  count!: number;

  @Field(() => RateModel, { description: 'count / all reviews and audits in the period (in scope).' })
  share!: RateModel;
}

@ObjectType({ description: 'A theme whose share of records grew against the previous period of the same length.' })
export class EmergingTheme {
  @Field(() => ThemeMetricsTheme)
  theme!: ThemeMetricsTheme;

  @Field(() => ThemePeriodFigures)
  current!: ThemePeriodFigures;

  @Field(() => ThemePeriodFigures)
  previous!: ThemePeriodFigures;

  @Field(() => Float, { description: 'current share − previous share (a period with no records counts as 0).' })
  shareChange!: number;

  @Field(() => Float, { nullable: true, description: 'current share ÷ previous share; null when the theme is new (previous share 0).' })
  shareRatio!: number | null;
}

@ObjectType({ description: 'A range of dates, both inclusive.' })
export class ThemeMetricsRange {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType({ description: 'Themes that grew most, with the two periods compared.' })
export class EmergingThemes {
  @Field(() => ThemeMetricsRange)
  current!: ThemeMetricsRange;

  @Field(() => ThemeMetricsRange)
  previous!: ThemeMetricsRange;

  @Field(() => Int, { description: 'All reviews and audits in scope in the current period.' })
  currentRecords!: number;

  @Field(() => Int)
  previousRecords!: number;

  @Field(() => [EmergingTheme], { description: 'Largest growth in share first.' })
  themes!: EmergingTheme[];
}

@ObjectType({ description: 'A theme against an agency: findings of the reviews/audits the agency took part in, and actions it owns.' })
export class ThemeAgencyCount {
  @Field(() => ThemeMetricsTheme)
  theme!: ThemeMetricsTheme;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => Int, { description: 'Findings tagged with the theme, from reviews/audits involving the agency.' })
  findings!: number;

  @Field(() => Int, { description: 'Actions (not cancelled) tagged with the theme and owned by the agency.' })
  actions!: number;
}

@ObjectType({ description: 'A review or audit behind a theme figure.' })
export class ThemeMetricsRecord {
  @Field(() => ThemeRecordKind)
  kind!: ThemeRecordKind;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The review or audit type, kebab-case (e.g. `lcspr`, `thematic`).' })
  type!: string;

  @Field(() => DateScalar, { description: 'The date that places it in a period: initiation (review) or start (audit).' })
  date!: string;

  @Field(() => [String], { description: 'Codes of the themes it is tagged with (as counted).' })
  themeCodes!: string[];
}

@ObjectType()
export class ThemeMetricsRecordConnection extends Connection(ThemeMetricsRecord) {}
