import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InputError, NotFoundError, PageArgs, paginate, type Page } from '@sli/shared/api-core';
import { notInFuture, todayInEngland } from '@sli/shared/domain';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { definedOnly } from './defined';
import { CreateLearningProductInput, LearningProductFilter, UpdateLearningProductInput } from './dto/learning-product.input';
import { LearningProductEntity } from './learning-product.entity';

export const LEARNING_PRODUCT_THEMES: ThemeLink = { table: 'learning_product_themes', ownerColumn: 'learning_product_id' };

export interface ReviewLink {
  learningProductId: string;
  reviewId: string;
}

@Injectable()
export class LearningProductsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LearningProductEntity) private readonly products: Repository<LearningProductEntity>,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  list(filter: LearningProductFilter = {}, page: PageArgs): Promise<Page<LearningProductEntity>> {
    const qb = this.products.createQueryBuilder('p');
    if (filter.partnershipId) qb.andWhere('p.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.publishedFrom) qb.andWhere('p.publishedOn >= :from', { from: filter.publishedFrom });
    if (filter.publishedTo) qb.andWhere('p.publishedOn <= :to', { to: filter.publishedTo });
    if (filter.reviewId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM learning_product_reviews lr WHERE lr.learning_product_id = p.id AND lr.review_id = :reviewId)',
        { reviewId: filter.reviewId },
      );
    }
    if (filter.themeId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM learning_product_themes lt WHERE lt.learning_product_id = p.id AND lt.theme_id = :themeId)',
        { themeId: filter.themeId },
      );
    }
    return paginate(qb, page, { property: 'publishedOn', sqlType: 'date', direction: 'DESC' }, (p) => p.publishedOn);
  }

  findByIds(ids: readonly string[]): Promise<LearningProductEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.products.findBy({ id: In([...ids]) });
  }

  /** Links of the given reviews, newest product first. */
  linksOfReviews(reviewIds: readonly string[]): Promise<ReviewLink[]> {
    return this.dataSource.query(
      `SELECT l.learning_product_id AS "learningProductId", l.review_id AS "reviewId"
         FROM learning_product_reviews l JOIN learning_products p ON p.id = l.learning_product_id
        WHERE l.review_id = ANY($1::uuid[])
        ORDER BY p.published_on DESC, p.id DESC`,
      [[...reviewIds]],
    );
  }

  /** Links of the given products, in the order the reviews were initiated. */
  linksOfProducts(productIds: readonly string[]): Promise<ReviewLink[]> {
    return this.dataSource.query(
      `SELECT l.learning_product_id AS "learningProductId", l.review_id AS "reviewId"
         FROM learning_product_reviews l JOIN reviews r ON r.id = l.review_id
        WHERE l.learning_product_id = ANY($1::uuid[])
        ORDER BY r.initiated_on, r.id`,
      [[...productIds]],
    );
  }

  async create(input: CreateLearningProductInput): Promise<LearningProductEntity> {
    const { reviewIds, themeIds, ...fields } = input;
    const problems = notInFuture('publishedOn', input.publishedOn, todayInEngland());
    if (problems.length > 0) throw new InputError(problems);
    return this.dataSource.transaction(async (m) => {
      const found: unknown[] = await m.query(`SELECT 1 FROM partnerships WHERE id = $1`, [input.partnershipId]);
      if (found.length === 0) throw new NotFoundError('Partnership', input.partnershipId);
      const saved = await m.save(
        m.create(LearningProductEntity, { reach: null, ...fields, ref: input.ref ?? randomUUID() }),
      );
      if (reviewIds) await setReviews(m, input.partnershipId, saved.id, reviewIds);
      if (themeIds) await setThemes(m, LEARNING_PRODUCT_THEMES, input.partnershipId, saved.id, themeIds);
      return saved;
    });
  }

  async update(id: string, input: UpdateLearningProductInput): Promise<LearningProductEntity> {
    const { reviewIds, themeIds, ...fields } = input;
    const problems = notInFuture('publishedOn', input.publishedOn, todayInEngland());
    if (problems.length > 0) throw new InputError(problems);
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(LearningProductEntity, { id });
      if (!existing) throw new NotFoundError('LearningProduct', id);
      const saved = await m.save(Object.assign(existing, definedOnly(fields)));
      if (reviewIds) await setReviews(m, existing.partnershipId, id, reviewIds);
      if (themeIds) await setThemes(m, LEARNING_PRODUCT_THEMES, existing.partnershipId, id, themeIds);
      return saved;
    });
  }

  /**
   * Deletes a learning product with its links to reviews and themes, which are part of it (no record
   * depends on a product). Returns it as it was; the change history keeps it.
   */
  remove(id: string): Promise<LearningProductEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(LearningProductEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('LearningProduct', id);
      await m.delete(LearningProductEntity, { id });
      return { ...existing };
    });
  }
}

/** Replaces a product's review set inside the caller's transaction; every review must be of the same partnership. */
async function setReviews(m: EntityManager, partnershipId: string, productId: string, reviewIds: readonly string[]) {
  const unique = [...new Set(reviewIds)];
  if (unique.length > 0) {
    const found: { id: string }[] = await m.query(
      `SELECT id FROM reviews WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
      [partnershipId, unique],
    );
    const known = new Set(found.map((r) => r.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new InputError([{ field: 'reviewIds', message: `holds reviews not in this partnership: ${missing.join(', ')}` }]);
    }
  }
  await m.query(`DELETE FROM learning_product_reviews WHERE learning_product_id = $1`, [productId]);
  if (unique.length > 0) {
    await m.query(
      `INSERT INTO learning_product_reviews (partnership_id, learning_product_id, review_id) SELECT $1, $2, unnest($3::uuid[])`,
      [partnershipId, productId, unique],
    );
  }
}
