import { Args, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@sli/shared/api-core';
import { TrainingAttendanceConnection, TrainingSessionConnection } from '@sli/training-api';
import {
  TrainingAttendancesBehindArgs,
  TrainingImpactArgs,
  TrainingKirkpatrickArgs,
  TrainingReachArgs,
  TrainingSessionsBehindArgs,
} from './dto/training-metrics.args';
import { TrainingImpactRow, TrainingKirkpatrickLevel, TrainingReachRow } from './models/training-metrics.models';
import { TrainingMetricsService } from './training-metrics.service';

const FILTERS = 'Filters: partnershipIds, from/to (session date), agencyId (that agency\'s bookings), themeId (course themes).';

@Resolver()
export class TrainingMetricsResolver {
  constructor(private readonly service: TrainingMetricsService) {}

  @Query(() => [TrainingReachRow], {
    description: `Training reach per period of the session date (and group): sessions, places, bookings, attendances, did-not-attend rate, multi-agency share. ${FILTERS}`,
  })
  trainingReach(@Args() args: TrainingReachArgs): Promise<TrainingReachRow[]> {
    return this.service.reach(args);
  }

  @Query(() => [TrainingImpactRow], {
    description: `Training impact per period of the session date (and group), as of a date: confidence before/after and its change, satisfaction, follow-up response and practice change. ${FILTERS}`,
  })
  trainingImpact(@Args() args: TrainingImpactArgs): Promise<TrainingImpactRow[]> {
    return this.service.impact(args);
  }

  @Query(() => [TrainingKirkpatrickLevel], { description: `Kirkpatrick's four levels over the whole filter range, as of a date. ${FILTERS}` })
  trainingKirkpatrick(@Args() args: TrainingKirkpatrickArgs): Promise<TrainingKirkpatrickLevel[]> {
    return this.service.kirkpatrick(args);
  }

  @Query(() => TrainingSessionConnection, { description: "The sessions behind a reach row's sessions and places." })
  trainingSessionsBehind(@Args() args: TrainingSessionsBehindArgs, @Args() page: PageArgs): Promise<TrainingSessionConnection> {
    return this.service.sessionsBehind(args, page);
  }

  @Query(() => TrainingAttendanceConnection, { description: 'The bookings behind a reach or impact figure, by measure.' })
  trainingAttendancesBehind(@Args() args: TrainingAttendancesBehindArgs, @Args() page: PageArgs): Promise<TrainingAttendanceConnection> {
    return this.service.attendancesBehind(args, page);
  }
}
