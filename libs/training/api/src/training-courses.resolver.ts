import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { DataSource } from 'typeorm';
import { CreateTrainingCourseInput, TrainingCourseFilterArgs, TrainingCourseSortArgs, UpdateTrainingCourseInput } from './dto/training-course.input';
import { TrainingCourse, TrainingCourseConnection } from './models/training-course.model';
import { TrainingSession } from './models/training-session.model';
import { COURSE_THEMES, TrainingCoursesService } from './training-courses.service';
import { TrainingSessionsService } from './training-sessions.service';
import { sessionsByCourseLoader, trainingCourseLoader } from './training.loaders';

@Resolver(() => TrainingCourse)
export class TrainingCoursesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courseService: TrainingCoursesService,
    private readonly sessionService: TrainingSessionsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => TrainingCourseConnection, {
    description: 'Training courses, by title unless sorted otherwise (ties by id), filtered by partnership, theme, multi-agency or text.',
  })
  trainingCourses(
    @Args() args: TrainingCourseFilterArgs,
    @Args() page: PageArgs,
    @Args() sort: TrainingCourseSortArgs,
  ): Promise<TrainingCourseConnection> {
    return this.courseService.list(args.filter ?? {}, page, sort);
  }

  @Query(() => TrainingCourse, { nullable: true })
  trainingCourse(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<TrainingCourse | null> {
    return trainingCourseLoader(ctx, this.courseService).load(id);
  }

  @Mutation(() => TrainingCourse)
  createTrainingCourse(@Args('input') input: CreateTrainingCourseInput): Promise<TrainingCourse> {
    return this.courseService.create(input);
  }

  @Mutation(() => TrainingCourse, { description: 'Updates a course; themeIds, when given, replaces its themes ([] removes them all).' })
  updateTrainingCourse(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTrainingCourseInput,
  ): Promise<TrainingCourse> {
    return this.courseService.update(id, input);
  }

  @Mutation(() => TrainingCourse, {
    description: 'Deletes a course with its themes; refused while it has sessions. Returns it as it was; the change history keeps it.',
  })
  deleteTrainingCourse(@Args('id', { type: () => ID }) id: string): Promise<TrainingCourse> {
    return this.courseService.remove(id);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() course: TrainingCourse, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(course.partnershipId);
    if (!found) throw new Error(`Partnership ${course.partnershipId} of training course ${course.id} is missing`);
    return found;
  }

  @ResolveField(() => [Theme])
  themes(@Parent() course: TrainingCourse, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.dataSource.manager, COURSE_THEMES).load(course.id);
  }

  @ResolveField(() => [TrainingSession], { description: 'Sessions of the course, in date order.' })
  sessions(@Parent() course: TrainingCourse, @Context() ctx: RequestContext): Promise<TrainingSession[]> {
    return sessionsByCourseLoader(ctx, this.sessionService).load(course.id);
  }
}
