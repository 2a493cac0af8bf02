import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { measureProblems, periodStartProblem, valueProblems } from '@sli/measures-domain';
import { PartnershipsService } from '@sli/partnerships-api';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { outsidePartnershipMessage } from '@sli/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { AddMeasureNoteInput, CreateMeasureInput, MeasureFilter, MeasureValueInput, UpdateMeasureInput } from './dto/measure.input';
import { MeasureNoteEntity } from './measure-note.entity';
import { MeasureValueEntity } from './measure-value.entity';
import { MeasureEntity } from './measure.entity';
import { MeasureKind } from './measure.enums';

type MeasureFields = Omit<MeasureEntity, 'id' | 'createdAt' | 'updatedAt'>;

/** Columns that may be left out of an update but never set to null. */
const NOT_NULL = ['ref', 'name', 'quadrant', 'polarity', 'unit', 'periodicity', 'source', 'headline'] as const;

@Injectable()
export class MeasuresService {
  constructor(
    @InjectRepository(MeasureEntity) private readonly measures: Repository<MeasureEntity>,
    @InjectRepository(MeasureValueEntity) private readonly values: Repository<MeasureValueEntity>,
    @InjectRepository(MeasureNoteEntity) private readonly notes: Repository<MeasureNoteEntity>,
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  list(filter: MeasureFilter = {}, page: PageArgs): Promise<Page<MeasureEntity>> {
    const qb = this.measures.createQueryBuilder('m');
    if (filter.partnershipId) qb.andWhere('m.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.quadrant) qb.andWhere('m.quadrant = :quadrant', { quadrant: filter.quadrant });
    if (filter.headline !== undefined && filter.headline !== null) qb.andWhere('m.headline = :headline', { headline: filter.headline });
    if (filter.agencyId) qb.andWhere('m.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.source) qb.andWhere('m.source = :source', { source: filter.source });
    if (filter.placed === true) qb.andWhere('(m.resultId IS NOT NULL OR m.strategyId IS NOT NULL)');
    if (filter.placed === false) qb.andWhere('m.resultId IS NULL AND m.strategyId IS NULL');
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (m) => m.name);
  }

  findByIds(ids: readonly string[]): Promise<MeasureEntity[]> {
    return this.measures.findBy({ id: In([...ids]) });
  }

  /** The values of any of the measures, oldest period first. */
  findValuesByMeasureIds(measureIds: readonly string[]): Promise<MeasureValueEntity[]> {
    return this.values.find({ where: { measureId: In([...measureIds]) }, order: { periodStart: 'ASC' } });
  }

  /** The notes on any of the measures, in the order they were written. */
  findNotesByMeasureIds(measureIds: readonly string[]): Promise<MeasureNoteEntity[]> {
    return this.notes.find({ where: { measureId: In([...measureIds]) }, order: { writtenOn: 'ASC', id: 'ASC' } });
  }

  async create(input: CreateMeasureInput): Promise<MeasureEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const fields: MeasureFields = {
      partnershipId: input.partnershipId,
      ref: input.ref ?? randomUUID(),
      name: input.name,
      description: input.description ?? null,
      quadrant: input.quadrant,
      polarity: input.polarity,
      unit: input.unit,
      periodicity: input.periodicity,
      source: input.source,
      metric: input.metric ?? null,
      headline: input.headline ?? false,
      target: input.target ?? null,
      baseline: input.baseline ?? null,
      baselinePeriodStart: input.baselinePeriodStart ?? null,
      agencyId: input.agencyId ?? null,
      // Placed in the results hierarchy later (setMeasurePlace): a new measure belongs nowhere yet.
      kind: MeasureKind.PERFORMANCE_MEASURE,
      resultId: null,
      strategyId: null,
    };
    return this.dataSource.transaction(async (m) => {
      await this.check(m, fields, []);
      return m.save(MeasureEntity, m.create(MeasureEntity, fields));
    });
  }

  async update(id: string, input: UpdateMeasureInput): Promise<MeasureEntity> {
    const patch = defined(input);
    const problems: FieldProblem[] = NOT_NULL.filter((k) => patch[k] === null).map((field) => ({
      field,
      message: 'cannot be null: leave it out to keep the current value',
    }));
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(MeasureEntity, { id });
      if (!existing) throw new NotFoundError('Measure', id);
      const periodicityBefore = existing.periodicity;
      const merged = m.merge<MeasureEntity>(MeasureEntity, existing, patch); // merges into `existing` itself
      if (merged.periodicity !== periodicityBefore) {
        const rows: { period_start: string }[] = await m.query(
          'SELECT period_start FROM measure_values WHERE measure_id = $1 ORDER BY period_start',
          [id],
        );
        const misfits = rows.map((r) => r.period_start).filter((d) => periodStartProblem(d, merged.periodicity));
        if (misfits.length > 0) {
          problems.push({
            field: 'periodicity',
            message: `does not fit the values already recorded (${misfits.slice(0, 3).join(', ')}); remove those first`,
          });
        }
      }
      await this.check(m, merged, problems);
      return m.save(MeasureEntity, merged);
    });
  }

  /** Adds or replaces the values of the given periods, all or none; other periods keep theirs. */
  async setValues(measureId: string, values: readonly MeasureValueInput[]): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (m) => {
      const measure = await m.findOne(MeasureEntity, { where: { id: measureId }, lock: { mode: 'pessimistic_write' } });
      if (!measure) throw new NotFoundError('Measure', measureId);
      const problems = valueProblems(values, measure.periodicity);
      if (problems.length > 0) throw new InputError(problems);
      if (values.length === 0) return measure;
      await m.query(
        `INSERT INTO measure_values (partnership_id, measure_id, period_start, value)
         SELECT $1, $2, v.period_start, v.value FROM unnest($3::date[], $4::numeric[]) AS v (period_start, value)
         ON CONFLICT (measure_id, period_start) DO UPDATE SET value = EXCLUDED.value`,
        [measure.partnershipId, measureId, values.map((v) => v.periodStart), values.map((v) => v.value)],
      );
      return touch(m, measureId);
    });
  }

  async removeValue(measureId: string, periodStart: string): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (m) => {
      if (!(await m.existsBy(MeasureEntity, { id: measureId }))) throw new NotFoundError('Measure', measureId);
      const result = await m.delete(MeasureValueEntity, { measureId, periodStart });
      if (!result.affected) throw new InputError([{ field: 'periodStart', message: `has no value to remove (${periodStart})` }]);
      return touch(m, measureId);
    });
  }

  async addNote(measureId: string, input: AddMeasureNoteInput): Promise<MeasureNoteEntity> {
    return this.dataSource.transaction(async (m) => {
      const measure = await m.findOneBy(MeasureEntity, { id: measureId });
      if (!measure) throw new NotFoundError('Measure', measureId);
      const problems: FieldProblem[] = [];
      const period = input.periodStart && periodStartProblem(input.periodStart, measure.periodicity);
      if (period) problems.push({ field: 'periodStart', message: period });
      if (await m.existsBy(MeasureNoteEntity, { measureId, writtenOn: input.writtenOn, text: input.text })) {
        problems.push({ field: 'text', message: `repeats a note already written on ${input.writtenOn}` });
      }
      if (problems.length > 0) throw new InputError(problems);
      return m.save(
        MeasureNoteEntity,
        m.create(MeasureNoteEntity, {
          partnershipId: measure.partnershipId,
          measureId,
          periodStart: input.periodStart ?? null,
          writtenOn: input.writtenOn,
          author: input.author ?? null,
          text: input.text,
        }),
      );
    });
  }

  /** Every rule on the measure as it would be saved; throws one error naming every field at fault, before writing. */
  private async check(m: EntityManager, measure: MeasureFields, problems: FieldProblem[]): Promise<void> {
    problems.push(...measureProblems(measure));
    if (measure.agencyId) {
      const found: unknown[] = await m.query('SELECT 1 FROM agencies WHERE partnership_id = $1 AND id = $2', [
        measure.partnershipId,
        measure.agencyId,
      ]);
      if (found.length === 0) problems.push({ field: 'agencyId', message: outsidePartnershipMessage('agency') });
    }
    if (problems.length > 0) throw new InputError(problems);
  }
}

/** Marks the measure changed when its values change, and returns it. */
async function touch(m: EntityManager, measureId: string): Promise<MeasureEntity> {
  await m.query('UPDATE measures SET updated_at = now() WHERE id = $1', [measureId]);
  return m.findOneByOrFail(MeasureEntity, { id: measureId });
}

/** The properties that were given: an input leaves out what the client did not send. */
function defined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
