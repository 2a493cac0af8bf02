import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { chooseSort, InputError, NotFoundError, PageArgs, paginate, SortDirection, type FieldProblem, type Page } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { evaluationProblems, followUpProblems } from '@sli/training-domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  CreateTrainingAttendanceInput,
  TrainingAttendanceFilter,
  trainingAttendanceSortFieldColumns,
  TrainingAttendanceSortField,
  type TrainingAttendanceSortArgs,
  TrainingEvaluationInput,
  TrainingFollowUpInput,
  UpdateTrainingAttendanceInput,
} from './dto/training-attendance.input';
import { TrainingAttendanceEntity } from './training-attendance.entity';
import { TrainingEvaluationEntity } from './training-evaluation.entity';
import { TrainingFollowUpEntity } from './training-follow-up.entity';
import { TrainingSessionEntity } from './training-session.entity';

/** Attendances (bookings and who came) with their evaluations and follow-ups. */
@Injectable()
export class TrainingAttendancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TrainingAttendanceEntity) private readonly attendances: Repository<TrainingAttendanceEntity>,
    @InjectRepository(TrainingEvaluationEntity) private readonly evaluations: Repository<TrainingEvaluationEntity>,
    @InjectRepository(TrainingFollowUpEntity) private readonly followUps: Repository<TrainingFollowUpEntity>,
  ) {}

  /** By ref unless sorted otherwise: a register imported from a spreadsheet keeps its own order. */
  list(filter: TrainingAttendanceFilter = {}, page: PageArgs, sort: TrainingAttendanceSortArgs = {}): Promise<Page<TrainingAttendanceEntity>> {
    const qb = this.attendances.createQueryBuilder('a');
    if (filter.partnershipId) qb.andWhere('a.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.sessionId) qb.andWhere('a.sessionId = :sessionId', { sessionId: filter.sessionId });
    if (filter.agencyId) qb.andWhere('a.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (typeof filter.attended === 'boolean') qb.andWhere('a.attended = :attended', { attended: filter.attended });
    // The session's course and date: the register of the sessions a page lists.
    if (filter.courseId || filter.dateFrom || filter.dateTo || filter.themeId) {
      const on = ['s.id = a.session_id'];
      if (filter.courseId) on.push('s.course_id = :courseId');
      if (filter.dateFrom) on.push('s.session_date >= :dateFrom');
      if (filter.dateTo) on.push('s.session_date <= :dateTo');
      if (filter.themeId) on.push('EXISTS (SELECT 1 FROM training_course_themes ct WHERE ct.course_id = s.course_id AND ct.theme_id = :themeId)');
      qb.andWhere(`EXISTS (SELECT 1 FROM training_sessions s WHERE ${on.join(' AND ')})`, {
        courseId: filter.courseId,
        dateFrom: filter.dateFrom,
        dateTo: filter.dateTo,
        themeId: filter.themeId,
      });
    }
    const key = chooseSort(
      trainingAttendanceSortFieldColumns,
      { field: TrainingAttendanceSortField.ref, direction: SortDirection.asc },
      sort.sort,
      sort.direction,
    );
    return paginate(qb, page, key);
  }

  findByIds(ids: readonly string[]): Promise<TrainingAttendanceEntity[]> {
    return this.attendances.findBy({ id: In([...ids]) });
  }

  findBySessionIds(sessionIds: readonly string[]): Promise<TrainingAttendanceEntity[]> {
    return this.attendances.find({ where: { sessionId: In([...sessionIds]) }, order: { ref: 'ASC', id: 'ASC' } });
  }

  findEvaluations(attendanceIds: readonly string[]): Promise<TrainingEvaluationEntity[]> {
    return this.evaluations.findBy({ attendanceId: In([...attendanceIds]) });
  }

  findFollowUps(attendanceIds: readonly string[]): Promise<TrainingFollowUpEntity[]> {
    return this.followUps.findBy({ attendanceId: In([...attendanceIds]) });
  }

  async get(id: string): Promise<TrainingAttendanceEntity> {
    const found = await this.attendances.findOneBy({ id });
    if (!found) throw new NotFoundError('TrainingAttendance', id);
    return found;
  }

  async create(input: CreateTrainingAttendanceInput): Promise<TrainingAttendanceEntity> {
    return this.dataSource.transaction(async (m) => {
      const session = await lockSession(m, input.sessionId);
      if (!session) throw new InputError([{ field: 'sessionId', message: 'refers to no training session' }]);
      const problems = [
        ...(await checkAgency(m, session.partnershipId, input.agencyId)),
        ...(await checkPlaceFree(m, session)),
      ];
      if (problems.length > 0) throw new InputError(problems);
      return m.save(
        m.create(TrainingAttendanceEntity, { role: null, ...input, partnershipId: session.partnershipId, ref: input.ref ?? randomUUID() }),
      );
    });
  }

  async update(id: string, input: UpdateTrainingAttendanceInput): Promise<TrainingAttendanceEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(TrainingAttendanceEntity, { id });
      if (!existing) throw new NotFoundError('TrainingAttendance', id);
      const problems: FieldProblem[] = [];
      if (input.sessionId && input.sessionId !== existing.sessionId) {
        const session = await lockSession(m, input.sessionId);
        if (!session || session.partnershipId !== existing.partnershipId) {
          problems.push({ field: 'sessionId', message: "refers to no training session of this attendance's partnership" });
        } else {
          problems.push(...(await checkPlaceFree(m, session)));
        }
      }
      if (input.agencyId && input.agencyId !== existing.agencyId) {
        problems.push(...(await checkAgency(m, existing.partnershipId, input.agencyId)));
      }
      if (input.attended === false && existing.attended) {
        const [{ n }] = (await m.query(
          `SELECT (SELECT count(*) FROM training_evaluations WHERE attendance_id = $1)
                + (SELECT count(*) FROM training_follow_ups WHERE attendance_id = $1) AS n`,
          [id],
        )) as [{ n: string | number }];
        if (Number(n) > 0) problems.push({ field: 'attended', message: 'cannot be false: this attendance has an evaluation or follow-up' });
      }
      if (problems.length > 0) throw new InputError(problems);
      return m.save(m.getRepository(TrainingAttendanceEntity).merge(existing, input));
    });
  }

  /** Deletes a booking; its evaluation and follow-up are part of it and go with it. Returns it as it was. */
  remove(id: string): Promise<TrainingAttendanceEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(TrainingAttendanceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('TrainingAttendance', id);
      await m.delete(TrainingAttendanceEntity, { id });
      return { ...existing };
    });
  }

  /** Creates or replaces the attendance's evaluation. */
  async recordEvaluation(attendanceId: string, input: TrainingEvaluationInput): Promise<TrainingAttendanceEntity> {
    return this.dataSource.transaction(async (m) => {
      const { attendance, sessionDate } = await attendanceWithDate(m, attendanceId);
      const problems = evaluationProblems(input, sessionDate, todayInEngland());
      if (!attendance.attended) problems.unshift({ field: 'attendanceId', message: 'did not attend, so cannot evaluate the session' });
      if (problems.length > 0) throw new InputError(problems);
      await m.save(
        m.create(TrainingEvaluationEntity, {
          satisfaction: null,
          comment: null,
          ...input,
          attendanceId,
          partnershipId: attendance.partnershipId,
        }),
      );
      return attendance;
    });
  }

  /** Creates or replaces the attendance's follow-up: first when sent, again when answered. */
  async recordFollowUp(attendanceId: string, input: TrainingFollowUpInput): Promise<TrainingAttendanceEntity> {
    return this.dataSource.transaction(async (m) => {
      const { attendance, sessionDate } = await attendanceWithDate(m, attendanceId);
      const problems = followUpProblems(input, sessionDate, todayInEngland());
      if (!attendance.attended) problems.unshift({ field: 'attendanceId', message: 'did not attend, so cannot be followed up' });
      if (problems.length > 0) throw new InputError(problems);
      await m.save(
        m.create(TrainingFollowUpEntity, {
          respondedOn: null,
          changedPractice: null,
          example: null,
          ...input,
          attendanceId,
          partnershipId: attendance.partnershipId,
        }),
      );
      return attendance;
    });
  }
}

