import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@sli/partnerships-api';
import { TrainingAttendanceEntity } from './training-attendance.entity';
import { TrainingAttendancesResolver } from './training-attendances.resolver';
import { TrainingAttendancesService } from './training-attendances.service';
import { TrainingCourseEntity } from './training-course.entity';
import { TrainingCoursesResolver } from './training-courses.resolver';
import { TrainingCoursesService } from './training-courses.service';
import { TrainingEvaluationEntity } from './training-evaluation.entity';
import { TrainingFollowUpEntity } from './training-follow-up.entity';
import { TrainingSessionEntity } from './training-session.entity';
import { TrainingSessionsResolver } from './training-sessions.resolver';
import { TrainingSessionsService } from './training-sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingCourseEntity,
      TrainingSessionEntity,
      TrainingAttendanceEntity,
      TrainingEvaluationEntity,
      TrainingFollowUpEntity,
    ]),
    PartnershipsModule,
  ],
  providers: [
    TrainingCoursesService,
    TrainingSessionsService,
    TrainingAttendancesService,
    TrainingCoursesResolver,
    TrainingSessionsResolver,
    TrainingAttendancesResolver,
  ],
  exports: [TrainingCoursesService, TrainingSessionsService, TrainingAttendancesService],
})
export class TrainingModule {}
