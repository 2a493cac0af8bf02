import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { assertNothingDepends, chooseSort, containsPattern, NotFoundError, type Page, PageArgs, paginate, SortDirection } from '@sli/shared/api-core';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import {
  CreateTrainingCourseInput,
  TrainingCourseFilter,
  trainingCourseSortFieldColumns,
  TrainingCourseSortField,
  type TrainingCourseSortArgs,
  UpdateTrainingCourseInput,
} from './dto/training-course.input';
import { TrainingCourseEntity } from './training-course.entity';

export const COURSE_THEMES: ThemeLink = { table: 'training_course_themes', ownerColumn: 'course_id' };

@Injectable()
export class TrainingCoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TrainingCourseEntity) private readonly courses: Repository<TrainingCourseEntity>,
    private readonly partnerships: PartnershipsService,
  ) {}

  /** By title unless sorted otherwise. */
  list(filter: TrainingCourseFilter = {}, page: PageArgs, sort: TrainingCourseSortArgs = {}): Promise<Page<TrainingCourseEntity>> {
    const qb = this.courses.createQueryBuilder('c');
    if (filter.partnershipId) qb.andWhere('c.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM training_course_themes ct WHERE ct.course_id = c.id AND ct.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    if (typeof filter.multiAgency === 'boolean') qb.andWhere('c.multiAgency = :multiAgency', { multiAgency: filter.multiAgency });
    if (filter.search) qb.andWhere('c.title ILIKE :search', { search: containsPattern(filter.search) });
    const key = chooseSort(
      trainingCourseSortFieldColumns,
      { field: TrainingCourseSortField.title, direction: SortDirection.asc },
      sort.sort,
      sort.direction,
    );
    return paginate(qb, page, key);
  }

  findByIds(ids: readonly string[]): Promise<TrainingCourseEntity[]> {
    return this.courses.findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<TrainingCourseEntity> {
    const found = await this.courses.findOneBy({ id });
    if (!found) throw new NotFoundError('TrainingCourse', id);
    return found;
  }

  /** Deletes a course with its theme tags; refused while it has sessions. Returns it as it was. */
  remove(id: string): Promise<TrainingCourseEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(TrainingCourseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('TrainingCourse', id);
      await assertNothingDepends(m, { entity: 'Course', id, ref: existing.ref }, [
        { noun: ['session', 'sessions'], sql: 'SELECT ref FROM training_sessions WHERE course_id = $1' },
      ]);
      await m.delete(TrainingCourseEntity, { id });
      return { ...existing };
    });
  }

  async create(input: CreateTrainingCourseInput): Promise<TrainingCourseEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const { themeIds = [], ...fields } = input;
    // The course and its theme links are written together or not at all.
    return this.dataSource.transaction(async (m) => {
      const course = await m.save(
        m.create(TrainingCourseEntity, {
          multiAgency: true,
          durationHours: null,
          description: null,
          ...fields,
          ref: fields.ref ?? randomUUID(),
        }),
      );
      await setThemes(m, COURSE_THEMES, course.partnershipId, course.id, themeIds);
      return course;
    });
  }

  async update(id: string, input: UpdateTrainingCourseInput): Promise<TrainingCourseEntity> {
    const existing = await this.get(id);
    const { themeIds, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const course = await m.save(m.getRepository(TrainingCourseEntity).merge(existing, fields));
      if (themeIds) await setThemes(m, COURSE_THEMES, course.partnershipId, course.id, themeIds);
      return course;
    });
  }
}

