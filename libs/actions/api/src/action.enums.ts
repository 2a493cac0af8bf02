import { registerEnumType } from '@nestjs/graphql';

export enum ActionStatus {
  NOT_STARTED = 'not-started',
  IN_PROGRESS = 'in-progress',
  COMPLETED = 'completed',
  IMPACT_EVIDENCED = 'impact-evidenced',
  CANCELLED = 'cancelled',
}

/** Blue-red-amber-green rating of an action as of a date; computed on read, never stored. */
export enum Brag {
  BLUE = 'blue',
  RED = 'red',
  AMBER = 'amber',
  GREEN = 'green',
}

registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'Where an action stands: not started, in progress, completed, impact evidenced or cancelled.' });
registerEnumType(Brag, {
  name: 'Brag',
  description: 'Blue: completed or impact evidenced. Red: overdue. Amber: due within 30 days. Green: on track.',
});
