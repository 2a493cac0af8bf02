import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodModel, RateModel } from '../../common/metric.models';
import { TrainingKirkpatrickLevelName } from '../training-metrics.enums';

@ObjectType({ description: 'A value of the dimension training figures are broken down by.' })
export class TrainingMetricsGroup {
  @Field(() => String, { description: 'Agency id, course id, or sector value (e.g. `police`); pass it back as `groupKey` to drill down.' })
  key!: string;

  @Field(() => String, { description: 'Agency name, course title or sector name.' })
  label!: string;
}

@ObjectType({ description: 'Training reach for one period (of the session date) and group.' })
export class TrainingReachRow {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => TrainingMetricsGroup, { nullable: true, description: 'Null when not grouped.' })
  group!: TrainingMetricsGroup | null;

  @Field(() => Int, { description: 'Sessions held (grouped by agency or sector: the sessions the group booked on).' })
  sessions!: number;

  @Field(() => Int, { description: 'Places offered: the capacity of those sessions.' })
  places!: number;

  @Field(() => Int, { description: 'Places booked.' })
  bookings!: number;

  @Field(() => Int, { description: 'Bookings attended.' })
  attendances!: number;

  @Field(() => Int, { description: 'Bookings not attended.' })
  didNotAttend!: number;

  @Field(() => RateModel, { description: 'did not attend / bookings.' })
  didNotAttendRate!: RateModel;

  @Field(() => Int, { description: 'Sessions of multi-agency courses.' })
  multiAgencySessions!: number;

  @Field(() => Int, { description: 'Attendances at multi-agency courses.' })
  multiAgencyAttendances!: number;

  @Field(() => RateModel, { description: 'Attendances at multi-agency courses / attendances.' })
  multiAgencyShare!: RateModel;
}

@ObjectType({ description: 'Training impact for one period (of the session date) and group, as of a date.' })
export class TrainingImpactRow {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => TrainingMetricsGroup, { nullable: true })
  group!: TrainingMetricsGroup | null;

  @Field(() => Int, { description: 'Bookings attended.' })
  attendances!: number;

  @Field(() => Int, { description: 'Evaluations submitted by asOf: the n of the confidence means.' })
  evaluations!: number;

  @Field(() => RateModel, { description: 'evaluations / attendances.' })
  evaluationRate!: RateModel;

  @Field(() => Float, { nullable: true, description: 'Mean confidence before the session, 1 to 5.' })
  meanConfidenceBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean confidence after the session, 1 to 5.' })
  meanConfidenceAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of (after − before) over the evaluations (Kirkpatrick learning).' })
  meanConfidenceChange!: number | null;

  @Field(() => Int, { description: 'Evaluations with a satisfaction score.' })
  satisfactionResponses!: number;

  @Field(() => Float, { nullable: true, description: 'Mean satisfaction, 1 to 5 (Kirkpatrick reaction).' })
  meanSatisfaction!: number | null;

  @Field(() => Int, { description: 'Follow-ups sent by asOf.' })
  followUpsSent!: number;

  @Field(() => Int, { description: 'Follow-ups responded to by asOf.' })
  followUpsResponded!: number;

  @Field(() => Int, { description: 'Respondents reporting changed practice.' })
  changedPractice!: number;

  @Field(() => RateModel, { description: 'responded / sent.' })
  responseRate!: RateModel;

  @Field(() => RateModel, { description: 'changed practice / responded (Kirkpatrick behaviour).' })
  practiceChange!: RateModel;
}

@ObjectType({ description: "One of Kirkpatrick's levels of training evaluation, with the value measuring it." })
export class TrainingKirkpatrickLevel {
  @Field(() => TrainingKirkpatrickLevelName)
  level!: TrainingKirkpatrickLevelName;

  @Field(() => String)
  measure!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Reaction: mean satisfaction (1–5); learning: mean confidence change; behaviour: share 0–1; results: null (see OBA measures).',
  })
  value!: number | null;

  @Field(() => Int, { description: 'Responses the value rests on.' })
  n!: number;
}
