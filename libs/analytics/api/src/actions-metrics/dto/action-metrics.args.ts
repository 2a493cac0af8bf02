import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActionStatus, Brag } from '@sli/actions-api';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { MetricFilter, PeriodGrain } from '../../common/metric-args';
import { ActionMetricsCell, ActionPlanGroupBy, ActionRegisterSort } from '../action-metrics.enums';

/** Which actions (by due date, owner, source, theme…) and the date the figures are as of. */
@ArgsType()
export class ActionMetricsArgs {
  @Field(() => MetricFilter, {
    nullable: true,
    description: 'from/to select actions by due date; agencyId is the owner agency; reviewTypes the source review type; themeId the action\'s themes.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => DateScalar, { description: 'The date overdue and BRAG are judged on.' })
  @IsString()
  asOf!: string;
}

@ArgsType()
export class ActionPlanSummaryArgs extends ActionMetricsArgs {
  @Field(() => ActionPlanGroupBy)
  @IsEnum(ActionPlanGroupBy)
  groupBy!: ActionPlanGroupBy;
}

@ArgsType()
export class ActionCompletionSeriesArgs extends ActionMetricsArgs {
  @Field(() => PeriodGrain, { defaultValue: PeriodGrain.FINANCIAL_YEAR })
  @IsEnum(PeriodGrain)
  grain: PeriodGrain = PeriodGrain.FINANCIAL_YEAR;
}

@InputType({ description: 'One row of an action plan summary: its dimension and key (null key: the "none recorded" row).' })
export class ActionGroupInput {
  @Field(() => ActionPlanGroupBy)
  @IsEnum(ActionPlanGroupBy)
  by!: ActionPlanGroupBy;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  key?: string | null;
}

@ArgsType()
export class ActionsBehindArgs extends ActionMetricsArgs {
  @Field(() => ActionMetricsCell, { defaultValue: ActionMetricsCell.ALL, description: 'The figure to explain.' })
  @IsEnum(ActionMetricsCell)
  cell: ActionMetricsCell = ActionMetricsCell.ALL;

  @Field(() => ActionStatus, { nullable: true, description: 'A byStatus cell: only actions with this status.' })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => Brag, { nullable: true, description: 'A byBrag cell: only actions with this BRAG as of asOf.' })
  @IsOptional()
  @IsEnum(Brag)
  brag?: Brag;

  @Field(() => ActionGroupInput, { nullable: true, description: 'The summary row, when the figure is from a grouped summary.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionGroupInput)
  group?: ActionGroupInput;

  @Field(() => PeriodGrain, { nullable: true, description: 'With periodStart: the series period, when the figure is from a completion series.' })
  @IsOptional()
  @IsEnum(PeriodGrain)
  grain?: PeriodGrain;

  @Field(() => DateScalar, { nullable: true, description: 'The first day of the series period (any day in it selects it).' })
  @IsOptional()
  @IsString()
  periodStart?: string;
}

@ArgsType()
export class ActionRegisterArgs extends ActionMetricsArgs {
  @Field(() => [ActionStatus], { nullable: true, description: 'Only actions with one of these statuses as of asOf.' })
  @IsOptional()
  @IsArray()
  @IsEnum(ActionStatus, { each: true })
  statuses?: ActionStatus[];

  @Field(() => [Brag], { nullable: true, description: 'Only actions with one of these BRAG ratings as of asOf.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Brag, { each: true })
  brags?: Brag[];

  @Field(() => ID, { nullable: true, description: 'Only actions arising from this review.' })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @Field(() => ActionGroupInput, { nullable: true, description: 'Only the actions of one row of actionPlanSummary (an owner agency, committee, theme…).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionGroupInput)
  group?: ActionGroupInput;

  @Field(() => ActionRegisterSort, { defaultValue: ActionRegisterSort.DUE_ON })
  @IsEnum(ActionRegisterSort)
  sort: ActionRegisterSort = ActionRegisterSort.DUE_ON;

  @Field(() => Boolean, { defaultValue: false, description: 'Latest, highest or Z first.' })
  @IsBoolean()
  descending = false;

  @Field(() => Int, { nullable: true, description: 'Rows to skip (a page number times the page size); instead of after.' })
  @IsOptional()
  @IsInt()
  offset?: number;
}
