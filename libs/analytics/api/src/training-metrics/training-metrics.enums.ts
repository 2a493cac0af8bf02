import { registerEnumType } from '@nestjs/graphql';

/** The dimension training figures are broken down by. */
export enum TrainingMetricsGroupBy {
  NONE = 'none',
  SECTOR = 'sector',
  AGENCY = 'agency',
  COURSE = 'course',
  /** The partnership that ran the session (every partnership at once, each on its own). */
  PARTNERSHIP = 'partnership',
}

/** Which bookings a drill-down lists: the record set behind each training figure. */
export enum TrainingAttendanceMeasure {
  BOOKED = 'booked',
  ATTENDED = 'attended',
  DID_NOT_ATTEND = 'did-not-attend',
  MULTI_AGENCY_ATTENDED = 'multi-agency-attended',
  EVALUATED = 'evaluated',
  FOLLOW_UP_SENT = 'follow-up-sent',
  FOLLOW_UP_RESPONDED = 'follow-up-responded',
  CHANGED_PRACTICE = 'changed-practice',
}

/** Measures that depend on what had been returned by a date, so need `asOf`. */
export const AS_OF_MEASURES: readonly TrainingAttendanceMeasure[] = [
  TrainingAttendanceMeasure.EVALUATED,
  TrainingAttendanceMeasure.FOLLOW_UP_SENT,
  TrainingAttendanceMeasure.FOLLOW_UP_RESPONDED,
  TrainingAttendanceMeasure.CHANGED_PRACTICE,
];

export enum TrainingKirkpatrickLevelName {
  REACTION = 'reaction',
  LEARNING = 'learning',
  BEHAVIOUR = 'behaviour',
  RESULTS = 'results',
}

registerEnumType(TrainingMetricsGroupBy, {
  name: 'TrainingMetricsGroupBy',
  description:
    "NONE; SECTOR or AGENCY of the booking agency; COURSE; PARTNERSHIP that ran the session. With SECTOR/AGENCY, sessions and places are those the group booked on.",
});
registerEnumType(TrainingAttendanceMeasure, {
  name: 'TrainingAttendanceMeasure',
  description: 'The bookings behind a training figure: booked, attended, did not attend, attended a multi-agency course, evaluated, followed up, responded, changed practice.',
});
registerEnumType(TrainingKirkpatrickLevelName, {
  name: 'TrainingKirkpatrickLevelName',
  description: "Kirkpatrick's levels of training evaluation: reaction, learning, behaviour, results.",
});
