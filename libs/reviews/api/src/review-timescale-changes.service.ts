import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { timescaleChangeProblems } from '@sli/reviews-domain';
import { InputError, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { DataSource, In, Not, Repository, type EntityManager } from 'typeorm';
import { CreateReviewTimescaleChangeInput, UpdateReviewTimescaleChangeInput } from './dto/review-timescale-change.input';
import { ReviewTimescaleChangeEntity } from './review-timescale-change.entity';
import { ReviewEntity } from './review.entity';
import { applyPatch } from './review.rules';

type ChangeFields = Omit<ReviewTimescaleChangeEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['reason', 'startsOn'] as const;

/**
 * Pauses and extensions of reviews. Each write locks its review's row, so two pauses recorded at once
 * cannot both pass the overlap rule.
 */
@Injectable()
export class ReviewTimescaleChangesService {
  constructor(
    @InjectRepository(ReviewTimescaleChangeEntity) private readonly changes: Repository<ReviewTimescaleChangeEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /** The pauses and extensions of any of the reviews, in the order they started. */
  findByReviewIds(reviewIds: readonly string[]): Promise<ReviewTimescaleChangeEntity[]> {
    return this.changes.find({ where: { reviewId: In([...reviewIds]) }, order: { startsOn: 'ASC', kind: 'ASC', id: 'ASC' } });
  }

  create(input: CreateReviewTimescaleChangeInput): Promise<ReviewTimescaleChangeEntity> {
    return this.dataSource.transaction(async (m) => {
      const review = await lockReview(m, input.reviewId);
      if (!review) throw new InputError([{ field: 'reviewId', message: 'refers to no review' }]);
      const base: ChangeFields = {
        partnershipId: review.partnershipId,
        reviewId: review.id,
        kind: input.kind,
        reason: input.reason,
        reasonDetails: null,
        startsOn: input.startsOn,
        endsOn: null,
        agreedDueOn: null,
        agreedBy: null,
      };
      const { reviewId: _r, kind: _k, ...fields } = input;
      const { merged, problems } = applyPatch(base, fields, REQUIRED);
      await this.check(m, review, null, merged, problems);
      return m.save(ReviewTimescaleChangeEntity, m.create(ReviewTimescaleChangeEntity, merged));
    });
  }

  update(id: string, input: UpdateReviewTimescaleChangeInput): Promise<ReviewTimescaleChangeEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(ReviewTimescaleChangeEntity, { id });
      if (!existing) throw new NotFoundError('ReviewTimescaleChange', id);
      const review = await lockReview(m, existing.reviewId);
      if (!review) throw new NotFoundError('Review', existing.reviewId);
      const { merged, problems } = applyPatch(existing, input, REQUIRED);
      await this.check(m, review, id, merged, problems);
      return m.save(ReviewTimescaleChangeEntity, merged);
    });
  }

  /** Deletes a pause or extension recorded in error; the change history keeps it. Returns it as it was. */
  remove(id: string): Promise<ReviewTimescaleChangeEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(ReviewTimescaleChangeEntity, { id });
      if (!existing) throw new NotFoundError('ReviewTimescaleChange', id);
      await m.delete(ReviewTimescaleChangeEntity, { id });
      return { ...existing };
    });
  }

  private async check(m: EntityManager, review: ReviewEntity, id: string | null, c: ChangeFields, problems: FieldProblem[]): Promise<void> {
    const others = await m.find(ReviewTimescaleChangeEntity, { where: { reviewId: review.id, ...(id ? { id: Not(id) } : {}) } });
    problems.push(...timescaleChangeProblems(c, review, others, todayInEngland()));
    if (problems.length > 0) throw new InputError(problems);
  }
}

function lockReview(m: EntityManager, id: string): Promise<ReviewEntity | null> {
  return m.findOne(ReviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}
