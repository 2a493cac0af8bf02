import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Action, Brag } from '@sli/actions-api';
import { Connection } from '@sli/shared/api-core';
import { PeriodModel, RateModel } from '../../common/metric.models';
import { ActionPlanGroupBy } from '../action-metrics.enums';

@ObjectType({ description: 'Actions by status; sums to the row total.' })
export class ActionStatusCounts {
  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  impactEvidenced!: number;

  @Field(() => Int)
  cancelled!: number;
}

@ObjectType({ description: 'Actions by BRAG as of the as-of date; sums to the row total minus cancelled actions, which have none.' })
export class ActionBragCounts {
  @Field(() => Int)
  blue!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  green!: number;
}

@ObjectType({ description: 'Action plan figures for one group of actions (or all of them), as of a date.' })
export class ActionPlanSummaryRow {
  @Field(() => ActionPlanGroupBy, { nullable: true, description: 'The dimension of the row; null for the overall figures.' })
  groupBy!: ActionPlanGroupBy | null;

  @Field(() => String, {
    nullable: true,
    description: 'The group: an id (partnership, review or audit, owner agency), a code (theme, sector, review type) or the committee in lower case. Null for actions with no value ("No theme"), and on the overall row.',
  })
  key!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Every action, cancelled included.' })
  total!: number;

  @Field(() => Int, { description: 'Not started or in progress.' })
  open!: number;

  @Field(() => Int, { description: 'Completed or impact evidenced.' })
  completed!: number;

  @Field(() => Int, { description: 'Open and due before the as-of date (the same actions as byBrag.red).' })
  overdue!: number;

  @Field(() => ActionStatusCounts)
  byStatus!: ActionStatusCounts;

  @Field(() => ActionBragCounts)
  byBrag!: ActionBragCounts;

  @Field(() => RateModel, {
    description: 'Completed on or before the due date, out of the actions not cancelled; open actions count as not on time.',
  })
  completedOnTime!: RateModel;

  @Field(() => RateModel, { description: 'Impact evidenced, out of the completed or impact-evidenced actions.' })
  impactEvidenced!: RateModel;
}

@ObjectType({ description: 'The actions due in one period and how they ended, as of a date.' })
export class ActionCompletionPeriod {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => Int, { description: 'Due in the period and not cancelled: completedOnTime + completedLate + outstanding.' })
  due!: number;

  @Field(() => Int, { description: 'Completed on or before the due date.' })
  completedOnTime!: number;

  @Field(() => Int, { description: 'Completed after the due date.' })
  completedLate!: number;

  @Field(() => Int, { description: 'Still open (not started or in progress).' })
  outstanding!: number;

  @Field(() => Int, { description: 'Outstanding and due before the as-of date.' })
  overdue!: number;

  @Field(() => Int, { description: 'Due in the period but cancelled: in no other figure.' })
  cancelled!: number;

  @Field(() => RateModel, { description: 'completedOnTime / due.' })
  onTimeRate!: RateModel;
}

@ObjectType({ description: 'An action behind a figure, with what the figure read of it as of the as-of date.' })
export class ActionMetricsItem {
  @Field(() => Action)
  action!: Action;

  @Field(() => Brag, { nullable: true, description: 'BRAG as of the as-of date; null when cancelled.' })
  brag!: Brag | null;

  @Field(() => Int, { description: 'Calendar days past the due date as of the as-of date; 0 unless open and overdue.' })
  daysOverdue!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether it was completed on or before its due date; null unless complete.' })
  completedOnTime!: boolean | null;
}

@ObjectType()
export class ActionMetricsItemConnection extends Connection(ActionMetricsItem) {}

@ObjectType({ description: 'A page of the action register, with where it starts.' })
export class ActionRegisterPage extends Connection(ActionMetricsItem) {
  @Field(() => Int, { description: 'Rows before this page.' })
  offset!: number;
}
