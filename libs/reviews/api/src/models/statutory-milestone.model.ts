import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { StatutoryMilestoneName, Timeliness } from '../statutory-dates';

registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: 'Where a statutory step stands against its due date as of a date.',
  valuesMap: {
    ON_TIME: { description: 'Done on or before the due date.' },
    LATE: { description: 'Done after the due date.' },
    OVERDUE: { description: 'Not done as of the date asked about, which is after the due date.' },
    DUE: { description: 'Not done as of the date asked about, and not yet past the due date.' },
    EARLY: { description: 'Done before its window opened (a rapid review meeting before working day 7).' },
  },
});

registerEnumType(StatutoryMilestoneName, {
  name: 'StatutoryMilestoneName',
  description: 'The steps of the Leeds rapid review process.',
  valuesMap: {
    INFORMATION_REQUESTED: { description: 'Agencies asked for information within 2 working days of the notification.' },
    AGENCIES_REPLIED: { description: 'Agencies reply within 5 working days of the request (each information request by its due date).' },
    MEETING: { description: 'The rapid review meeting, between working days 7 and 13 after the notification.' },
    OUTCOME_SENT: { description: 'The outcome sent to the national panel within 2 working days of the meeting.' },
  },
});

@ObjectType({ description: 'One step of a statutory process, with its due date and where it stands as of a date.' })
export class StatutoryMilestone {
  @Field(() => StatutoryMilestoneName)
  name!: StatutoryMilestoneName;

  @Field(() => DateScalar, { description: 'The last day the step is on time.' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'For a window (the meeting): the first day it may fall on.' })
  earliestOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was done; null while not done as of the date asked about.' })
  actualOn!: string | null;

  @Field(() => Timeliness)
  status!: Timeliness;
}
