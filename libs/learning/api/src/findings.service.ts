import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertNothingDepends, InputError, NotFoundError, PageArgs, paginate, type Page, type SortKey } from '@sli/shared/api-core';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { definedOnly } from './defined';
import { CreateFindingInput, FindingFilter, UpdateFindingInput } from './dto/finding.input';
import { FindingEntity } from './finding.entity';
import { nextSource, sameSource, sourcePartnership, sourceProblems } from './source';

export const FINDING_THEMES: ThemeLink = { table: 'finding_themes', ownerColumn: 'finding_id' };

/** Newest first; the cursor carries createdAt to the microsecond. */
export const CREATED_DESC: SortKey = { property: 'createdAt', sqlType: 'timestamptz', direction: 'DESC' };

@Injectable()
export class FindingsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  list(filter: FindingFilter = {}, page: PageArgs): Promise<Page<FindingEntity>> {
    const qb = this.findings.createQueryBuilder('f');
    if (filter.partnershipId) qb.andWhere('f.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.reviewId) qb.andWhere('f.reviewId = :reviewId', { reviewId: filter.reviewId });
    if (filter.auditId) qb.andWhere('f.auditId = :auditId', { auditId: filter.auditId });
    if (filter.kind) qb.andWhere('f.kind = :kind', { kind: filter.kind });
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM finding_themes ft WHERE ft.finding_id = f.id AND ft.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    return paginate(qb, page, CREATED_DESC, (f) => f.createdAt.toISOString());
  }

  findByIds(ids: readonly string[]): Promise<FindingEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.findings.findBy({ id: In([...ids]) });
  }

  /** Deletes a finding with its themes; refused while recommendations answer it. Returns it as it was. */
  remove(id: string): Promise<FindingEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(FindingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Finding', id);
      await assertNothingDepends(m, { entity: 'Finding', id, ref: existing.ref }, [
        { noun: ['recommendation answers it', 'recommendations answer it'], sql: 'SELECT ref FROM recommendations WHERE finding_id = $1' },
      ]);
      await m.delete(FindingEntity, { id });
      return { ...existing };
    });
  }

  /** The findings of each review (or audit), in the order they were recorded. */
  findBySource(column: 'reviewId' | 'auditId', ids: readonly string[]): Promise<FindingEntity[]> {
    return this.findings
      .createQueryBuilder('f')
      .where(`f.${column} IN (:...ids)`, { ids: [...ids] })
      .orderBy('f.createdAt', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }

  async create(input: CreateFindingInput): Promise<FindingEntity> {
    const source = { reviewId: input.reviewId ?? null, auditId: input.auditId ?? null };
    const problems = sourceProblems(source);
    if (problems.length > 0) throw new InputError(problems);
    const { themeIds, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const partnershipId = await sourcePartnership(m, source);
      const saved = await m.save(
        m.create(FindingEntity, { ...fields, ...source, partnershipId, ref: input.ref ?? randomUUID() }),
      );
      if (themeIds) await setThemes(m, FINDING_THEMES, partnershipId, saved.id, themeIds);
      return saved;
    });
  }

  async update(id: string, input: UpdateFindingInput): Promise<FindingEntity> {
    const { themeIds, reviewId: _reviewId, auditId: _auditId, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(FindingEntity, { id });
      if (!existing) throw new NotFoundError('Finding', id);
      const source = nextSource(existing, input);
      if (!sameSource(existing, source)) {
        await sourcePartnership(m, source, existing.partnershipId);
        await this.assertNoRecommendations(m, existing, source.reviewId !== existing.reviewId ? 'reviewId' : 'auditId');
      }
      const saved = await m.save(Object.assign(existing, definedOnly(fields), source));
      if (themeIds) await setThemes(m, FINDING_THEMES, existing.partnershipId, id, themeIds);
      return saved;
    });
  }

  /** A recommendation must come from the same review or audit as its finding, so such a finding stays put. */
  private async assertNoRecommendations(m: EntityManager, finding: FindingEntity, field: string): Promise<void> {
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM recommendations WHERE finding_id = $1`, [
      finding.id,
    ]);
    if (n > 0) {
      throw new InputError([
        { field, message: `cannot change while ${n} recommendation(s) answer this finding; unlink or move them first` },
      ]);
    }
  }
}
