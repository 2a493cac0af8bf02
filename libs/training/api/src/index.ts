export { TrainingModule } from './training.module';
export { TrainingCoursesService, COURSE_THEMES } from './training-courses.service';
export { TrainingSessionsService } from './training-sessions.service';
export { TrainingAttendancesService } from './training-attendances.service';
export {
  trainingCourseLoader,
  trainingSessionLoader,
  trainingAttendanceLoader,
  sessionsByCourseLoader,
  attendancesBySessionLoader,
  sessionCountsLoader,
  trainingEvaluationLoader,
  trainingFollowUpLoader,
} from './training.loaders';
export { TrainingCourseEntity } from './training-course.entity';
export { TrainingSessionEntity } from './training-session.entity';
export { TrainingAttendanceEntity } from './training-attendance.entity';
export { TrainingEvaluationEntity } from './training-evaluation.entity';
export { TrainingFollowUpEntity } from './training-follow-up.entity';
export { TrainingCourse, TrainingCourseConnection } from './models/training-course.model';
export { TrainingSession, TrainingSessionConnection, type TrainingSessionCounts } from './models/training-session.model';
export { TrainingAttendance, TrainingAttendanceConnection, TrainingEvaluation, TrainingFollowUp } from './models/training-attendance.model';
export { TrainingDelivery } from './training.enums';
export {
  CreateTrainingCourseInput,
  UpdateTrainingCourseInput,
  TrainingCourseFilter,
} from './dto/training-course.input';
export { CreateTrainingSessionInput, UpdateTrainingSessionInput, TrainingSessionFilter } from './dto/training-session.input';
export {
  CreateTrainingAttendanceInput,
  UpdateTrainingAttendanceInput,
  TrainingAttendanceFilter,
  TrainingEvaluationInput,
  TrainingFollowUpInput,
} from './dto/training-attendance.input';
