import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { engagementProblems } from '@sli/reviews-domain';
import { InputError, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { CreateReviewEngagementInput, UpdateReviewEngagementInput } from './dto/review-engagement.input';
import { idsOutsidePartnership } from './partnership-scope';
import { ReviewEngagementEntity } from './review-engagement.entity';
import { ReviewEntity } from './review.entity';
import { applyPatch } from './review.rules';

type EngagementRecord = Omit<ReviewEngagementEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['ref', 'engagedOn', 'party', 'outcome'] as const;

/** The family and practitioner engagement log of reviews. */
@Injectable()
export class ReviewEngagementsService {
  constructor(
    @InjectRepository(ReviewEngagementEntity) private readonly engagements: Repository<ReviewEngagementEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /** The log of any of the reviews, oldest first. */
  findByReviewIds(reviewIds: readonly string[]): Promise<ReviewEngagementEntity[]> {
    return this.engagements.find({ where: { reviewId: In([...reviewIds]) }, order: { engagedOn: 'ASC', id: 'ASC' } });
  }

  create(input: CreateReviewEngagementInput): Promise<ReviewEngagementEntity> {
    return this.dataSource.transaction(async (m) => {
      const review = await m.findOneBy(ReviewEntity, { id: input.reviewId });
      if (!review) throw new InputError([{ field: 'reviewId', message: 'refers to no review' }]);
      const { reviewId: _r, ...fields } = input;
      const base: EngagementRecord = {
        partnershipId: review.partnershipId,
        reviewId: review.id,
        ref: randomUUID(),
        engagedOn: input.engagedOn,
        party: input.party,
        familyRole: null,
        agencyId: null,
        outcome: input.outcome,
      };
      const { merged, problems } = applyPatch(base, fields, REQUIRED);
      await check(m, review, merged, problems);
      return m.save(ReviewEngagementEntity, m.create(ReviewEngagementEntity, merged));
    });
  }

  update(id: string, input: UpdateReviewEngagementInput): Promise<ReviewEngagementEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(ReviewEngagementEntity, { id });
      if (!existing) throw new NotFoundError('ReviewEngagement', id);
      const review = await m.findOneBy(ReviewEntity, { id: existing.reviewId });
      if (!review) throw new NotFoundError('Review', existing.reviewId);
      const { merged, problems } = applyPatch(existing, input, REQUIRED);
      await check(m, review, merged, problems);
      return m.save(ReviewEngagementEntity, merged);
    });
  }

  /** Deletes an entry recorded in error; the change history keeps it. Returns it as it was. */
  remove(id: string): Promise<ReviewEngagementEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(ReviewEngagementEntity, { id });
      if (!existing) throw new NotFoundError('ReviewEngagement', id);
      await m.delete(ReviewEngagementEntity, { id });
      return { ...existing };
    });
  }
}

async function check(m: EntityManager, review: ReviewEntity, e: EngagementRecord, problems: FieldProblem[]): Promise<void> {
  problems.push(...engagementProblems(e, review, todayInEngland()));
  if (e.agencyId && (await idsOutsidePartnership(m, 'agencies', review.partnershipId, [e.agencyId])).length > 0) {
    problems.push({ field: 'agencyId', message: outsidePartnershipMessage('agency') });
  }
  if (problems.length > 0) throw new InputError(problems);
}
