import { Injectable } from '@nestjs/common';
import { todayInEngland } from '@sli/analytics-domain';
import { InputError, NotFoundError, type Caller, type FieldProblem } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import type { EditMeasureStoryInput, WriteMeasureStoryInput } from './dto/measure-story.input';
import { MeasureNoteEntity } from './measure-note.entity';
import { periodStartProblem } from '@sli/measures-domain';
import { MeasureEntity } from './measure.entity';

/**
 * The story behind the curve, written, edited and removed in the product. A story is dated the day
 * it is written (England) and signed with the writer's name; every change is kept by the history.
 */
@Injectable()
export class MeasureStoriesService {
  constructor(private readonly dataSource: DataSource) {}

  write(caller: Caller, input: WriteMeasureStoryInput, today = todayInEngland()): Promise<MeasureNoteEntity> {
    return this.dataSource.transaction(async (m) => {
      const measure = await m.findOneBy(MeasureEntity, { id: input.measureId });
      if (!measure) throw new NotFoundError('Measure', input.measureId);
      const text = input.text.trim();
      const problems = storyProblems(measure, input.periodStart ?? null, text, today);
      if (
        problems.length === 0 &&
        (await m.existsBy(MeasureNoteEntity, {
          measureId: measure.id,
          writtenOn: today,
          text,
        }))
      ) {
        problems.push({
          field: 'text',
          message: 'repeats a story already written today',
        });
      }
      if (problems.length > 0) throw new InputError(problems);
      return m.save(
        MeasureNoteEntity,
        m.create(MeasureNoteEntity, {
          partnershipId: measure.partnershipId,
          measureId: measure.id,
          periodStart: input.periodStart ?? null,
          writtenOn: today,
          author: caller.name,
          text,
        }),
      );
    });
  }

  edit(input: EditMeasureStoryInput, today = todayInEngland()): Promise<MeasureNoteEntity> {
    return this.dataSource.transaction(async (m) => {
      const { note, measure } = await this.find(m, input.id);
      const text = input.text.trim();
      const problems = storyProblems(measure, input.periodStart ?? null, text, today);
      if (problems.length > 0) throw new InputError(problems);
      note.text = text;
      note.periodStart = input.periodStart ?? null;
      return m.save(MeasureNoteEntity, note);
    });
  }

  remove(id: string): Promise<MeasureNoteEntity> {
    return this.dataSource.transaction(async (m) => {
      const { note } = await this.find(m, id);
      await m.delete(MeasureNoteEntity, { id });
      return { ...note };
    });
  }

  private async find(m: EntityManager, id: string): Promise<{ note: MeasureNoteEntity; measure: MeasureEntity }> {
    const note = await m.findOne(MeasureNoteEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!note) throw new NotFoundError('Story', id);
    const measure = await m.findOneByOrFail(MeasureEntity, {
      id: note.measureId,
    });
    return { note, measure };
  }
}

/** Every rule on a story as it would be saved, each naming its field. */
export function storyProblems(measure: Pick<MeasureEntity, 'periodicity'>, periodStart: string | null, text: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (text.length === 0) problems.push({ field: 'text', message: 'must not be blank' });
  if (periodStart) {
    const period = periodStartProblem(periodStart, measure.periodicity);
    if (period) problems.push({ field: 'periodStart', message: period });
    else if (periodStart > today)
      problems.push({
        field: 'periodStart',
        message: 'must be a period that has begun: a story tells what happened',
      });
  }
  return problems;
}
