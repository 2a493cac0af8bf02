import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertNothingDepends, InputError, NotFoundError, PageArgs, paginate, type Page } from '@sli/shared/api-core';
import { recommendationResponseProblems } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { definedOnly } from './defined';
import { CreateRecommendationInput, RecommendationFilter, UpdateRecommendationInput } from './dto/recommendation.input';
import { CREATED_DESC } from './findings.service';
import { RecommendationEntity } from './recommendation.entity';
import { nextSource, sameSource, sourcePartnership, sourceProblems, type Source } from './source';

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(RecommendationEntity) private readonly recommendations: Repository<RecommendationEntity>,
  ) {}

  list(filter: RecommendationFilter = {}, page: PageArgs): Promise<Page<RecommendationEntity>> {
    const qb = this.recommendations.createQueryBuilder('r');
    if (filter.partnershipId) qb.andWhere('r.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.reviewId) qb.andWhere('r.reviewId = :reviewId', { reviewId: filter.reviewId });
    if (filter.auditId) qb.andWhere('r.auditId = :auditId', { auditId: filter.auditId });
    if (filter.findingId) qb.andWhere('r.findingId = :findingId', { findingId: filter.findingId });
    return paginate(qb, page, CREATED_DESC, (r) => r.createdAt.toISOString());
  }

  findByIds(ids: readonly string[]): Promise<RecommendationEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.recommendations.findBy({ id: In([...ids]) });
  }

  /** Deletes a recommendation; refused while actions answer it. Returns it as it was. */
  remove(id: string): Promise<RecommendationEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(RecommendationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Recommendation', id);
      await assertNothingDepends(m, { entity: 'Recommendation', id, ref: existing.ref }, [
        { noun: ['action answers it', 'actions answer it'], sql: 'SELECT ref FROM actions WHERE recommendation_id = $1' },
      ]);
      await m.delete(RecommendationEntity, { id });
      return { ...existing };
    });
  }

  /** The recommendations of each review, audit or finding, in the order they were recorded. */
  findByParent(column: 'reviewId' | 'auditId' | 'findingId', ids: readonly string[]): Promise<RecommendationEntity[]> {
    return this.recommendations
      .createQueryBuilder('r')
      .where(`r.${column} IN (:...ids)`, { ids: [...ids] })
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  async create(input: CreateRecommendationInput): Promise<RecommendationEntity> {
    const source = { reviewId: input.reviewId ?? null, auditId: input.auditId ?? null };
    const problems = [...sourceProblems(source), ...recommendationResponseProblems(input, todayInEngland())];
    if (problems.length > 0) throw new InputError(problems);
    return this.dataSource.transaction(async (m) => {
      const partnershipId = await sourcePartnership(m, source);
      const findingId = input.findingId ?? null;
      if (findingId) await assertFindingOfSource(m, findingId, source, partnershipId);
      return m.save(
        m.create(RecommendationEntity, { ...input, ...source, findingId, partnershipId, ref: input.ref ?? randomUUID() }),
      );
    });
  }

  async update(id: string, input: UpdateRecommendationInput): Promise<RecommendationEntity> {
    const { reviewId: _reviewId, auditId: _auditId, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(RecommendationEntity, { id });
      if (!existing) throw new NotFoundError('Recommendation', id);
      const source = nextSource(existing, input);
      const findingId = input.findingId === undefined ? existing.findingId : input.findingId;
      const moved = !sameSource(existing, source);
      if (moved) await sourcePartnership(m, source, existing.partnershipId);
      if (findingId && (moved || findingId !== existing.findingId)) {
        await assertFindingOfSource(m, findingId, source, existing.partnershipId);
      }
      const next = Object.assign(existing, definedOnly(fields), source);
      const problems = recommendationResponseProblems(next, todayInEngland());
      if (problems.length > 0) throw new InputError(problems);
      return m.save(next);
    });
  }
}

async function assertFindingOfSource(m: EntityManager, findingId: string, source: Source, partnershipId: string) {
  const rows: { review_id: string | null; audit_id: string | null }[] = await m.query(
    `SELECT review_id, audit_id FROM findings WHERE id = $1 AND partnership_id = $2`,
    [findingId, partnershipId],
  );
  const finding = rows[0];
  if (!finding) {
    throw new InputError([{ field: 'findingId', message: 'refers to a finding that does not exist in this partnership' }]);
  }
  if (!sameSource({ reviewId: finding.review_id, auditId: finding.audit_id }, source)) {
    throw new InputError([{ field: 'findingId', message: 'must be a finding of the same review or audit as the recommendation' }]);
  }
}
