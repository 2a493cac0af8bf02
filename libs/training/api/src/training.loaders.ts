import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { TrainingAttendance, TrainingEvaluation, TrainingFollowUp } from './models/training-attendance.model';
import type { TrainingCourse } from './models/training-course.model';
import type { TrainingSession, TrainingSessionCounts } from './models/training-session.model';
import type { TrainingAttendancesService } from './training-attendances.service';
import type { TrainingCoursesService } from './training-courses.service';
import type { TrainingSessionsService } from './training-sessions.service';

/** Per-request batched look-ups: each relation costs one query per request, however many parents ask. */

export function trainingCourseLoader(ctx: RequestContext, service: TrainingCoursesService) {
  return ctx.loaders.get<string, TrainingCourse | null>('trainingCourse.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (c) => c.id),
  );
}

export function trainingSessionLoader(ctx: RequestContext, service: TrainingSessionsService) {
  return ctx.loaders.get<string, TrainingSession | null>('trainingSession.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (s) => s.id),
  );
}

export function trainingAttendanceLoader(ctx: RequestContext, service: TrainingAttendancesService) {
  return ctx.loaders.get<string, TrainingAttendance | null>('trainingAttendance.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (a) => a.id),
  );
}

export function sessionsByCourseLoader(ctx: RequestContext, service: TrainingSessionsService) {
  return ctx.loaders.get<string, TrainingSession[]>('trainingSession.byCourse', async (courseIds) =>
    groupByKey(courseIds, await service.findByCourseIds(courseIds), (s) => s.courseId),
  );
}

export function sessionCountsLoader(ctx: RequestContext, service: TrainingSessionsService) {
  return ctx.loaders.get<string, TrainingSessionCounts>('trainingSession.counts', async (ids) =>
    byKey(ids, await service.countsBySessionIds(ids), (c) => c.sessionId).map(
      (c, i) => c ?? { sessionId: ids[i] as string, booked: 0, attended: 0, didNotAttend: 0 },
    ),
  );
}

export function attendancesBySessionLoader(ctx: RequestContext, service: TrainingAttendancesService) {
  return ctx.loaders.get<string, TrainingAttendance[]>('trainingAttendance.bySession', async (sessionIds) =>
    groupByKey(sessionIds, await service.findBySessionIds(sessionIds), (a) => a.sessionId),
  );
}

export function trainingEvaluationLoader(ctx: RequestContext, service: TrainingAttendancesService) {
  return ctx.loaders.get<string, TrainingEvaluation | null>('trainingEvaluation.byAttendance', async (ids) =>
    byKey(ids, await service.findEvaluations(ids), (e) => e.attendanceId),
  );
}

export function trainingFollowUpLoader(ctx: RequestContext, service: TrainingAttendancesService) {
  return ctx.loaders.get<string, TrainingFollowUp | null>('trainingFollowUp.byAttendance', async (ids) =>
    byKey(ids, await service.findFollowUps(ids), (f) => f.attendanceId),
  );
}
