import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { assertNothingDepends, chooseSort, InputError, NotFoundError, PageArgs, paginate, SortDirection, type FieldProblem, type Page } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { CreateTrainingSessionInput, TrainingSessionFilter, trainingSessionSortFieldColumns, TrainingSessionSortField, type TrainingSessionSortArgs, UpdateTrainingSessionInput } from './dto/training-session.input';
import { TrainingSessionCounts } from './models/training-session.model';
import { TrainingCourseEntity } from './training-course.entity';
import { TrainingSessionEntity } from './training-session.entity';
import { TrainingDelivery } from './training.enums';

@Injectable()
export class TrainingSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TrainingSessionEntity) private readonly sessions: Repository<TrainingSessionEntity>,
    @InjectRepository(TrainingCourseEntity) private readonly courses: Repository<TrainingCourseEntity>,
  ) {}

  /** Latest first unless sorted otherwise: sessions fall in a reporting period by their date. */
  list(filter: TrainingSessionFilter = {}, page: PageArgs, sort: TrainingSessionSortArgs = {}): Promise<Page<TrainingSessionEntity>> {
    const qb = this.sessions.createQueryBuilder('s');
    if (filter.partnershipId) qb.andWhere('s.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.courseId) qb.andWhere('s.courseId = :courseId', { courseId: filter.courseId });
    if (filter.dateFrom) qb.andWhere('s.sessionDate >= :dateFrom', { dateFrom: filter.dateFrom });
    if (filter.dateTo) qb.andWhere('s.sessionDate <= :dateTo', { dateTo: filter.dateTo });
    if (filter.agencyId) {
      qb.andWhere('EXISTS (SELECT 1 FROM training_attendances t WHERE t.session_id = s.id AND t.agency_id = :agencyId)', { agencyId: filter.agencyId });
    }
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM training_course_themes ct WHERE ct.course_id = s.courseId AND ct.theme_id = :themeId)', { themeId: filter.themeId });
    }
    const key = chooseSort(
      trainingSessionSortFieldColumns,
      { field: TrainingSessionSortField.sessionDate, direction: SortDirection.desc },
      sort.sort,
      sort.direction,
    );
    return paginate(qb, page, key);
  }

  findByIds(ids: readonly string[]): Promise<TrainingSessionEntity[]> {
    return this.sessions.findBy({ id: In([...ids]) });
  }

  /** Sessions of each course, in date order. */
  findByCourseIds(courseIds: readonly string[]): Promise<TrainingSessionEntity[]> {
    return this.sessions.find({ where: { courseId: In([...courseIds]) }, order: { sessionDate: 'ASC', id: 'ASC' } });
  }

  /** Booked places (every attendance row), attended and did-not-attend, per session; sessions with none are absent. */
  async countsBySessionIds(ids: readonly string[]): Promise<TrainingSessionCounts[]> {
    const rows: { session_id: string; booked: number; attended: number; did_not_attend: number }[] = await this.dataSource.query(
      `SELECT session_id, count(*)::int AS booked,
              count(*) FILTER (WHERE attended)::int AS attended,
              count(*) FILTER (WHERE NOT attended)::int AS did_not_attend
         FROM training_attendances WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [[...ids]],
    );
    return rows.map((r) => ({ sessionId: r.session_id, booked: r.booked, attended: r.attended, didNotAttend: r.did_not_attend }));
  }

  async get(id: string): Promise<TrainingSessionEntity> {
    const found = await this.sessions.findOneBy({ id });
    if (!found) throw new NotFoundError('TrainingSession', id);
    return found;
  }

  /**
   * Deletes a session; refused while places are booked on it (the bookings are named by their agency,
   * their references being made up when not given). Returns it as it was.
   */
  remove(id: string): Promise<TrainingSessionEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(TrainingSessionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('TrainingSession', id);
      await assertNothingDepends(m, { entity: 'Session', id, ref: existing.ref }, [
        {
          noun: ['booking', 'bookings'],
          sql: 'SELECT g.name AS ref FROM training_attendances a JOIN agencies g ON g.id = a.agency_id WHERE a.session_id = $1',
        },
      ]);
      await m.delete(TrainingSessionEntity, { id });
      return { ...existing };
    });
  }

  async create(input: CreateTrainingSessionInput): Promise<TrainingSessionEntity> {
    const course = await this.courses.findOneBy({ id: input.courseId });
    if (!course) throw new InputError([{ field: 'courseId', message: 'refers to no training course' }]);
    return this.sessions.save(
      this.sessions.create({
        delivery: TrainingDelivery.IN_PERSON,
        ...input,
        partnershipId: course.partnershipId,
        ref: input.ref ?? randomUUID(),
      }),
    );
  }

  async update(id: string, input: UpdateTrainingSessionInput): Promise<TrainingSessionEntity> {
    return this.dataSource.transaction(async (m) => {
      // Locked so a booking cannot slip in between the capacity check and the write.
      const existing = await m.getRepository(TrainingSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('TrainingSession', id);
      const problems = await this.checkUpdate(m, existing, input);
      if (problems.length > 0) throw new InputError(problems);
      return m.save(m.getRepository(TrainingSessionEntity).merge(existing, input));
    });
  }

  private async checkUpdate(m: EntityManager, existing: TrainingSessionEntity, input: UpdateTrainingSessionInput): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.courseId && input.courseId !== existing.courseId) {
      const course = await m.findOneBy(TrainingCourseEntity, { id: input.courseId });
      if (!course || course.partnershipId !== existing.partnershipId) {
        problems.push({ field: 'courseId', message: "refers to no training course of this session's partnership" });
      }
    }
    if (input.capacity && input.capacity !== existing.capacity) {
      const [{ booked }] = (await m.query(`SELECT count(*)::int AS booked FROM training_attendances WHERE session_id = $1`, [
        existing.id,
      ])) as [{ booked: number }];
      if (booked > input.capacity) {
        problems.push({ field: 'capacity', message: `is less than the ${booked} places already booked` });
      }
    }
    if (input.sessionDate && input.sessionDate > existing.sessionDate) {
      // Evaluations and follow-ups cannot predate the session they are about.
      const [{ earliest }] = (await m.query(
        `SELECT least(min(e.submitted_on), min(f.sent_on))::text AS earliest
           FROM training_attendances a
           LEFT JOIN training_evaluations e ON e.attendance_id = a.id
           LEFT JOIN training_follow_ups f ON f.attendance_id = a.id
          WHERE a.session_id = $1`,
        [existing.id],
      )) as [{ earliest: string | null }];
      if (earliest && earliest < input.sessionDate) {
        problems.push({ field: 'sessionDate', message: `is after an evaluation or follow-up of this session dated ${earliest}` });
      }
    }
    return problems;
  }
}
