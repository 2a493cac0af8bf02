import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import {
  CreateTrainingAttendanceInput,
  TrainingAttendanceFilterArgs,
  TrainingAttendanceSortArgs,
  TrainingEvaluationInput,
  TrainingFollowUpInput,
  UpdateTrainingAttendanceInput,
} from './dto/training-attendance.input';
import { TrainingAttendance, TrainingAttendanceConnection, TrainingEvaluation, TrainingFollowUp } from './models/training-attendance.model';
import { TrainingSession } from './models/training-session.model';
import { TrainingAttendancesService } from './training-attendances.service';
import { TrainingSessionsService } from './training-sessions.service';
import { trainingAttendanceLoader, trainingEvaluationLoader, trainingFollowUpLoader, trainingSessionLoader } from './training.loaders';

@Resolver(() => TrainingAttendance)
export class TrainingAttendancesResolver {
  constructor(
    private readonly attendanceService: TrainingAttendancesService,
    private readonly sessionService: TrainingSessionsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => TrainingAttendanceConnection, {
    description:
      'Training attendances, by ref unless sorted otherwise (ties by id), filtered by partnership, session, agency or attended, and by their sessions\' course, dates or theme.',
  })
  trainingAttendances(
    @Args() args: TrainingAttendanceFilterArgs,
    @Args() page: PageArgs,
    @Args() sort: TrainingAttendanceSortArgs,
  ): Promise<TrainingAttendanceConnection> {
    return this.attendanceService.list(args.filter ?? {}, page, sort);
  }

  @Query(() => TrainingAttendance, { nullable: true })
  trainingAttendance(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<TrainingAttendance | null> {
    return trainingAttendanceLoader(ctx, this.attendanceService).load(id);
  }

  @Mutation(() => TrainingAttendance, { description: "Books a place on a session for an agency of the session's partnership, within its capacity." })
  createTrainingAttendance(@Args('input') input: CreateTrainingAttendanceInput): Promise<TrainingAttendance> {
    return this.attendanceService.create(input);
  }

  @Mutation(() => TrainingAttendance)
  updateTrainingAttendance(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTrainingAttendanceInput,
  ): Promise<TrainingAttendance> {
    return this.attendanceService.update(id, input);
  }

  @Mutation(() => TrainingAttendance, {
    description: 'Deletes a booking with its evaluation and follow-up, which are part of it. Returns it as it was; the change history keeps them.',
  })
  deleteTrainingAttendance(@Args('id', { type: () => ID }) id: string): Promise<TrainingAttendance> {
    return this.attendanceService.remove(id);
  }

  @Mutation(() => TrainingAttendance, { description: 'Records (or replaces) the evaluation of an attendance that attended.' })
  recordTrainingEvaluation(
    @Args('attendanceId', { type: () => ID }) attendanceId: string,
    @Args('input') input: TrainingEvaluationInput,
  ): Promise<TrainingAttendance> {
    return this.attendanceService.recordEvaluation(attendanceId, input);
  }

  @Mutation(() => TrainingAttendance, { description: 'Records (or replaces) the practice-change follow-up of an attendance that attended.' })
  recordTrainingFollowUp(
    @Args('attendanceId', { type: () => ID }) attendanceId: string,
    @Args('input') input: TrainingFollowUpInput,
  ): Promise<TrainingAttendance> {
    return this.attendanceService.recordFollowUp(attendanceId, input);
  }

  @ResolveField(() => TrainingSession)
  async session(@Parent() attendance: TrainingAttendance, @Context() ctx: RequestContext): Promise<TrainingSession> {
    const found = await trainingSessionLoader(ctx, this.sessionService).load(attendance.sessionId);
    if (!found) throw new Error(`Session ${attendance.sessionId} of training attendance ${attendance.id} is missing`);
    return found;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() attendance: TrainingAttendance, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(attendance.agencyId);
    if (!found) throw new Error(`Agency ${attendance.agencyId} of training attendance ${attendance.id} is missing`);
    return found;
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() attendance: TrainingAttendance, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(attendance.partnershipId);
    if (!found) throw new Error(`Partnership ${attendance.partnershipId} of training attendance ${attendance.id} is missing`);
    return found;
  }

  @ResolveField(() => TrainingEvaluation, { nullable: true })
  evaluation(@Parent() attendance: TrainingAttendance, @Context() ctx: RequestContext): Promise<TrainingEvaluation | null> {
    return trainingEvaluationLoader(ctx, this.attendanceService).load(attendance.id);
  }

  @ResolveField(() => TrainingFollowUp, { nullable: true })
  followUp(@Parent() attendance: TrainingAttendance, @Context() ctx: RequestContext): Promise<TrainingFollowUp | null> {
    return trainingFollowUpLoader(ctx, this.attendanceService).load(attendance.id);
  }
}
