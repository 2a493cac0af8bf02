import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { CreateTrainingSessionInput, TrainingSessionFilterArgs, TrainingSessionSortArgs, UpdateTrainingSessionInput } from './dto/training-session.input';
import { TrainingAttendance } from './models/training-attendance.model';
import { TrainingCourse } from './models/training-course.model';
import { TrainingSession, TrainingSessionConnection } from './models/training-session.model';
import { TrainingAttendancesService } from './training-attendances.service';
import { TrainingCoursesService } from './training-courses.service';
import { TrainingSessionsService } from './training-sessions.service';
import { attendancesBySessionLoader, sessionCountsLoader, trainingCourseLoader, trainingSessionLoader } from './training.loaders';

@Resolver(() => TrainingSession)
export class TrainingSessionsResolver {
  constructor(
    private readonly sessionService: TrainingSessionsService,
    private readonly courseService: TrainingCoursesService,
    private readonly attendanceService: TrainingAttendancesService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => TrainingSessionConnection, { description: 'Training sessions, latest first unless sorted otherwise (ties by id), filtered by partnership, course or date range.' })
  trainingSessions(
    @Args() args: TrainingSessionFilterArgs,
    @Args() page: PageArgs,
    @Args() sort: TrainingSessionSortArgs,
  ): Promise<TrainingSessionConnection> {
    return this.sessionService.list(args.filter ?? {}, page, sort);
  }

  @Query(() => TrainingSession, { nullable: true })
  trainingSession(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<TrainingSession | null> {
    return trainingSessionLoader(ctx, this.sessionService).load(id);
  }

  @Mutation(() => TrainingSession)
  createTrainingSession(@Args('input') input: CreateTrainingSessionInput): Promise<TrainingSession> {
    return this.sessionService.create(input);
  }

  @Mutation(() => TrainingSession)
  updateTrainingSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTrainingSessionInput,
  ): Promise<TrainingSession> {
    return this.sessionService.update(id, input);
  }

  @Mutation(() => TrainingSession, {
    description: 'Deletes a session; refused while places are booked on it. Returns it as it was; the change history keeps it.',
  })
  deleteTrainingSession(@Args('id', { type: () => ID }) id: string): Promise<TrainingSession> {
    return this.sessionService.remove(id);
  }

  @ResolveField(() => TrainingCourse)
  async course(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<TrainingCourse> {
    const found = await trainingCourseLoader(ctx, this.courseService).load(session.courseId);
    if (!found) throw new Error(`Course ${session.courseId} of training session ${session.id} is missing`);
    return found;
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(session.partnershipId);
    if (!found) throw new Error(`Partnership ${session.partnershipId} of training session ${session.id} is missing`);
    return found;
  }

  @ResolveField(() => [TrainingAttendance], { description: 'Places booked on the session, by ref.' })
  attendances(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<TrainingAttendance[]> {
    return attendancesBySessionLoader(ctx, this.attendanceService).load(session.id);
  }

  @ResolveField(() => Int, { description: 'Places booked: every attendance record, whether or not they came.' })
  async booked(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<number> {
    return (await sessionCountsLoader(ctx, this.sessionService).load(session.id)).booked;
  }

  @ResolveField(() => Int, { description: 'Bookings that attended.' })
  async attended(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<number> {
    return (await sessionCountsLoader(ctx, this.sessionService).load(session.id)).attended;
  }

  @ResolveField(() => Int, { description: 'Bookings that did not attend.' })
  async didNotAttend(@Parent() session: TrainingSession, @Context() ctx: RequestContext): Promise<number> {
    return (await sessionCountsLoader(ctx, this.sessionService).load(session.id)).didNotAttend;
  }
}
