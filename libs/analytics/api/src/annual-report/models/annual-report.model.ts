import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { PeriodModel } from '../../common/metric.models';
import type { Disclosure } from '@sli/analytics-domain';
import { AnnualReportTableKey, ReportDisclosure, ReportMode } from '../annual-report.enums';

@ObjectType({
  description:
    'A headline figure of the year beside the year before. Values are text as they would be printed (`c` when ' +
    'suppressed; percentages 0–100 to one decimal place) and numbers where shown.',
})
export class AnnualReportFigure {
  @Field(() => String, { description: 'The metric catalogue key, e.g. `notifications-on-time`.' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: '`count`, `percent` (0–100), `days` or `score`.' })
  unit!: string;

  @Field(() => String, { description: 'OBA quadrant: `how-much`, `how-well` or `better-off`.' })
  quadrant!: string;

  @Field(() => String, { description: '`higher-is-better` or `lower-is-better`.' })
  polarity!: string;

  @Field(() => ReportDisclosure, { description: 'What the figure counts, which decides whether PUBLISHED mode suppresses it.' })
  disclosure!: Disclosure;

  @Field(() => String, { nullable: true, description: 'This year; null when there was nothing to measure.' })
  current!: string | null;

  @Field(() => String, { nullable: true, description: 'The year before.' })
  previous!: string | null;

  @Field(() => Float, { nullable: true, description: 'This year as a number; null when suppressed or not measured.' })
  currentValue!: number | null;

  @Field(() => Float, { nullable: true })
  previousValue!: number | null;

  @Field(() => String, { nullable: true, description: 'What a rate was computed from, this year; null for counts.' })
  currentNumerator!: string | null;

  @Field(() => String, { nullable: true })
  currentDenominator!: string | null;

  @Field(() => String, { nullable: true })
  previousNumerator!: string | null;

  @Field(() => String, { nullable: true })
  previousDenominator!: string | null;

  @Field(() => String, { nullable: true, description: 'This year less the year before, signed (percentage points for percentages); `c` if either is suppressed.' })
  change!: string | null;

  @Field(() => Float, { nullable: true })
  changeValue!: number | null;

  @Field(() => Boolean, { description: 'True when anything of this figure is shown as `c`.' })
  suppressed!: boolean;
}

@ObjectType({
  description:
    'A table of counts with its totals. Cells and totals are text: digits, or `c` when suppressed. ' +
    '`rowKeys` and `columnKeys` are the values to pass to the report\'s `records` field to list the records behind a cell.',
})
export class AnnualReportTable {
  @Field(() => AnnualReportTableKey)
  key!: AnnualReportTableKey;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The heading of the row-header column, e.g. `Harm`.' })
  rowHeading!: string;

  @Field(() => String, { description: 'What the table counts, in a sentence for the reader.' })
  description!: string;

  @Field(() => ReportDisclosure, {
    description: 'WORK tables are published as they are; PEOPLE_BY_CHARACTERISTIC tables have small counts suppressed in PUBLISHED mode.',
  })
  disclosure!: Disclosure;

  @Field(() => [String])
  rowHeaders!: string[];

  @Field(() => [String])
  rowKeys!: string[];

  @Field(() => [String])
  columnHeaders!: string[];

  @Field(() => [String])
  columnKeys!: string[];

  @Field(() => [[String]], { description: 'cells[row][column].' })
  cells!: string[][];

  @Field(() => [String])
  rowTotals!: string[];

  @Field(() => [String])
  columnTotals!: string[];

  @Field(() => String)
  grandTotal!: string;

  @Field(() => Boolean, { description: 'True when any cell or total is shown as `c`.' })
  suppressed!: boolean;

  @Field(() => [String], {
    description: "The year before: each of this year's rows' totals (same order as rowKeys), published by the same rules; `0` for a row with no records then.",
  })
  previousRowTotals!: string[];

  @Field(() => [String], { description: 'The year before: column totals (same order as columnKeys).' })
  previousColumnTotals!: string[];

  @Field(() => String, { description: 'The year before: the grand total.' })
  previousGrandTotal!: string;
}

@ObjectType({ description: 'One record behind an annual report table cell.' })
export class AnnualReportRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The source's own reference." })
  ref!: string;

  @Field(() => String, { description: '`notification`, `review`, `action`, `training-attendance`, `recommendation` or `referral`: which query fetches it by id.' })
  kind!: string;

  @Field(() => String)
  rowKey!: string;

  @Field(() => String)
  columnKey!: string;
}

@ObjectType({
  description:
    "A partnership's annual report dataset for a financial year: headline figures beside the year before, and tables. " +
    'A record falls in the year by its defining date; "as of" figures are as of the last day of each year.',
})
export class AnnualReport {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'e.g. `2024/25`.' })
  financialYear!: string;

  @Field(() => ReportMode)
  mode!: ReportMode;

  @Field(() => Int, { description: "The partnership's suppression threshold (applied in PUBLISHED mode only)." })
  suppressionThreshold!: number;

  @Field(() => PeriodModel)
  year!: PeriodModel;

  @Field(() => PeriodModel)
  previousYear!: PeriodModel;

  @Field(() => DateScalar, {
    description:
      'The date "as of" figures (overdue, BRAG, statuses) are taken at: the last day of the year once it is over, today while it runs; never in the future.',
  })
  asOf!: string;

  /** The partnership's kind (not a field: the report's headlines, tables and narrative headings follow it). */
  partnershipKind!: string;
}