function lockSession(m: EntityManager, id: string): Promise<TrainingSessionEntity | null> {
  // Locked so concurrent bookings of the last place take turns.
  return m.getRepository(TrainingSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

async function checkAgency(m: EntityManager, partnershipId: string, agencyId: string): Promise<FieldProblem[]> {
  const found: unknown[] = await m.query(`SELECT 1 FROM agencies WHERE id = $1 AND partnership_id = $2`, [agencyId, partnershipId]);
  return found.length > 0 ? [] : [{ field: 'agencyId', message: "refers to no agency of the session's partnership" }];
}

async function checkPlaceFree(m: EntityManager, session: TrainingSessionEntity): Promise<FieldProblem[]> {
  const [{ booked }] = (await m.query(`SELECT count(*)::int AS booked FROM training_attendances WHERE session_id = $1`, [
    session.id,
  ])) as [{ booked: number }];
  return booked < session.capacity
    ? []
    : [{ field: 'sessionId', message: `is full: ${booked} of ${session.capacity} places are booked` }];
}

async function attendanceWithDate(m: EntityManager, id: string): Promise<{ attendance: TrainingAttendanceEntity; sessionDate: string }> {
  const attendance = await m.findOneBy(TrainingAttendanceEntity, { id });
  if (!attendance) throw new NotFoundError('TrainingAttendance', id);
  const session = await m.findOneByOrFail(TrainingSessionEntity, { id: attendance.sessionId });
  return { attendance, sessionDate: session.sessionDate };
}
